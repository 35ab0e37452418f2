using System.Collections.Frozen;
using Newsdesk.Text;

namespace Newsdesk.Writing.Text;

/// <summary>
/// What makes a run of words a whole clause rather than a fragment: it does not end on a word that
/// needs more after it ("that", "of", "wrote"), it does not open as an introductory phrase ("For
/// fans of..."), and it holds a finite verb. English word lists, from news headlines and ledes;
/// shared by the headline writer and the story lint.
/// </summary>
internal static class Clauses
{
    /// <summary>Words a clause cannot end on: it stops in the middle of a phrase.</summary>
    public static readonly FrozenSet<string> Dangling = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "into", "onto", "about", "over", "under",
        "after", "before", "during", "as", "than", "and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "where",
        "when", "while", "if", "because", "since", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
        "will", "would", "could", "should", "can", "may", "might", "must", "do", "does", "did", "its", "his", "her", "their",
        "our", "my", "your", "said", "says", "say", "told", "wrote", "writes", "including", "like", "such", "not", "also",
        "very", "more", "most", "between", "against", "among", "through", "toward", "towards", "amid", "via", "per", "this",
        "these", "those", "according", "both", "either", "neither", "whether", "just", "only", "even", "mr", "mrs", "ms", "dr",
    ], StringComparer.Ordinal);

    /// <summary>Openings of a phrase that introduces a clause rather than being one ("For fans of Led Zeppelin, ...").</summary>
    public static readonly FrozenSet<string> Introducers = FrozenSet.ToFrozenSet(
    [
        "for", "after", "before", "when", "as", "if", "while", "although", "though", "because", "since", "despite", "in", "on",
        "at", "with", "without", "following", "amid", "according", "during", "until", "unless", "once", "by", "from", "like",
        "unlike", "whether", "but", "and", "so", "yet", "however", "meanwhile", "still", "to", "over", "under", "of", "okay",
        "ok", "well", "now", "then", "there", "here", "what", "why", "how", "who", "where", "which", "whatever", "whoever",
    ], StringComparer.Ordinal);

    /// <summary>Words that open an adverbial clause or phrase after a whole main clause ("... was found [after wandering ...]"): a clause may end before one.</summary>
    public static readonly FrozenSet<string> AdjunctOpeners = FrozenSet.ToFrozenSet(
        ["after", "when", "because", "while", "before", "despite", "amid", "following", "since", "until", "although", "though", "as", "during", "ahead"],
        StringComparer.Ordinal);

    /// <summary>Finite verbs and auxiliaries (irregular forms; regular past forms end in -ed, present ones in -s).</summary>
    public static readonly FrozenSet<string> FiniteVerbs = FrozenSet.ToFrozenSet(
    [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should",
        "does", "do", "did", "said", "says", "say", "told", "found", "made", "took", "gave", "went", "came", "won", "lost",
        "left", "hit", "shot", "died", "fell", "rose", "got", "ran", "saw", "sent", "began", "broke", "brought", "built",
        "bought", "caught", "chose", "drew", "drove", "fought", "flew", "grew", "held", "kept", "knew", "led", "meant", "met",
        "paid", "put", "quit", "sold", "set", "shut", "spoke", "spent", "stood", "struck", "swept", "thought", "threw", "wore",
        "wrote", "sank", "became", "beat", "blew", "hid", "hung", "lay", "lit", "slid", "sought", "stole", "stuck", "swore",
        "tore", "cut", "let", "hurt", "cost", "bid", "fled", "felt", "heard", "sat", "won't", "can't", "isn't", "wasn't",
    ], StringComparer.Ordinal);

    /// <summary>Words that, right after a comma, show that the clause before the comma is complete (a tag, a conjunction, a participle phrase).</summary>
    private static readonly FrozenSet<string> AfterCompleteClause = FrozenSet.ToFrozenSet(
    [
        "and", "but", "or", "so", "yet", "which", "who", "whom", "whose", "where", "when", "while", "as", "after", "before",
        "because", "although", "though", "since", "until", "including", "according", "despite", "amid", "following", "officials",
        "police", "authorities", "prosecutors", "reports", "reported", "sources", "the", "a", "an", "he", "she", "they", "it",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Whether a clause may end at a comma followed by <paramref name="after"/> (the rest of the
    /// sentence, after the comma): an attribution ("police said"), a conjunction, a relative or
    /// participle phrase, or a new clause; not an appositive ("the F.B.I. director, James Comey, to...").
    /// </summary>
    public static bool CompleteBeforeComma(string after)
    {
        var words = Tokenizer.Words(after);
        if (words.Count == 0)
        {
            return true;
        }

        // A verb of saying among the first words (", police said", ", according to"), or an attribution up to the next comma (", L.A. County public health director Barbara Ferrer says").
        if (words.Take(4).Any(Attribution.Verbs.Contains) || Attribution.Next(after) is not null)
        {
            return true;
        }

        var first = words[0];
        var firstRaw = after.TrimStart(' ', ',');
        var capitalised = firstRaw.Length > 0 && char.IsUpper(firstRaw[0]);
        return !capitalised && (AfterCompleteClause.Contains(first) || first.EndsWith("ing", StringComparison.Ordinal));
    }

    /// <summary>True when the words (lowercase) hold a finite verb after the first word.</summary>
    public static bool HasFiniteVerb(IReadOnlyList<string> words) =>
        words.Skip(1).Any(w => FiniteVerbs.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
            || (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)));
}
