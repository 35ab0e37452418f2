using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Newsdesk.Writing.Extractive;

/// <summary>
/// A sentence's main clause in headline style, for a subhead: "Twelve people were injured,
/// three of them seriously, when..." -> "Twelve people injured"; "Valley Water said coliform
/// bacteria had been detected in a routine sample taken on Tuesday" -> "Coliform bacteria
/// detected in a routine sample". The clause must hold a verb and fit in <see cref="MaxWords"/>;
/// otherwise there is none ("") rather than a fragment.
/// </summary>
internal static partial class SubheadClause
{
    /// <summary>A subhead has at least this many words...</summary>
    internal const int MinWords = 3;

    /// <summary>...and at most this many.</summary>
    internal const int MaxWords = 9;

    /// <summary>A long clause is cut before a preposition at or after this word.</summary>
    internal const int MinCutWords = 4;

    [GeneratedRegex(@"^(?:[A-Z][\p{L}'\u2019\-]*\s+){1,5}(?:said|says|told\s+\w+|announced|confirmed)\s+(?:that\s+|on\s+\w+\s+(?:that\s+)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex SaidPrefix();

    /// <summary>Where the main clause ends: a comma, a colon, a dash, a bracket, or a conjunction that opens another clause.</summary>
    [GeneratedRegex(@"[,;:(\u2014\u2013]|\s-\s|\s(?:when|after|as|while|because|since|although|though|but|so|which|whose|where|who|amid|despite|until|unless|if|once)\s", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"^(?:is|are|was|were|has|have|had)\s+(?:been\s+|being\s+)?|^(?:is|are)\s+being\s+|^will\s+be\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Auxiliary();

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "must", "should", "be", "been"],
        StringComparer.Ordinal);

    /// <summary>Common irregular past tenses and participles (a clause needs a verb).</summary>
    private static readonly FrozenSet<string> IrregularVerbs = FrozenSet.ToFrozenSet(
    [
        "fell", "rose", "hit", "cut", "won", "lost", "left", "went", "came", "saw", "gave", "given", "began", "begun", "ran", "struck",
        "stole", "stolen", "broke", "broken", "built", "paid", "sold", "held", "kept", "led", "met", "put", "set", "shut", "spent", "stood",
        "sent", "brought", "bought", "caught", "fought", "drew", "drawn", "grew", "grown", "threw", "thrown", "flew", "flown", "knew",
        "known", "wrote", "written", "drove", "driven", "chose", "chosen", "froze", "frozen", "spoke", "spoken", "tore", "torn", "slid",
        "sank", "sunk", "shot", "split", "spread", "fled", "fed", "beat", "beaten", "hid", "hidden", "found", "made", "took", "taken",
        "told", "hurt", "quit", "swept", "dealt", "felt", "won", "got", "become", "became", "seen", "done", "did", "gone", "run",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> CutBefore = FrozenSet.ToFrozenSet(
    [
        "in", "at", "on", "of", "for", "from", "with", "by", "over", "under", "near", "before", "during", "into", "about",
        "between", "across", "around", "against", "through", "toward", "towards", "than", "and", "or", "that", "this", "last", "next",
        "is", "are", "was", "were",
    ], StringComparer.Ordinal);

    /// <summary>Words a subhead does not end on.</summary>
    private static readonly FrozenSet<string> NoEnd = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "its", "their", "his", "her", "our", "just", "also", "more", "most", "very", "not", "no", "some", "any",
        "all", "both", "each", "every", "about", "around", "nearly", "almost", "than", "such", "other", "another", "only",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Relatives = FrozenSet.ToFrozenSet(["who", "which", "that", "whose", "where"], StringComparer.Ordinal);

    /// <summary>Openings that leave the subhead pointing at something it does not name, or open a subordinate clause.</summary>
    private static readonly FrozenSet<string> BadOpenings = FrozenSet.ToFrozenSet(
    [
        "it", "its", "he", "his", "she", "her", "they", "their", "them", "this", "these", "those", "that", "there", "we", "our", "i",
        "when", "while", "after", "as", "if", "because", "but", "and", "so", "however", "meanwhile", "one", "some", "many",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>The headline-style main clause of a sentence, or "" when it has none that reads on its own.</summary>
    public static string Of(string sentence)
    {
        var text = sentence.Trim();
        if (text.Length == 0 || text[0] is '"' or '\u201c' or '\'' or '\u2018')
        {
            return ""; // a quotation is the speaker's, not a subhead
        }

        text = SaidPrefix().Replace(text, "", 1);
        var end = ClauseEnd().Match(text);
        var clause = (end.Success ? text[..end.Index] : text).Trim().TrimEnd('.', '!', '?');
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0] is "A" or "An" or "The" or "a" or "an" or "the")
        {
            words.RemoveAt(0);
        }

        words = Headlinese(words);
        if (words.Count > MaxWords)
        {
            var at = Enumerable.Range(MinCutWords, words.Count - MinCutWords).FirstOrDefault(i => CutBefore.Contains(words[i]));
            if (at > 0)
            {
                words = words[..at];
            }
        }

        while (words.Count > 0 && (NoEnd.Contains(words[^1].ToLowerInvariant()) || IsParticipleTail(words)))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count is < MinWords or > MaxWords || !HasVerb(words) || words.Any(w => Relatives.Contains(w)) || BadOpenings.Contains(words[0]))
        {
            return "";
        }

        var heading = string.Join(' ', words).Trim('"', '\u201c', '\u201d', '\'', ' ');
        return heading.Length == 0 ? "" : char.ToUpperInvariant(heading[0]) + heading[1..];
    }

    /// <summary>Headline style: passive and perfect auxiliaries dropped ("were injured" -> "injured"), "will" -> "to".</summary>
    private static List<string> Headlinese(List<string> words)
    {
        var result = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var rest = string.Join(' ', words.Skip(i).Take(3));
            var aux = Auxiliary().Match(rest);
            if (aux.Success && i > 0 && i + 1 < words.Count)
            {
                var skip = aux.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                if (i + skip < words.Count && IsParticiple(words[i + skip]))
                {
                    i += skip - 1;
                    continue;
                }
            }

            if (words[i] == "will" && i > 0 && i + 1 < words.Count && words[i + 1] != "be")
            {
                result.Add("to");
                continue;
            }

            result.Add(words[i]);
        }

        return result;
    }

    private static bool IsParticiple(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || IrregularVerbs.Contains(word) || word.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>A clause cut after a participle that opened a phrase ("...in a routine sample taken"): the participle goes too.</summary>
    private static bool IsParticipleTail(List<string> words) =>
        words.Count > MinWords && words[^1] is var last && (IrregularVerbs.Contains(last) || last.EndsWith("ed", StringComparison.Ordinal))
        && !words.Take(words.Count - 1).Skip(1).All(w => char.IsUpper(w[0]) || !IsVerbLike(w));

    private static bool HasVerb(List<string> words) => words.Skip(1).Any(IsVerbLike);

    private static bool IsVerbLike(string word)
    {
        var lower = word.ToLowerInvariant();
        return Auxiliaries.Contains(lower) || lower == "to" || IrregularVerbs.Contains(lower) || (lower.EndsWith("ed", StringComparison.Ordinal) && lower.Length > 4 && !char.IsUpper(word[0]) && !lower.Contains('-'));
    }
}
