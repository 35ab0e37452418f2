using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Sources;

/// <summary>
/// Recognises an article an outlet republished under a new guid AND a new link (Fox moving a story
/// from /world/ to /politics/, the New York Times from /science/ to /health/, the NZ Herald under
/// another section with the same objectid, Philstar with a new date over the same numeric id, the
/// Straits Times adding "-0" to a slug). Guid and link both changed, so only the link's shape tells:
/// the two links name the same article when
/// <list type="bullet">
/// <item>both carry an article number (a run of at least <see cref="MinArticleNumberDigits"/> digits
///   in the path that is not a date, or an id query parameter) and the numbers are equal (numbers that
///   differ are two articles, whatever else agrees);</item>
/// <item>or neither carries one, their last path words (the slug, less a trailing "-0"-style copy
///   suffix, at least <see cref="MinSlugWords"/> words) are equal and so are their path dates (or both
///   have none);</item>
/// <item>or their titles are the same words and their paths carry the same date.</item>
/// </list>
/// A title alone is never enough: daily pieces share titles ("Coronavirus Briefing: What Happened
/// Today") and are new articles each day. The caller also requires that the stored item left the
/// feed in the very poll the new one appeared (<c>ItemStore</c>), so a rule that matched wrongly
/// could only join an item that had just gone.
/// </summary>
public static partial class Republication
{
    /// <summary>Digits an article number has at least (outlets' ids run to 7 or 8; shorter runs are years, counts, times).</summary>
    public const int MinArticleNumberDigits = 6;

    /// <summary>Words a slug has at least to identify an article ("index" or "live" do not).</summary>
    public const int MinSlugWords = 3;

    /// <summary>Query parameters that carry the article's id (the NZ Herald's "objectid"; "c_id" is a section).</summary>
    private static readonly string[] IdParameters = ["objectid", "articleid", "storyid", "contentid", "id"];

    /// <summary>Whether a new item (<paramref name="newLink"/>, <paramref name="newTitle"/>) is the stored one republished.</summary>
    public static bool SameArticle(string? oldLink, string? oldTitle, string? newLink, string? newTitle)
    {
        var before = LinkShape.Of(oldLink);
        var after = LinkShape.Of(newLink);
        if (before is null || after is null || before.Host != after.Host)
        {
            return false;
        }

        if (before.Number is not null || after.Number is not null)
        {
            return before.Number == after.Number;
        }

        if (before.Slug is not null && before.Slug == after.Slug && before.Date == after.Date)
        {
            return true;
        }

        var title = Words(oldTitle);
        return title.Length > 0 && title == Words(newTitle) && before.Date is not null && before.Date == after.Date;
    }

    /// <summary>A title as its lower-case words, for comparing titles that differ only in punctuation or case.</summary>
    internal static string Words(string? title) =>
        string.Join(' ', NonWord().Split((title ?? "").ToLowerInvariant()).Where(w => w.Length > 0));

    /// <summary>What of a link names its article: host (without "www."), article number, slug, date in the path.</summary>
    internal sealed record LinkShape(string Host, string? Number, string? Slug, DateOnly? Date)
    {
        public static LinkShape? Of(string? link)
        {
            if (string.IsNullOrWhiteSpace(link) || link.Length > ItemIdentity.MaxKeyLength
                || !Uri.TryCreate(link.Trim().Replace("&amp;", "&", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return null;
            }

            var path = Uri.UnescapeDataString(uri.AbsolutePath);
            var host = uri.Host.ToLowerInvariant();
            host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
            return new LinkShape(host, NumberOf(path, uri.Query), SlugOf(path), DateOf(path));
        }

        private static string? NumberOf(string path, string query)
        {
            var inPath = Digits().Matches(path).Select(m => m.Value)
                .Where(d => d.Length >= MinArticleNumberDigits && !IsCompactDate(d)).LastOrDefault();
            if (inPath is not null)
            {
                return inPath;
            }

            foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var at = pair.IndexOf('=');
                if (at > 0 && IdParameters.Contains(pair[..at], StringComparer.OrdinalIgnoreCase)
                    && pair[(at + 1)..] is var value && value.Length >= MinArticleNumberDigits && value.All(char.IsAsciiDigit))
                {
                    return value;
                }
            }

            return null;
        }

        private static string? SlugOf(string path)
        {
            var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var last = segments.Length == 0 ? "" : FileExtension().Replace(segments[^1], "");
            if (last.Equals("index", StringComparison.OrdinalIgnoreCase) && segments.Length > 1)
            {
                last = segments[^2];
            }

            last = CopySuffix().Replace(last.ToLowerInvariant(), "");
            return last.Split('-', StringSplitOptions.RemoveEmptyEntries).Length >= MinSlugWords ? last : null;
        }

        private static DateOnly? DateOf(string path)
        {
            var match = PathDate().Match(path);
            return match.Success && DateOnly.TryParseExact(
                $"{match.Groups["y"].Value}-{match.Groups["m"].Value}-{match.Groups["d"].Value}", "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        }

        /// <summary>"20200505" is a date written together (Sydney Morning Herald slugs), not an article number.</summary>
        private static bool IsCompactDate(string digits) =>
            digits.Length == 8 && DateOnly.TryParseExact(digits, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();

    /// <summary>A run of digits that stands alone (not inside "h1nuls" or a hexadecimal id).</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}_])\d+(?![\p{L}\p{N}_])", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\.(html?|php|aspx?|cms|cnn|story)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FileExtension();

    /// <summary>A content system's suffix for a second copy of a slug ("-0", "-1").</summary>
    [GeneratedRegex(@"-\d$", RegexOptions.CultureInvariant)]
    private static partial Regex CopySuffix();

    /// <summary>A date in a path: /2020/05/06/ or /2020-05-06/.</summary>
    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)\d\d)[/-](?<m>[01]\d)[/-](?<d>[0-3]\d)(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex PathDate();
}
