using System.Collections.Frozen;

namespace Newsdesk.Text;

/// <summary>
/// Abbreviations that end in a period without ending a sentence, per language. Word lists are data
/// in one place (style.md §7). English: compiled by hand from news style guides (AP titles, months,
/// corporate suffixes). German: the abbreviations of the Duden's list that news copy uses ("Dr.",
/// "Nr.", "bzw.", "z. B.", "u. a.", "Mio.", "Mrd."), and day numbers are ordinals ("am 19. November").
/// French: the Imprimerie nationale's usual forms ("M.", "MM.", "Mme", "av.", "janv.", "env.").
/// A language without a table of its own is split with the English one.
/// </summary>
/// <param name="NeverFinal">Titles and words always followed by more of the same sentence ("Mr. Smith", "No. 5"); any case.</param>
/// <param name="Months">Month abbreviations ("Jan. 5"): not final when a number follows.</param>
/// <param name="MaybeFinal">Corporate suffixes and the like ("Inc.", "etc."), exact case: they end a sentence only before one of the <paramref name="SentenceStarters"/>.</param>
/// <param name="SentenceStarters">Words that often open a sentence; after a dotted abbreviation ("U.S.", "a.m.") too.</param>
/// <param name="DayOrdinals">Whether a short number before a period is an ordinal ("am 19. November").</param>
internal sealed record Abbreviations(
    FrozenSet<string> NeverFinal,
    FrozenSet<string> Months,
    FrozenSet<string> MaybeFinal,
    FrozenSet<string> SentenceStarters,
    bool DayOrdinals)
{
    private static readonly string[] EnglishMaybeFinal = ["Inc", "Corp", "Ltd", "Co", "Bros", "etc", "Jr", "Sr", "LLC", "PLC"];

    /// <summary>The longest day number read as an ordinal where <see cref="DayOrdinals"/> holds ("31." in "am 31. Mai").</summary>
    public const int MaxOrdinalDigits = 2;

    public static readonly Abbreviations English = new(
        Set(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "gov", "sen", "rep", "reps", "sens",
            "lt", "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr", "rev", "hon", "pres", "supt", "det",
            "insp", "atty", "mt", "ft", "no", "nos", "vs", "v", "fig", "figs", "approx", "dept",
            "est", "vol", "ch", "pp", "op", "cf", "ed", "eds", "messrs", "mme", "mlle", "rt"),
        Set("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        EnglishMaybeFinal.ToFrozenSet(StringComparer.Ordinal),
        Set(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
            "our", "this", "that", "these", "those", "there", "but", "and", "or", "so", "yet", "in", "on",
            "at", "for", "after", "before", "when", "while", "if", "as", "however", "meanwhile", "still",
            "also", "then", "now", "some", "many", "most", "no", "not", "officials", "police", "according"),
        DayOrdinals: false);

    /// <summary>German: a sentence opener after "usw." or "GmbH." is one of the language's stop words ("Die", "Er").</summary>
    public static readonly Abbreviations German = new(
        Set(
            "dr", "prof", "nr", "ca", "vgl", "ggf", "evtl", "inkl", "exkl", "sog", "bzgl", "bspw", "str", "tel",
            "abs", "art", "hr", "fr", "st", "mio", "mrd", "tsd", "jh", "jhd", "geb", "gest", "dipl", "ing",
            "chr", "gem", "lt", "max", "min", "ehem", "allg", "verh", "zzgl", "abt", "bd", "kap",
            // the one-letter parts of "z. B.", "d. h.", "u. a.", "o. ä.", "v. a.", "i. d. R.", "s. o.", "m. E."
            "z", "d", "u", "o", "v", "i", "s", "m", "b", "a", "h", "ä", "r"),
        Set("jan", "feb", "febr", "mrz", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez"),
        EnglishMaybeFinal.Concat(["usw", "bzw", "GmbH", "AG", "KG", "eV"]).ToFrozenSet(StringComparer.Ordinal),
        StopWords.For("de").ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        DayOrdinals: true);

    /// <summary>French: "M. Dupont" (an initial to the splitter), "MM.", "av. J.-C.", "env. 300".</summary>
    public static readonly Abbreviations French = new(
        Set(
            "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "av", "bd", "bld", "pl",
            "fg", "env", "cf", "p", "pp", "vol", "chap", "art", "n", "no", "tél", "hab", "éd", "coll", "min",
            "max", "dir", "éds", "ex", "gén", "col", "cdt", "lt", "cne", "sgt"),
        Set("janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc"),
        EnglishMaybeFinal.Concat(["SA", "SAS", "SARL", "Cie"]).ToFrozenSet(StringComparer.Ordinal),
        StopWords.For("fr").ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        DayOrdinals: false);

    /// <summary>The table of <paramref name="language"/> (ISO 639-1; null and languages without one: English).</summary>
    public static Abbreviations For(string? language) => language switch
    {
        "de" => German,
        "fr" => French,
        _ => English,
    };

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
