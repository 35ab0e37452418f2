using System.Collections.Frozen;
using System.Globalization;

namespace Newsdesk.Text;

/// <summary>
/// The date words of a sentence, each as a canonical key: weekdays ("monday"), months ("january",
/// from "Jan." too) and years ("2023"). A sentence's date words must all be in its support.
/// </summary>
public static class DateMentions
{
    /// <summary>Years read as dates: four bare digits in this range.</summary>
    public const int FirstYear = 1900;
    public const int LastYear = 2099;

    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>
    {
        ["monday"] = "monday", ["mon"] = "monday", ["tuesday"] = "tuesday", ["tue"] = "tuesday", ["tues"] = "tuesday",
        ["wednesday"] = "wednesday", ["wed"] = "wednesday", ["thursday"] = "thursday", ["thu"] = "thursday",
        ["thurs"] = "thursday", ["friday"] = "friday", ["fri"] = "friday", ["saturday"] = "saturday",
        ["sat"] = "saturday", ["sunday"] = "sunday", ["sun"] = "sunday",
        ["january"] = "january", ["jan"] = "january", ["february"] = "february", ["feb"] = "february",
        ["march"] = "march", ["april"] = "april", ["apr"] = "april", ["may"] = "may", ["june"] = "june",
        ["jun"] = "june", ["july"] = "july", ["jul"] = "july", ["august"] = "august", ["aug"] = "august",
        ["september"] = "september", ["sept"] = "september", ["sep"] = "september", ["october"] = "october",
        ["oct"] = "october", ["november"] = "november", ["nov"] = "november", ["december"] = "december",
        ["dec"] = "december",
        // German and French months, each as its English key (issue #18): "18. März", "24 novembre".
        ["januar"] = "january", ["jänner"] = "january", ["februar"] = "february", ["märz"] = "march", ["mai"] = "may",
        ["juni"] = "june", ["juli"] = "july", ["oktober"] = "october", ["dezember"] = "december",
        ["janvier"] = "january", ["février"] = "february", ["mars"] = "march", ["avril"] = "april", ["juin"] = "june",
        ["juillet"] = "july", ["août"] = "august", ["septembre"] = "september", ["octobre"] = "october",
        ["novembre"] = "november", ["décembre"] = "december",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>French months, written in lower case; "mars" and "mai" (also a planet and a name) only after a day's number.</summary>
    private static readonly FrozenSet<string> LowerCaseMonths = FrozenSet.ToFrozenSet(
        ["janvier", "février", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> LowerCaseAfterDay = FrozenSet.ToFrozenSet(["mars", "mai"], StringComparer.Ordinal);

    /// <summary>German months that are also names ("Mai", "Juni", "Juli"): a date only after a day's number ("18. Mai").</summary>
    private static readonly FrozenSet<string> AfterDayOnly = FrozenSet.ToFrozenSet(["mai", "juni", "juli"], StringComparer.Ordinal);

    /// <summary>The date keys of a sentence. Short forms and "May"/"March" count only when capitalised.</summary>
    public static IReadOnlyList<string> Find(IReadOnlyList<Token> tokens)
    {
        var found = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var afterDay = i > 0 && tokens[i - 1].Kind == TokenKind.Number && tokens[i - 1].Key.Length <= 2;
            if (token.Kind == TokenKind.Number)
            {
                if (IsYear(token) && token.Currency is null)
                {
                    found.Add(token.Key);
                }
            }
            else if (Words.TryGetValue(token.Key, out var key)
                     && (token.IsCapitalized ? !AfterDayOnly.Contains(token.Key) || afterDay
                         : LowerCaseMonths.Contains(token.Key) || (afterDay && LowerCaseAfterDay.Contains(token.Key))))
            {
                found.Add(key);
            }
        }

        return found;
    }

    private static readonly string[] MonthOrder =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>
    /// The month (1-12) a capitalised English month word names ("Jan.", "March"), else 0. Only English
    /// months and only capitalised ones: a calendar day is read from "March 5", never from "march on".
    /// </summary>
    public static int MonthOf(Token token) =>
        token.Kind == TokenKind.Word && token.IsCapitalized && Words.TryGetValue(token.Key, out var key) && !AfterDayOnly.Contains(token.Key)
            ? Array.IndexOf(MonthOrder, key) + 1
            : 0;

    /// <summary>The weekday key ("tuesday") a word names, else null.</summary>
    public static string? WeekdayOf(Token token) =>
        token.Kind == TokenKind.Word && Words.TryGetValue(token.Key, out var key) && Weekdays.Contains(key) && (token.IsCapitalized || token.Key.Length > 3) ? key : null;

    /// <summary>Whether a date key names a weekday.</summary>
    public static bool IsWeekdayKey(string key) => Weekdays.Contains(key);

    /// <summary>Whether a date key names a year rather than a weekday or month.</summary>
    public static bool IsYearKey(string key) => key.Length == 4 && key.All(char.IsDigit);

    private static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], StringComparer.Ordinal);

    /// <summary>Whether two date keys are of one kind: both weekdays, both months or both years.</summary>
    public static bool SameKind(string a, string b) => Kind(a) == Kind(b);

    private static int Kind(string key) => IsYearKey(key) ? 0 : Weekdays.Contains(key) ? 1 : 2;

    /// <summary>Whether a token is a date word wherever it stands; "Mai", "Juni", "Juli" and "mars" (names, a planet) are dates only after a day (<see cref="Find"/>).</summary>
    public static bool IsDateWord(Token token) =>
        token.Kind == TokenKind.Word && Words.ContainsKey(token.Key) && !AfterDayOnly.Contains(token.Key) && !LowerCaseAfterDay.Contains(token.Key);

    internal static bool IsYear(Token token) =>
        token.Kind == TokenKind.Number && token.Key.Length == 4 && !token.Text.EndsWith('%')
        && int.TryParse(token.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year is >= FirstYear and <= LastYear;
}
