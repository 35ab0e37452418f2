using System.Collections.Frozen;

namespace Newsdesk.Text;

/// <summary>
/// Abbreviations that end in a period without ending a sentence. Word lists are data in one place
/// (style.md §7); compiled by hand from news style guides (AP titles, months, corporate suffixes).
/// </summary>
internal static class Abbreviations
{
    /// <summary>Titles and words that are always followed by more of the same sentence ("Mr. Smith", "No. 5").</summary>
    public static readonly FrozenSet<string> NeverFinal = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "gov", "sen", "rep", "reps", "sens",
        "lt", "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr", "rev", "hon", "pres", "supt", "det",
        "insp", "gov", "atty", "mt", "ft", "no", "nos", "vs", "v", "fig", "figs", "approx", "dept",
        "est", "vol", "ch", "pp", "op", "cf", "ed", "eds", "messrs", "mme", "mlle", "rt",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Month abbreviations ("Jan. 5"): not final when a number or a lowercase word follows.</summary>
    public static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
    [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that often start a sentence. After an abbreviation that may also end a sentence
    /// ("U.S.", "Inc.", "a.m."), the sentence is split only when one of these follows.
    /// </summary>
    public static readonly FrozenSet<string> SentenceStarters = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
        "our", "this", "that", "these", "those", "there", "but", "and", "or", "so", "yet", "in", "on",
        "at", "for", "after", "before", "when", "while", "if", "as", "however", "meanwhile", "still",
        "also", "then", "now", "some", "many", "most", "no", "not", "officials", "police", "according",
    ], StringComparer.OrdinalIgnoreCase);
}
