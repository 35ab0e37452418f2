using System.Globalization;

namespace Newsdesk.Text;

/// <summary>
/// A day of the calendar as a sentence writes it ("March 5", "5 March 2020", "Tuesday, March 5,
/// 2019"): its month and day, its year when written, the weekday written with it when one is, and
/// the index of its month token.
/// </summary>
public sealed record CalendarDay(int Month, int Day, int? Year, string? Weekday, int Index);

/// <summary>
/// Days of the calendar in a sentence, and the weekday each falls on: a weekday that a dated day
/// contradicts ("on Tuesday" where the source dates it March 5, 2019, a Wednesday) is a changed date,
/// and a weekday that the sources never write but that is the weekday of the day they date is not.
/// </summary>
public static class CalendarDays
{
    /// <summary>Tokens between a weekday and the day it names at most ("Tuesday, March 5", "Tuesday the 5th of March").</summary>
    internal const int WeekdayReach = 3;

    /// <summary>The calendar days of a sentence, in order.</summary>
    public static IReadOnlyList<CalendarDay> Find(IReadOnlyList<Token> tokens)
    {
        List<CalendarDay>? found = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var month = DateMentions.MonthOf(tokens[i]);
            if (month == 0)
            {
                continue;
            }

            // "March 5" (the day after the month) or "5 March" (before it).
            int? day = DayAt(tokens, i + 1) ?? DayAt(tokens, i - 1);
            if (day is null)
            {
                continue;
            }

            var after = DayAt(tokens, i + 1) is null ? i + 1 : i + 2;
            if (after < tokens.Count && tokens[after].Kind == TokenKind.Word && tokens[after].Key is "th" or "st" or "nd" or "rd")
            {
                after++;
            }

            int? year = after < tokens.Count && DateMentions.IsYear(tokens[after]) ? int.Parse(tokens[after].Key, CultureInfo.InvariantCulture) : null;
            (found ??= []).Add(new CalendarDay(month, day.Value, year, WeekdayBefore(tokens, DayAt(tokens, i + 1) is null ? i - 1 : i), i));
        }

        return found ?? (IReadOnlyList<CalendarDay>)[];
    }

    /// <summary>The weekday key of a day of the calendar ("wednesday"), or null when there is no such day.</summary>
    public static string? WeekdayOn(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified).DayOfWeek.ToString().ToLowerInvariant()
            : null;

    /// <summary>
    /// The year a day without one stands in: the one year the sentence writes, else the year that
    /// puts it nearest to the day the article was published; null when neither is known.
    /// </summary>
    public static int? YearOf(CalendarDay day, IReadOnlyList<string> sentenceYears, DateTimeOffset? published)
    {
        if (day.Year is { } written)
        {
            return written;
        }

        var years = sentenceYears.Distinct(StringComparer.Ordinal).ToList();
        if (years.Count == 1)
        {
            return int.Parse(years[0], CultureInfo.InvariantCulture);
        }

        if (years.Count > 1 || published is not { } at)
        {
            return null;
        }

        int? best = null;
        var bestDistance = double.MaxValue;
        for (var year = at.Year - 1; year <= at.Year + 1; year++)
        {
            if (day.Day > DateTime.DaysInMonth(year, day.Month))
            {
                continue;
            }

            var distance = Math.Abs((new DateTime(year, day.Month, day.Day, 0, 0, 0, DateTimeKind.Utc) - at.UtcDateTime.Date).TotalDays);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (year, distance);
            }
        }

        return best;
    }

    private static int? DayAt(IReadOnlyList<Token> tokens, int index) =>
        index >= 0 && index < tokens.Count && tokens[index].Kind == TokenKind.Number && tokens[index].Currency is null && !tokens[index].Text.EndsWith('%')
        && tokens[index].Key.Length <= 2 && int.TryParse(tokens[index].Key, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31
            ? day
            : null;

    /// <summary>The weekday written just before a day ("Tuesday, March 5"; "on Tuesday the 5th of March"), else null.</summary>
    private static string? WeekdayBefore(IReadOnlyList<Token> tokens, int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - WeekdayReach; j--)
        {
            if (DateMentions.WeekdayOf(tokens[j]) is { } weekday)
            {
                return weekday;
            }

            if (tokens[j].Kind != TokenKind.Word || tokens[j].Key is not ("the" or "of" or "on"))
            {
                return null;
            }
        }

        return null;
    }
}
