using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Newsdesk.Text;

namespace Newsdesk.Articles;

/// <summary>Page metadata before cleaning: title, author, times, language, canonical URL, image.</summary>
internal sealed record PageMetadata(
    string? Title,
    string? Author,
    DateTimeOffset? Published,
    string? Language,
    string? CanonicalUrl,
    string? Image,
    string? Description,
    string? SiteName,
    string? JsonLdBody);

/// <summary>
/// Reads metadata in order of trust: JSON-LD, then Open Graph and other meta tags, then the
/// document (h1, time elements, the title without the site name), then the URL (a date path).
/// </summary>
internal static partial class MetadataReader
{
    /// <summary>Separators between an article title and the site name in &lt;title&gt;.</summary>
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " / "];

    public static PageMetadata Read(IDocument document, Uri? url)
    {
        var metas = ReadMetas(document);
        var jsonLd = JsonLdArticle.Read(document);
        var siteName = Meta(metas, "og:site_name") ?? jsonLd?.Publisher ?? Meta(metas, "application-name");
        var title = StripSiteSuffix(Clean(Meta(metas, "og:title") ?? Meta(metas, "twitter:title") ?? jsonLd?.Headline), siteName)
            ?? SingleH1(document)
            ?? StripSiteName(DomWalk.Text(document.QuerySelector("title") ?? (INode)document.CreateTextNode(""), 500), siteName);
        var author = Clean(jsonLd?.Author) ?? AuthorFromMeta(metas) ?? AuthorFromDocument(document);
        var published = ParseDate(jsonLd?.Published) ?? PublishedFromMeta(metas) ?? PublishedFromDocument(document) ?? DateFromUrl(url);
        var language = LanguageDetector.Normalize(document.DocumentElement?.GetAttribute("lang")
            ?? Meta(metas, "content-language") ?? Meta(metas, "og:locale") ?? Meta(metas, "dc.language"));
        var canonical = Resolve(url, document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta(metas, "og:url"));
        var image = Resolve(url, Meta(metas, "og:image") ?? Meta(metas, "og:image:url") ?? Meta(metas, "twitter:image") ?? jsonLd?.Image);
        var description = Clean(Meta(metas, "og:description") ?? Meta(metas, "description") ?? jsonLd?.Description);
        return new PageMetadata(title, author, published, language, canonical, image, description, Clean(siteName), jsonLd?.Body);
    }

    private static Dictionary<string, string> ReadMetas(IDocument document)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(content))
            {
                metas.TryAdd(key.Trim(), content.Trim());
            }
        }

        return metas;
    }

    private static string? Meta(Dictionary<string, string> metas, string key) => metas.TryGetValue(key, out var v) ? v : null;

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = TextNormalizer.Collapse(System.Net.WebUtility.HtmlDecode(value));
        return text.Length == 0 ? null : text;
    }

    private static string? SingleH1(IDocument document)
    {
        var h1s = document.QuerySelectorAll("h1");
        return h1s.Length == 1 ? Clean(DomWalk.Text(h1s[0], 500)) : null;
    }

    /// <summary>Removes a trailing " - Site Name" from a title that the page's site name ends.</summary>
    internal static string? StripSiteSuffix(string? title, string? siteName)
    {
        if (title is null || string.IsNullOrWhiteSpace(siteName))
        {
            return title;
        }

        foreach (var separator in TitleSeparators)
        {
            var suffix = separator + siteName.Trim();
            if (title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && title.Length > suffix.Length)
            {
                return title[..^suffix.Length].Trim();
            }
        }

        return title;
    }

    internal static string? StripSiteName(string title, string? siteName)
    {
        title = TextNormalizer.Collapse(title);
        if (title.Length == 0)
        {
            return null;
        }

        foreach (var separator in TitleSeparators)
        {
            var parts = title.Split(separator);
            if (parts.Length < 2)
            {
                continue;
            }

            if (siteName is not null)
            {
                var kept = parts.Where(p => !p.Trim().Equals(siteName.Trim(), StringComparison.OrdinalIgnoreCase)).ToArray();
                if (kept.Length < parts.Length && kept.Length > 0)
                {
                    return string.Join(separator, kept).Trim();
                }
            }

            return parts.MaxBy(p => p.Length)!.Trim();
        }

        return title;
    }

    private static string? AuthorFromMeta(Dictionary<string, string> metas)
    {
        foreach (var name in ExtractionRules.AuthorMetaNames)
        {
            if (Meta(metas, name) is { } value && !value.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !value.StartsWith('@'))
            {
                return Clean(value);
            }
        }

        return null;
    }

    private static string? AuthorFromDocument(IDocument document)
    {
        var element = document.QuerySelector("[itemprop='author'] [itemprop='name'], [itemprop='author'], [rel='author'], .byline .author, .author-name, .byline");
        if (element is null)
        {
            return null;
        }

        var text = DomWalk.Text(element, 200);
        text = BylinePrefix().Replace(text, "");
        return text.Length is > 1 and < 100 ? text : null;
    }

    private static DateTimeOffset? PublishedFromMeta(Dictionary<string, string> metas)
    {
        foreach (var name in ExtractionRules.PublishedMetaNames)
        {
            if (ParseDate(Meta(metas, name)) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static DateTimeOffset? PublishedFromDocument(IDocument document)
    {
        var candidates = document.QuerySelectorAll("[itemprop='datePublished'], time[pubdate], time[datetime]");
        foreach (var element in candidates)
        {
            if (ParseDate(element.GetAttribute("datetime") ?? element.GetAttribute("content")) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    internal static DateTimeOffset? DateFromUrl(Uri? url)
    {
        if (url is null)
        {
            return null;
        }

        var match = UrlDate().Match(url.AbsolutePath);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
        return year is >= 1995 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero)
            : null;
    }

    internal static DateTimeOffset? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 64)
        {
            return null;
        }

        value = value.Trim();
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date)
            && date.Year is >= 1990 and <= 2100)
        {
            return date.ToUniversalTime();
        }

        var match = IsoDate().Match(value);
        if (match.Success && DateTimeOffset.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            return date.ToUniversalTime();
        }

        return null;
    }

    private static string? Resolve(Uri? baseUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return absolute.AbsoluteUri;
        }

        return baseUrl is not null && Uri.TryCreate(baseUrl, href, out var relative) ? relative.AbsoluteUri : null;
    }

    [GeneratedRegex(@"/(?<y>(19|20)\d{2})[/-](?<m>[01]?\d)(?:[/-](?<d>[0-3]?\d))?(?:/|$|-)")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(by|von|par|por|di|door|av)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex BylinePrefix();
}
