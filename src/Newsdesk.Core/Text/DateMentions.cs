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
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The date keys of a sentence. Short forms and "May"/"March" count only when capitalised.</summary>
    public static IReadOnlyList<string> Find(IReadOnlyList<Token> tokens)
    {
        var found = new List<string>();
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Number)
            {
                if (IsYear(token) && token.Currency is null)
                {
                    found.Add(token.Key);
                }
            }
            else if (token.IsCapitalized && Words.TryGetValue(token.Key, out var key))
            {
                found.Add(key);
            }
        }

        return found;
    }

    /// <summary>Whether a date key names a year rather than a weekday or month.</summary>
    public static bool IsYearKey(string key) => key.Length == 4 && key.All(char.IsDigit);

    private static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], StringComparer.Ordinal);

    /// <summary>Whether two date keys are of one kind: both weekdays, both months or both years.</summary>
    public static bool SameKind(string a, string b) => Kind(a) == Kind(b);

    private static int Kind(string key) => IsYearKey(key) ? 0 : Weekdays.Contains(key) ? 1 : 2;

    public static bool IsDateWord(Token token) => token.Kind == TokenKind.Word && Words.ContainsKey(token.Key);

    internal static bool IsYear(Token token) =>
        token.Kind == TokenKind.Number && token.Key.Length == 4 && !token.Text.EndsWith('%')
        && int.TryParse(token.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year is >= FirstYear and <= LastYear;
}
