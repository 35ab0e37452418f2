using System.Text.RegularExpressions;
using Newsdesk.Articles;

namespace Newsdesk.Writing.Extractive;

/// <summary>
/// The dateline: the place the sources' own datelines name ("GENEVA (Reuters) -") and the
/// event's date in AP style, from the articles' published times (their median, so one stale or
/// late article does not move it), else from a date written in the text. Never today's date.
/// </summary>
internal static partial class Dateline
{
    /// <summary>AP style month names: abbreviated before a day, except the short ones.</summary>
    private static readonly string[] ApMonths =
        ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    [GeneratedRegex(@"^[ \t]*(?<place>[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3})(?:,\s*(?<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?))?\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]+\s", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex SourceDateline();

    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<day>\d{1,2}),\s+(?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDate();

    /// <summary>Characters at the start of an article searched for its dateline (it may follow a photo caption).</summary>
    internal const int DatelineSearchChars = 1000;

    /// <summary>Words in capitals that open a text but are not places.</summary>
    private static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal) { "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "VIDEO", "LIVE", "NEW", "OPINION", "ANALYSIS" };

    public static string For(IReadOnlyList<Article> articles)
    {
        var place = Place(articles);
        var date = Date(articles);
        return (place, date) switch
        {
            ({ Length: > 0 }, { Length: > 0 }) => $"{place}, {date}",
            ({ Length: > 0 }, _) => place,
            _ => date,
        };
    }

    /// <summary>A sentence without the source's own dateline ("GENEVA (Reuters) - A storm..." -> "A storm..."): the story has its own.</summary>
    public static string StripSourceDateline(string sentence)
    {
        var m = SourceDateline().Match(sentence);
        return m.Success && m.Index == 0 && !NotPlaces.Contains(m.Groups["place"].Value) && m.Length < sentence.Length
            ? sentence[m.Length..]
            : sentence;
    }

    /// <summary>The place most of the sources' datelines name, in capitals; "" when none does.</summary>
    public static string Place(IReadOnlyList<Article> articles) =>
        articles
            .Select(a => SourceDateline().Match(a.Text.Length > DatelineSearchChars ? a.Text[..DatelineSearchChars] : a.Text))
            .Where(m => m.Success && !NotPlaces.Contains(m.Groups["place"].Value))
            .Select(m => m.Groups["place"].Value.Trim())
            .GroupBy(p => p, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault() ?? "";

    /// <summary>The event's date in AP style; "" when neither published times nor the texts give one.</summary>
    public static string Date(IReadOnlyList<Article> articles)
    {
        var published = articles.Where(a => a.Published is not null).Select(a => a.Published!.Value.UtcDateTime).Order().ToList();
        if (published.Count > 0)
        {
            return ApDate(published[(published.Count - 1) / 2]);
        }

        foreach (var article in articles)
        {
            var m = WrittenDate().Match(article.Text);
            if (m.Success)
            {
                var month = Array.IndexOf(MonthNames, m.Groups["month"].Value.ToLowerInvariant()) + 1;
                var day = int.Parse(m.Groups["day"].Value);
                var year = int.Parse(m.Groups["year"].Value);
                if (day <= DateTime.DaysInMonth(year, month))
                {
                    return ApDate(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc));
                }
            }
        }

        return "";
    }

    public static string ApDate(DateTime date) => $"{ApMonths[date.Month - 1]} {date.Day}, {date.Year}";
}
