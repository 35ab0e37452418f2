using Newsdesk.Text;

namespace Newsdesk.Verification;

/// <summary>
/// Weekdays read against the calendar (issue #16): a weekday is a date like any other, and a dated
/// day fixes it. A sentence's weekday written beside a day that falls on another ("Tuesday, March 5,
/// 2019": a Wednesday), or a bare weekday where the source sentence that states the same thing dates
/// it by a day that falls on another, is a changed date; a weekday the sources never write is
/// supported by a day of its window that falls on it. A day without a year takes the one year its
/// sentence writes, else the year nearest the article's publication; with neither, nothing is said.
/// </summary>
internal static class Weekdays
{
    /// <summary>Share of a sentence's content words, date words aside, that a source sentence must hold to be taken as stating the same thing.</summary>
    internal const double RestatesShare = 0.8;

    /// <summary>
    /// The weekday of the sentence that a dated day contradicts, with what the day is, else null:
    /// "tuesday (5 march 2019 is a wednesday)".
    /// </summary>
    public static string? Contradicted(AnalyzedSentence sentence, SupportWindow? window)
    {
        var published = window?.Article.Published;
        foreach (var day in sentence.CalendarDays)
        {
            if (day.Weekday is { } written && On(day, Years(sentence), published) is { } actual && actual.Weekday != written)
            {
                return $"{written} ({actual.Text} is a {actual.Weekday})";
            }
        }

        var bare = sentence.Dates.Where(DateMentions.IsWeekdayKey).Distinct(StringComparer.Ordinal).ToList();
        if (bare.Count == 0 || sentence.CalendarDays.Count > 0 || window is null)
        {
            return null;
        }

        // The window's sentence that states this one, when it dates it by a day of the calendar and by no weekday.
        var restating = window.Sentences.Where(s => Restates(s, sentence)).ToList();
        if (restating.Count != 1 || restating[0].CalendarDays.Count != 1 || restating[0].Dates.Any(DateMentions.IsWeekdayKey))
        {
            return null;
        }

        var dated = On(restating[0].CalendarDays[0], Years(restating[0]), published);
        return dated is { } d && !bare.Contains(d.Weekday, StringComparer.Ordinal) ? $"{bare[0]} (the support dates it {d.Text}, a {d.Weekday})" : null;
    }

    /// <summary>Whether a day of the window's sentences falls on <paramref name="weekday"/>.</summary>
    public static bool Dated(string weekday, IEnumerable<AnalyzedSentence> window, DateTimeOffset? published) =>
        window.Any(s => s.CalendarDays.Any(day => On(day, Years(s), published)?.Weekday == weekday));

    private static List<string> Years(AnalyzedSentence sentence) => sentence.Dates.Where(DateMentions.IsYearKey).ToList();

    private static (string Weekday, string Text)? On(CalendarDay day, IReadOnlyList<string> years, DateTimeOffset? published) =>
        CalendarDays.YearOf(day, years, published) is { } year && CalendarDays.WeekdayOn(year, day.Month, day.Day) is { } weekday
            ? (weekday, $"{day.Day} {System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(day.Month).ToLowerInvariant()} {year}")
            : null;

    private static bool Restates(AnalyzedSentence source, AnalyzedSentence sentence)
    {
        var words = sentence.ContentWords.Where(w => !DateMentions.IsWeekdayKey(w.Key) && !sentence.Dates.Contains(w.Key)).Select(w => w.Stem).Distinct(StringComparer.Ordinal).ToList();
        return words.Count > 0 && words.Count(source.ContentStems.Contains) >= RestatesShare * words.Count;
    }
}
