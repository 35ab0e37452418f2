using System.Collections.Frozen;

namespace Newsdesk.Feeds;

/// <summary>Finds the feeds an HTML page advertises with <c>&lt;link rel="alternate" type="..." href="..."&gt;</c>.</summary>
public static class FeedDiscovery
{
    /// <summary>The feed media types a page may advertise.</summary>
    private static readonly FrozenSet<string> FeedTypes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json", "application/json",
        "text/xml", "application/xml", "application/x.atom+xml", "application/x-atom+xml", "application/x-rss+xml", "text/rss+xml",
    ]);

    /// <summary>Links read from one page.</summary>
    internal const int MaxFeeds = 100;

    public static IReadOnlyList<Uri> FindFeeds(string html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        var found = new List<Uri>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var baseUri = pageUrl;
        var tokens = new HtmlTokenizer(html);
        while (tokens.Next() != HtmlTokenKind.End && found.Count < MaxFeeds)
        {
            if (tokens.Kind != HtmlTokenKind.StartTag)
            {
                continue;
            }

            if (tokens.TagName is "script" or "style")
            {
                tokens.SkipPastEndTag(tokens.TagName);
                continue;
            }

            if (tokens.TagName == "base" && Value(tokens, "href") is { } baseHref && FeedUris.Resolve(pageUrl, baseHref) is { IsAbsoluteUri: true } b)
            {
                baseUri = b;
                continue;
            }

            if (tokens.TagName != "link")
            {
                continue;
            }

            var rel = Value(tokens, "rel");
            var type = Value(tokens, "type")?.Split(';')[0].Trim();
            var href = Value(tokens, "href");
            if (rel is null || href is null || type is null || !FeedTypes.Contains(type))
            {
                continue;
            }

            if (!rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(r => r.Equals("alternate", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (FeedUris.Resolve(baseUri, href) is { IsAbsoluteUri: true } uri && uri.Scheme is "http" or "https" && seen.Add(uri.AbsoluteUri))
            {
                found.Add(uri);
            }
        }

        return found;
    }

    private static string? Value(HtmlTokenizer tokens, string name)
    {
        foreach (var (n, v) in tokens.Attributes)
        {
            if (n == name)
            {
                return v;
            }
        }

        return null;
    }
}
