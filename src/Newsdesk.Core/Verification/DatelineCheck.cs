using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Articles;
using Newsdesk.Writing;

namespace Newsdesk.Verification;

/// <summary>
/// A dateline ("GENEVA, Nov. 24, 2026", "GENEVA", "Nov. 24, 2026", "24 novembre 2026", "24. November 2026") checked against the articles:
/// its place must be named in an article's title or text (any case, as whole words), and its date
/// must be a day an article was published (in UTC or in the article's own offset) or a date an
/// article's text writes ("November 24, 2026", "Nov. 24, 2026", "24 November 2026"). A part that
/// no article supports is left out; what is left is published.
/// </summary>
internal static partial class DatelineCheck
{
    /// <summary>
    /// Month names and their abbreviations (AP style and common ones), to month numbers; the French
    /// and German names too (<see cref="StoryWords"/>), as a French or German story's dateline writes them.
    /// </summary>
    private static readonly Dictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["january"] = 1, ["feb"] = 2, ["february"] = 2, ["mar"] = 3, ["march"] = 3, ["apr"] = 4, ["april"] = 4,
        ["may"] = 5, ["jun"] = 6, ["june"] = 6, ["jul"] = 7, ["july"] = 7, ["aug"] = 8, ["august"] = 8, ["sep"] = 9, ["sept"] = 9,
        ["september"] = 9, ["oct"] = 10, ["october"] = 10, ["nov"] = 11, ["november"] = 11, ["dec"] = 12, ["december"] = 12,
    }.Concat(StoryWords.French.Months.Concat(StoryWords.German.Months).Select((name, i) => KeyValuePair.Create(name, (i % 12) + 1)))
        .DistinctBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(StringComparer.OrdinalIgnoreCase);

    private const string MonthWord = @"(?<month>Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sept|Sep|September|Oct|October|Nov|November|Dec|December)\.?";

    /// <summary>The French and German month names (those English has are in <see cref="MonthWord"/>), day first ("17 novembre 2026", "17. März 2026").</summary>
    private const string OtherMonthNames = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember";

    private const string OtherMonth = "(?<month>" + OtherMonthNames + ")";

    private const string OtherMonthInDateline = "(?<month3>" + OtherMonthNames + ")";

    /// <summary>A date at the end of a dateline, month first (AP) or day first.</summary>
    [GeneratedRegex(@"(?:^|,\s*)(?:" + MonthWord + @"\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})|(?<day3>\d{1,2})(?:er|\.)?\s+" + OtherMonthInDateline + @"\s+(?<year3>\d{4})|(?<day2>\d{1,2})\.?\s+" + @"(?<month2>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?" + @",?\s+(?<year2>\d{4}))\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingDate();

    /// <summary>A date written in an article's text, month first ("November 24, 2026", "Nov. 24, 2026").</summary>
    [GeneratedRegex(@"\b" + MonthWord + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    /// <summary>A date written day first ("24 November 2026", "24 novembre 2026", "24. November 2026").</summary>
    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:" + MonthWord + "|" + OtherMonth + @"),?\s+(?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    /// <summary>
    /// The dateline with each part that no article supports left out, the reasons, and the
    /// articles that name its place and back its date (null when that part is absent or refused).
    /// <paramref name="articles"/> are searched in order (the story's listed sources first).
    /// </summary>
    public static (string Published, IReadOnlyList<string> Reasons, Article? PlaceSource, Article? DateSource) Check(string dateline, IReadOnlyList<Article> articles)
    {
        var (place, date, dateText) = Parse(dateline);
        var reasons = new List<string>();
        Article? placeSource = null, dateSource = null;
        if (place.Length > 0 && (placeSource = PlaceNamedBy(place, articles)) is null)
        {
            reasons.Add("place not in sources: " + place);
            place = "";
        }

        if (dateText.Length > 0 && (date is not { } day || (dateSource = DateBackedBy(day, articles)) is null))
        {
            reasons.Add("date not in sources: " + dateText);
            dateText = "";
        }

        var published = place.Length > 0 && dateText.Length > 0 ? $"{place}, {dateText}" : place + dateText;
        return (published, reasons, placeSource, dateSource);
    }

    /// <summary>A dateline split into its place and its date (either may be empty; a text with no date is all place).</summary>
    public static (string Place, DateOnly? Date, string DateText) Parse(string dateline)
    {
        var text = dateline.Trim();
        var m = TrailingDate().Match(text);
        if (!m.Success)
        {
            return (text.TrimEnd(',', ' '), null, "");
        }

        var which = m.Groups["month"].Success ? "" : m.Groups["month2"].Success ? "2" : "3";
        var monthKey = m.Groups["month" + which].Value.ToLowerInvariant();
        var day = int.Parse(m.Groups["day" + which].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["year" + which].Value, CultureInfo.InvariantCulture);
        var month = Months[monthKey];
        DateOnly? date = day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        var place = text[..m.Index].Trim().TrimEnd(',').Trim();
        return (place, date, m.Value.TrimStart(',', ' ').Trim());
    }

    /// <summary>
    /// The first article whose title or text names <paramref name="place"/> as whole words, any
    /// case, its words apart by at most three other characters ("ST. LOUIS" is "St. Louis"); null when none does.
    /// </summary>
    public static Article? PlaceNamedBy(string place, IEnumerable<Article> articles)
    {
        var words = Words().Matches(place).Select(w => w.Value).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var phrase = new Regex(@"(?<![\p{L}\p{N}])" + string.Join(@"[^\p{L}\p{N}]{1,3}", words.Select(Regex.Escape)) + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeout);
        return articles.FirstOrDefault(a => phrase.IsMatch(a.Title) || phrase.IsMatch(a.Text));
    }

    /// <summary>Bound on one search of an article for a place (the texts are bounded too; this is a hang guard).</summary>
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    /// <summary>The first article published on <paramref name="date"/> or whose text writes it; null when none.</summary>
    public static Article? DateBackedBy(DateOnly date, IEnumerable<Article> articles)
    {
        var list = articles.ToList();
        return list.FirstOrDefault(a => a.Published is { } p && (DateOnly.FromDateTime(p.UtcDateTime) == date || DateOnly.FromDateTime(p.DateTime) == date))
            ?? list.FirstOrDefault(a => WrittenDates(a.Title + "\n" + a.Text).Contains(date));
    }

    /// <summary>Every calendar date the text writes with its year.</summary>
    internal static HashSet<DateOnly> WrittenDates(string text)
    {
        var dates = new HashSet<DateOnly>();
        foreach (var m in MonthFirst().Matches(text).Concat(DayFirst().Matches(text)))
        {
            var month = Months[m.Groups["month"].Value.ToLowerInvariant()];
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                dates.Add(new DateOnly(year, month, day));
            }
        }

        return dates;
    }
}
