using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Newsdesk.Writing.Text;

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
    [GeneratedRegex(@"(?<!\d),|,(?!\d)|[;:(\u2014\u2013]|\s-\s|\s(?:when|after|as|while|because|since|although|though|but|so|which|whose|where|who|amid|despite|until|unless|if|once)\s", RegexOptions.CultureInvariant)]
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
        "told", "hurt", "quit", "burst", "swept", "dealt", "felt", "won", "got", "become", "became", "seen", "done", "did", "gone", "run",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> CutBefore = FrozenSet.ToFrozenSet(
    [
        "in", "at", "on", "of", "for", "from", "with", "by", "over", "under", "near", "before", "during", "into",
        "between", "across", "around", "through", "toward", "towards", "than", "and", "or", "that", "this", "last", "next",
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
        // Each word with its place in the source text, so that what follows the subhead's last word can be read.
        var source = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((w, i) => (Word: w, At: i)).ToList();
        if (words.Count > 0 && words[0].Word is "A" or "An" or "The" or "a" or "an" or "the")
        {
            words.RemoveAt(0);
        }

        words = Headlinese(words);
        if (words.Count <= MaxWords)
        {
            return Whole(words, source);
        }

        // A long clause is cut before a preposition; the first cut that leaves a whole phrase wins.
        foreach (var at in Enumerable.Range(MinCutWords, words.Count - MinCutWords).Where(i => CutBefore.Contains(words[i].Word)))
        {
            if (Whole(words[..at], source) is { Length: > 0 } heading)
            {
                return heading;
            }
        }

        return "";
    }

    /// <summary>The subhead the words make once trailing words that cannot end one are dropped, or "" when it would not read whole.</summary>
    private static string Whole(List<(string Word, int At)> words, IReadOnlyList<string> source)
    {
        var trimmed = "";
        while (words.Count > 0 && (NoEnd.Contains(words[^1].Word.ToLowerInvariant()) || IsParticipleTail(words.Select(w => w.Word).ToList())))
        {
            trimmed = words[^1].Word.ToLowerInvariant();
            words = words[..^1];
        }

        if (words.Count == 0)
        {
            return "";
        }

        var plain = words.Select(w => w.Word).ToList();
        var last = plain[^1].ToLowerInvariant();
        if (plain.Count is < MinWords or > MaxWords || !HasVerb(plain) || plain.Any(w => Relatives.Contains(w)) || BadOpenings.Contains(plain[0])
            || Clauses.Introducers.Contains(plain[0].ToLowerInvariant())
            || plain.Any(w => Pronouns.Contains(w.Trim('"', '\u201c', '\u201d', '\'', ',').ToLowerInvariant()) || !w.Any(char.IsLetterOrDigit))
            || NoEnd.Contains(trimmed) // a determiner or degree word dropped from the end belongs to the phrase that goes on ("bring together [most of]")
            || (trimmed.Length > 0 && (DegreeWords.Contains(last) || last.EndsWith("ly", StringComparison.Ordinal))) // "less well [known]"
            || CutMidPhrase(plain, source, words[^1].At))
        {
            return "";
        }

        var heading = WithoutStrayQuotes(string.Join(' ', plain).Trim());
        if (OpensUnclosedQuotation(heading))
        {
            return ""; // "Virus has “torn back the curtain": a quotation cut before its end is not what the speaker said
        }

        return heading.Length == 0 ? "" : char.ToUpperInvariant(heading[0]) + heading[1..];
    }

    /// <summary>Whether the heading opens a double quotation mark it does not close (curly marks counted apart, straight ones by parity).</summary>
    internal static bool OpensUnclosedQuotation(string heading) =>
        heading.Count(c => c == '\u201c') > heading.Count(c => c == '\u201d') || heading.Count(c => c == '"') % 2 == 1;

    /// <summary>Adverbs of degree: a subhead never ends on one whose participle was dropped ("is best [known]").</summary>
    private static readonly FrozenSet<string> DegreeWords = FrozenSet.ToFrozenSet(
        ["well", "less", "more", "so", "too", "very", "most", "much", "far", "still", "already", "best", "better", "least"], StringComparer.Ordinal);

    /// <summary>Adverbs that may stand between an auxiliary and its participle ("have now died", "was then fed").</summary>
    private static readonly FrozenSet<string> MidAdverbs = FrozenSet.ToFrozenSet(
        ["now", "then", "also", "just", "already", "still", "never", "ever", "since", "recently", "reportedly", "allegedly", "not"], StringComparer.Ordinal);

    /// <summary>
    /// The heading without a quotation mark that opens or closes nothing: "Welcome to 'granny chic'" keeps both of its
    /// marks (a mark trimmed from the end left "Welcome to 'granny chic"), a mark left alone at either end goes.
    /// </summary>
    private static string WithoutStrayQuotes(string heading)
    {
        var words = heading.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        int Opening() => words.Count(w => w.Length > 1 && w[0] is '"' or '\'' or '\u201c' or '\u2018');
        int Closing() => words.Count(w => w.Length > 1 && w.TrimEnd(',', '.', ';', ':', '!', '?')[^1] is '"' or '\'' or '\u201d' or '\u2019');
        if (words.Count > 0 && words[0].Length > 0 && words[0][0] is '"' or '\'' or '\u201c' or '\u2018' && Opening() > Closing())
        {
            words[0] = words[0][1..];
        }

        if (words.Count > 0 && words[^1].Length > 0 && words[^1][^1] is '"' or '\'' or '\u201d' or '\u2019' && Closing() > Opening())
        {
            words[^1] = words[^1][..^1];
        }

        return string.Join(' ', words.Where(w => w.Length > 0)).Trim();
    }

    /// <summary>
    /// Personal pronouns: a subhead stands alone above its section, so a pronoun in it points at nothing ("Security
    /// officers detained him"). Possessives are left alone: their owner is usually named before them ("Rhone burst its banks").
    /// </summary>
    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["he", "him", "she", "her", "they", "them", "we", "us", "i", "me", "you", "you're", "you\u2019re"],
        StringComparer.Ordinal);

    /// <summary>
    /// Words that, right after where a subhead stops, show that the phrase it stopped in goes on: "a wealth [of
    /// material]", "accused China [and Russia]" (a cut that changes what is said), "warned [that ...]", "plans [to ...]".
    /// </summary>
    private static readonly FrozenSet<string> PhraseGoesOn = FrozenSet.ToFrozenSet(
        ["of", "and", "or", "nor", "than", "that", "to", "by", "'s", "\u2019s"],
        StringComparer.Ordinal);

    /// <summary>Nouns ending in -ing, which may end a subhead before a preposition ("Council approved the funding [for]").</summary>
    private static readonly FrozenSet<string> IngNouns = FrozenSet.ToFrozenSet(
    [
        "building", "buildings", "meeting", "funding", "wedding", "morning", "evening", "ceiling", "hearing", "briefing", "warning",
        "training", "housing", "clothing", "spending", "shooting", "bombing", "killing", "ruling", "setting", "offering", "opening",
        "beginning", "ending", "finding", "findings", "feeling", "listing", "recording", "spring", "during", "something", "nothing",
        "everything", "anything", "lightning", "pudding", "railing", "parking", "lodging", "sibling", "siblings", "clearing",
    ], StringComparer.Ordinal);

    /// <summary>Words that open another clause: the search for the clause's verb stops at them.</summary>
    private static readonly FrozenSet<string> ClauseWords = FrozenSet.ToFrozenSet(
        ["when", "after", "as", "while", "because", "since", "although", "though", "but", "so", "which", "whose", "where", "who", "that", "amid", "despite", "until", "unless", "if", "once", "and", "or", "said", "says"],
        StringComparer.Ordinal);

    /// <summary>Measures of time that belong to the adjunct after them ("detained weeks [after he returned]", "two days [before]").</summary>
    private static readonly FrozenSet<string> TimeMeasures = FrozenSet.ToFrozenSet(
        ["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "moments", "shortly", "soon", "just", "hour", "day", "week", "month", "year"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether the subhead (<paramref name="words"/>, the last of which is <paramref name="source"/>[<paramref name="last"/>])
    /// stops in the middle of a phrase the source goes on with: before "of", "and", "to"...; on an auxiliary
    /// or "not" ("discrediting [and sidelining]", "has not been [in contact]"); on a measure of time its adjunct needs;
    /// or before a list or an appositive (", Sutter and Yuba counties").
    /// </summary>
    internal static bool CutMidPhrase(IReadOnlyList<string> words, IReadOnlyList<string> source, int last)
    {
        var lastWord = words[^1].ToLowerInvariant();
        if (Clauses.Dangling.Contains(lastWord) || lastWord is "been" or "being" or "be")
        {
            return true;
        }

        if (last + 1 >= source.Count)
        {
            return false; // the sentence ends here
        }

        var stop = source[last];
        var next = source[last + 1].Trim('"', '\u201c', '\u201d', '(', ')').ToLowerInvariant();
        if (stop.EndsWith(',') || stop.EndsWith(';') || stop.EndsWith(':'))
        {
            // After a comma a capitalised word opens a list, an appositive or a quotation (single marks too:
            // "responded, 'Not to run so much.'"), unless an attribution follows.
            var rest = source.Skip(last + 1).Take(4).Select(w => w.Trim(',', '.').ToLowerInvariant()).ToList();
            var opening = source[last + 1].TrimStart('"', '\u201c', '\'', '\u2018');
            return stop.EndsWith(',') && opening.Length > 0 && char.IsUpper(opening[0]) && !rest.Any(w => w is "said" or "says" or "told" or "reported" or "according");
        }

        if (stop.EndsWith('.') || stop.EndsWith('!') || stop.EndsWith('?') || stop.EndsWith('\u2014'))
        {
            return false;
        }

        if (next is "and" or "or" && last + 2 < source.Count && IsVerbLike(source[last + 2]) && !lastWord.EndsWith("ing", StringComparison.Ordinal))
        {
            return false; // a second verb joined to a whole clause ("evacuated two hospitals [and closed the station]")
        }

        if (lastWord.Length > 5 && lastWord.EndsWith("ing", StringComparison.Ordinal) && !IngNouns.Contains(lastWord))
        {
            return true; // a participle cut from what it takes ("an area stretching [about 250 kilometers]")
        }

        if (Auxiliaries.Contains(next) || (IsVerbLike(source[last + 1]) && lastWord.EndsWith("ly", StringComparison.Ordinal)))
        {
            return true; // the subject cut from its verb ("Repatriations of Americans stranded abroad [have been]"), an adverb from its verb
        }

        if (words.Count > 1 && words[^2].ToLowerInvariant() is "could" or "would" or "can" or "may" or "might" or "must" or "should" or "to")
        {
            return true; // a bare verb that needs what follows ("New Zealand could remain [in alert levels 2 and 3]", "cease-fire to coincide [with]")
        }

        if (source.Skip(last + 1).TakeWhile(w => !ClauseWords.Contains(w.ToLowerInvariant())).TakeWhile((w, i) => i == 0 || !source[last + i].EndsWith(','))
            .Any(w => Auxiliaries.Contains(w.ToLowerInvariant()) && w != "be" && w != "been"))
        {
            return true; // the clause's verb comes after the cut: what was kept is its subject ("Repatriations of Americans stranded abroad [from the coronavirus have topped]")
        }

        if (IsVerbLike(words[^1]) && next is "this" or "these" or "those" or "the" or "a" or "an" or "his" or "her" or "their" or "its")
        {
            return true; // a verb cut from its object or clause ("Trump hoped [this would be the week]")
        }

        return PhraseGoesOn.Contains(next) || (TimeMeasures.Contains(lastWord) && Clauses.AdjunctOpeners.Concat(["later", "earlier", "ago"]).Contains(next));
    }

    /// <summary>Headline style: passive and perfect auxiliaries dropped ("were injured" -> "injured"), "will" -> "to".</summary>
    private static List<(string Word, int At)> Headlinese(List<(string Word, int At)> words)
    {
        var result = new List<(string Word, int At)>();
        for (var i = 0; i < words.Count; i++)
        {
            var rest = string.Join(' ', words.Skip(i).Take(3).Select(w => w.Word));
            var aux = Auxiliary().Match(rest);
            if (aux.Success && i > 0 && i + 1 < words.Count)
            {
                var skip = aux.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                if (i + skip < words.Count && IsParticiple(words[i + skip].Word))
                {
                    i += skip - 1;
                    continue;
                }
            }

            if (words[i].Word == "will" && i > 0 && i + 1 < words.Count && words[i + 1].Word != "be")
            {
                result.Add(("to", words[i].At));
                continue;
            }

            result.Add(words[i]);
        }

        return result;
    }

    private static bool IsParticiple(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || IrregularVerbs.Contains(word) || word.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>A clause cut after a participle that opened a phrase ("...in a routine sample taken"): the participle goes too.</summary>
    /// <remarks>Not the clause's own verb after its auxiliary ("people have now died", "was then fed": the subhead would stop on "now").</remarks>
    private static bool IsParticipleTail(List<string> words) =>
        words.Count > MinWords && words[^1] is var last && (IrregularVerbs.Contains(last) || last.EndsWith("ed", StringComparison.Ordinal))
        && !words.Take(words.Count - 1).Skip(1).All(w => char.IsUpper(w[0]) || !IsVerbLike(w))
        && !AfterAuxiliary(words);

    private static bool AfterAuxiliary(List<string> words)
    {
        var i = words.Count - 2;
        while (i > 0 && MidAdverbs.Contains(words[i].ToLowerInvariant()))
        {
            i--;
        }

        return i >= 0 && i < words.Count - 2 && Auxiliaries.Contains(words[i].ToLowerInvariant());
    }

    /// <summary>A verb after the first word, not one used as an adjective after a determiner or preposition ("number of confirmed cases").</summary>
    /// <summary>
    /// Whether a word after the first is the clause's verb; a word inside quotation marks is someone's description, not the
    /// clause's verb (real feeds: "51-year-old 'dedicated and loving' nurse Onyenachi Obasi" was a subhead cut before "died").
    /// </summary>
    private static bool HasVerb(List<string> words)
    {
        var quoted = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            quoted |= word.Length > 1 && word[0] is '"' or '\'' or '\u201c' or '\u2018';
            if (i > 0 && !quoted && IsVerbLike(word) && !Attributive.Contains(words[i - 1].ToLowerInvariant()))
            {
                return true;
            }

            var end = word.TrimEnd(',', '.', ';', ':', '!', '?');
            quoted &= !(end.Length > 1 && end[^1] is '"' or '\'' or '\u201d' or '\u2019');
        }

        return false;
    }

    /// <summary>Words after which a participle is an adjective, not the verb of a clause.</summary>
    private static readonly FrozenSet<string> Attributive = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "of", "for", "with", "by", "in", "on", "at", "from", "its", "their", "his", "her", "newly", "recently", "all", "more", "most"],
        StringComparer.Ordinal);

    private static bool IsVerbLike(string word)
    {
        var lower = word.ToLowerInvariant();
        return Auxiliaries.Contains(lower) || lower == "to" || IrregularVerbs.Contains(lower) || (lower.EndsWith("ed", StringComparison.Ordinal) && lower.Length > 4 && !char.IsUpper(word[0]) && !lower.Contains('-'));
    }
}
