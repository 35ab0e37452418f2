using System.Text.RegularExpressions;

namespace Newsdesk.Verification;

/// <summary>
/// Numbers in text that a tokeniser wrote out: it puts a space after every comma and full stop,
/// inside numbers too ("viewed more than 235, 000 times", "prices dropping by around 7. 8 per cent").
/// Such an article never writes a separator between two digits; where it does not, and only there,
/// the spaced groups are joined back (235,000; 7.8) before the article is read. An article that
/// writes "1,200" anywhere keeps "March 5, 300 protesters" as it is: there the space is a clause's.
/// </summary>
internal static partial class TokenisedNumbers
{
    /// <summary>The text with its tokenised numbers joined; the text itself when it writes any number whole.</summary>
    public static string Repair(string text)
    {
        if (text.Length == 0 || WholeSeparator().IsMatch(text) || !SpacedSeparator().IsMatch(text))
        {
            return text;
        }

        return SpacedDecimal().Replace(SpacedThousands().Replace(text, m => m.Value.Replace(", ", ",", StringComparison.Ordinal)), "$1.$2");
    }

    /// <summary>A thousands separator or decimal point between two digits, written whole ("1,200", "7.8").</summary>
    [GeneratedRegex(@"\d[.,]\d")]
    private static partial Regex WholeSeparator();

    /// <summary>A comma or full stop with a space between two digits.</summary>
    [GeneratedRegex(@"\d[.,] \d")]
    private static partial Regex SpacedSeparator();

    /// <summary>One to three digits, then groups of ", " and three digits ("53, 193, 914").</summary>
    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:, \d{3})+(?!\d)")]
    private static partial Regex SpacedThousands();

    /// <summary>
    /// A decimal written with a space after its point ("7. 8 per cent", "102. 5 kg"): up to three digits
    /// before it and one or two after, so no year ending a sentence ("in 2007. 8 people") is joined.
    /// </summary>
    [GeneratedRegex(@"(?<![\d.,])(\d{1,3})\. (\d{1,2})(?![\d.,])")]
    private static partial Regex SpacedDecimal();
}
