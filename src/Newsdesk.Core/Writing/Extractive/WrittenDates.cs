using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Writing.Extractive;

/// <summary>
/// Dates as the sources write them, in the story's language: English "November 24" and "Nov. 24, 2026",
/// French "24 novembre" and "1er décembre 2026", German "24. November" and "1. Dezember 2026". The
/// When row copies one as written; the dateline falls back on one with a year when no article has a
/// published time. A language without its own pattern is read with the English one.
/// </summary>
internal static partial class WrittenDates
{
    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(?<day>\d{1,2})(?:,\s+(?<year>(?:19|20)\d\d))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex English();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<day>1er|[1-9]|[12]\d|3[01])\s+(?<month>janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s+(?<year>(?:19|20)\d\d))?(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex French();

    [GeneratedRegex(@"(?<![\p{L}\d.,])(?<day>[1-9]|[12]\d|3[01])\.\s*(?<month>Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?:\s+(?<year>(?:19|20)\d\d))?(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex German();

    private static readonly string[] EnglishMonths =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] GermanMonths =
        ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"];

    private static Regex Pattern(string? language) => language switch
    {
        "fr" => French(),
        "de" => German(),
        _ => English(),
    };

    /// <summary>The dates a text writes, as written ("24 novembre", "24. November 2026").</summary>
    public static IEnumerable<string> In(string text, string? language) =>
        Pattern(language).Matches(text).Select(m => m.Value);

    /// <summary>The first date with a year that a text writes, as a day; null when it writes none.</summary>
    public static DateTime? FirstFull(string text, string? language)
    {
        foreach (Match m in Pattern(language).Matches(text))
        {
            if (!m.Groups["year"].Success)
            {
                continue;
            }

            var month = Month(m.Groups["month"].Value.ToLowerInvariant(), language);
            var day = int.Parse(m.Groups["day"].Value.Replace("er", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (month > 0 && day <= DateTime.DaysInMonth(year, month))
            {
                return new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc);
            }
        }

        return null;
    }

    private static int Month(string name, string? language) => language switch
    {
        "fr" => Array.IndexOf(FrenchMonths, name) + 1,
        "de" => name == "jänner" ? 1 : Array.IndexOf(GermanMonths, name) + 1,
        _ => Array.FindIndex(EnglishMonths, m => name.StartsWith(m, StringComparison.Ordinal)) + 1,
    };
}
