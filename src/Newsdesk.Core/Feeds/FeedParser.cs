using System.Text.Json;

namespace Newsdesk.Feeds;

/// <summary>What the parser saw besides the feed: the encoding it decoded with and the wire version (feedparser's names).</summary>
internal sealed record FeedParseDetails(FeedParseResult Result, string? Encoding, string? Version);

/// <summary>
/// The entry point of feed parsing: bytes (and the HTTP Content-Type and the document's URI when
/// known) to a <see cref="Feed"/>. Decodes (<see cref="FeedEncoding"/>), reads XML strictly or,
/// when ill-formed, leniently (<see cref="FeedXml"/>), or JSON; reads the format's wire shape;
/// adapts it to the model. Never throws for bad input: junk is <see cref="FeedParseResult.NotAFeed"/>,
/// a recovered document is <see cref="FeedParseResult.Parsed"/> with warnings.
/// </summary>
public static class FeedParser
{
    /// <summary>Characters before the first '&lt;' tolerated (junk, whitespace) before a document is judged not XML.</summary>
    internal const int MaxLeadingJunk = 1024;

    public static FeedParseResult Parse(byte[] body, string? contentType = null, Uri? baseUri = null) =>
        ParseDetailed(body, contentType, baseUri).Result;

    internal static FeedParseDetails ParseDetailed(byte[] body, string? contentType = null, Uri? baseUri = null)
    {
        var details = ParseUnbounded(body, contentType, baseUri);
        if (details.Result is not FeedParseResult.Parsed parsed)
        {
            return details;
        }

        var warnings = parsed.Warnings.ToList();
        var feed = FeedBounds.Apply(parsed.Feed, warnings);
        return details with { Result = new FeedParseResult.Parsed(feed, warnings) };
    }

    private static FeedParseDetails ParseUnbounded(byte[] body, string? contentType, Uri? baseUri)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length == 0)
        {
            return new FeedParseDetails(new FeedParseResult.NotAFeed("empty document"), null, null);
        }

        if (body.Length > FeedLimits.MaxDocumentBytes)
        {
            return new FeedParseDetails(
                new FeedParseResult.NotAFeed(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"the document is {body.Length:N0} bytes, over the cap of {FeedLimits.MaxDocumentBytes:N0} bytes for one feed")), null, null);
        }

        var warnings = new List<string>();
        if (FeedEncoding.ParseContentType(contentType).MediaType is { } mediaType && !IsFeedMediaType(mediaType))
        {
            warnings.Add($"served as {mediaType}, which is not an XML or feed media type");
        }

        // Fast path: valid UTF-8 XML with only XML's own entities is read from its bytes.
        if (FeedEncoding.IsPlainUtf8(body, contentType, out var offset))
        {
            var first = offset;
            while (first < body.Length && body[first] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                first++;
            }

            if (first < body.Length && body[first] == (byte)'<' && !XmlEntityFixer.MayNeedFix(body.AsSpan(offset)))
            {
                var root = FeedXml.ReadUtf8(body, first, baseUri, warnings);
                var head = body.AsSpan(first, Math.Min(body.Length - first, MaxLeadingJunk * 2));
                var (fastResult, fastVersion) = FromRoot(root, head.IndexOf("-//Netscape Communications//DTD RSS 0.91"u8) >= 0, warnings);
                return new FeedParseDetails(fastResult, "utf-8", fastVersion);
            }
        }

        var decoded = FeedEncoding.Decode(body, contentType);
        if (decoded.Warning is not null)
        {
            warnings.Insert(0, decoded.Warning);
        }

        var text = decoded.Text;
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF'))
        {
            start++;
        }

        if (start == text.Length)
        {
            return new FeedParseDetails(new FeedParseResult.NotAFeed("empty document"), decoded.Encoding, null);
        }

        var (result, version) = text[start] is '{' or '['
            ? ParseJson(text, baseUri, warnings)
            : ParseXml(text, start, baseUri, warnings);
        return new FeedParseDetails(result, decoded.Encoding, version);
    }

    private static bool IsFeedMediaType(string mediaType) =>
        mediaType.Contains("xml", StringComparison.Ordinal) || mediaType.Contains("rss", StringComparison.Ordinal)
        || mediaType.Contains("atom", StringComparison.Ordinal) || mediaType.Contains("json", StringComparison.Ordinal)
        || mediaType.Contains("rdf", StringComparison.Ordinal);

    private static (FeedParseResult, string?) ParseJson(string text, Uri? baseUri, List<string> warnings)
    {
        try
        {
            var document = JsonFeedParser.Parse(text, baseUri);
            return document is null
                ? (new FeedParseResult.NotAFeed("JSON document is not a JSON Feed (no jsonfeed.org version, no items)"), null)
                : (new FeedParseResult.Parsed(JsonFeedAdapter.ToFeed(document, baseUri, warnings), warnings), document.Version);
        }
        catch (JsonException e)
        {
            return (new FeedParseResult.NotAFeed($"invalid JSON: {e.Message}"), null);
        }
    }

    private static (FeedParseResult, string?) ParseXml(string text, int start, Uri? baseUri, List<string> warnings)
    {
        var lt = text.IndexOf('<', start);
        if (lt < 0 || lt - start > MaxLeadingJunk)
        {
            return (new FeedParseResult.NotAFeed("not an XML or JSON document"), null);
        }

        if (lt > start)
        {
            warnings.Add("text before the first tag was ignored");
            text = text[lt..];
        }

        var root = FeedXml.Read(text, baseUri, warnings);
        return FromRoot(root, text.AsSpan(0, Math.Min(text.Length, MaxLeadingJunk * 2)).Contains("-//Netscape Communications//DTD RSS 0.91", StringComparison.Ordinal), warnings);
    }

    private static (FeedParseResult, string?) FromRoot(FeedNode? root, bool netscapeDoctype, List<string> warnings)
    {
        if (root is null)
        {
            return (new FeedParseResult.NotAFeed("no root element"), null);
        }

        var name = root.Name.ToLowerInvariant();
        switch (name)
        {
            case "rss" or "channel" when root.Namespace.Length == 0 || FeedNamespaces.IsRssCore(root.Namespace):
                var rss = RssParser.Parse(root, netscapeDoctype);
                return (new FeedParseResult.Parsed(RssAdapter.ToFeed(rss, FeedFormat.Rss, warnings), warnings), rss.Version);
            case "rdf" when root.Namespace == FeedNamespaces.Rdf || root.Namespace.Length == 0:
                var rdf = RdfParser.Parse(root);
                return (new FeedParseResult.Parsed(RssAdapter.ToFeed(rdf, FeedFormat.Rdf, warnings), warnings), rdf.Version);
            case "feed":
                var atom = AtomParser.Parse(root);
                return (new FeedParseResult.Parsed(AtomAdapter.ToFeed(atom, warnings), warnings), atom.Version);
            case "urlset" or "sitemapindex":
                return (new FeedParseResult.Parsed(SitemapParser.Parse(root, warnings), warnings), "sitemap");
            default:
                return (new FeedParseResult.NotAFeed($"root element <{root.Name}> is not a feed (rss, rdf:RDF, feed, urlset)"), null);
        }
    }
}
