using System.Text.RegularExpressions;

namespace Newsdesk.Text;

/// <summary>
/// Apostrophes an outlet's feed lost with the entity that encoded them: GMA News' May 2020 feed reads
/// "Protests held outside White House over George Floyd s death", "Albay s lone", "doesn t have",
/// "Gov t urges" (45 such runs; none in the 13 other outlets). A lone "s" after a word, or a lone "t"
/// after a negative auxiliary, is a possessive or a contraction whose apostrophe went missing; it is
/// put back, so the story reads "George Floyd's death" and the writer, the verifier and the clusterer
/// all see one word. Only a text with no apostrophe at all is repaired: one that has apostrophes kept
/// them, and a lone letter there is something else.
/// </summary>
public static partial class LostApostrophes
{
    /// <summary>A possessive "s" or "s" of "it's"/"that's" cut from its word of two letters or more ("U S troops" is left).</summary>
    [GeneratedRegex(@"\b(\p{L}[\p{L}\d.\-]*\p{L}) s ([\p{L}\d])", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Possessive();

    /// <summary>The "t" of a negative contraction, and "gov t".</summary>
    [GeneratedRegex(@"\b(doesn|don|didn|isn|aren|wasn|weren|hasn|haven|hadn|won|can|couldn|shouldn|wouldn|mustn|gov) t\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Negative();

    /// <summary>The text with lost apostrophes put back; the text itself when it has an apostrophe or no lone "s" or "t".</summary>
    public static string Repair(string text)
    {
        if (text.Length == 0 || text.Contains('\'', StringComparison.Ordinal) || text.Contains('\u2019', StringComparison.Ordinal)
            || !(text.Contains(" s ", StringComparison.Ordinal) || text.Contains(" t ", StringComparison.Ordinal) || text.EndsWith(" t", StringComparison.Ordinal)))
        {
            return text;
        }

        return Negative().Replace(Possessive().Replace(text, "$1's $2"), "$1't");
    }
}
