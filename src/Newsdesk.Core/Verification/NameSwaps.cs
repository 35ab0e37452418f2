using Newsdesk.Text;

namespace Newsdesk.Verification;

/// <summary>
/// A name put in front of words the sentence copies from a source, where the source gives those
/// words to someone else: "kevin sinfield scored his first try of the season" where the article has
/// "joel moon scored his first try of the season", "mario draghi yelled `end the ecb dictatorship!'"
/// where "josephine witt - yelled" it. An editor who finds a quoted deed under another name reads
/// the sentence as giving it to the wrong person. The check asks for a long copy
/// (<see cref="MinCopiedWords"/> words, <see cref="MinCopiedContentWords"/> of them no stop word),
/// for every place the sources write it to stand after another name, and for none of those source
/// sentences to name the sentence's person at all: a list ("dan poulter, tom brake and gavin shuker
/// imposed cuts") and a pronoun ("he bought it because ...") leave the sentence alone, and so do a
/// description after an article ("the frenchman") and a name's derived form ("romania"/"romanian").
/// Names are capitalised words; in sources written without capitals (<see cref="PreparedSources.Caseless"/>)
/// they are words that are no common word (<see cref="CommonWords"/>).
/// </summary>
internal static class NameSwaps
{
    /// <summary>Fewest words of the sentence, right after the name, that a source must write in the same order.</summary>
    public const int MinCopiedWords = 4;

    /// <summary>Fewest of those copied words that are no stop word.</summary>
    public const int MinCopiedContentWords = 2;

    /// <summary>Most words of a name run read before the copied words (a first name, a surname, a title word).</summary>
    public const int MaxNameWords = 3;

    /// <summary>The sentence's name and the source's other name ("kevin sinfield/joel moon") when the sentence gives another's words to its name, else null.</summary>
    public static string? Find(AnalyzedSentence sentence, IReadOnlyList<SourceArticle> cited, PreparedSources sources)
    {
        var common = sources.CommonWords;
        if (sentence.TitleCase || (sources.Caseless && common is null) || (sources.Language is not null && sources.Language != Languages.Default))
        {
            return null;
        }

        bool IsName(AnalyzedSentence s, int i) => sources.Caseless
            ? IsCaselessName(s.Sequence[i], common!)
            : i < s.NameAt.Count && s.NameAt[i];

        var tokens = sentence.Sequence;
        for (var p = 1; p + MinCopiedWords <= tokens.Count; p++)
        {
            if (sentence.BreakBefore(p) || !IsName(sentence, p - 1))
            {
                continue;
            }

            var ours = NameRun(sentence, p, IsName, breakAtEnd: false);
            if (ours.Count == 0 || Described(sentence, p, ours.Count))
            {
                continue;
            }

            var occurrences = LongestCopy(tokens, p, cited);
            if (occurrences.Count == 0)
            {
                continue;
            }

            string? other = null;
            var givenToOthers = true;
            foreach (var (source, q) in occurrences)
            {
                var theirs = NameRun(source, q, IsName, breakAtEnd: true);
                if (theirs.Count == 0 || SameName(theirs, ours) || ours.Any(source.Sequence.Contains))
                {
                    givenToOthers = false;
                    break;
                }

                other ??= string.Join(' ', theirs);
            }

            if (givenToOthers && other is not null)
            {
                return $"{string.Join(' ', ours)}/{other}";
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a word run right before the copied words is a description, not a name: it follows an
    /// article ("the frenchman has made 23 appearances" for "coquelin has made"), and a description may
    /// stand for any name the sources give.
    /// </summary>
    private static bool Described(AnalyzedSentence sentence, int end, int words)
    {
        var before = end - words - 1;
        return before >= 0 && sentence.Sequence[before] is "the" or "a" or "an";
    }

    /// <summary>
    /// Whether two name runs share a word, or a word and its derived form ("romania" and "romanian",
    /// "india" and "indian"): the same person or country, written otherwise.
    /// </summary>
    private static bool SameName(IEnumerable<string> a, IReadOnlyCollection<string> b) =>
        a.Any(x => b.Any(y => x == y || (Math.Min(x.Length, y.Length) >= MinSharedStem && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal)))));

    /// <summary>Shortest word that may stand for a longer one it begins ("india" in "indian").</summary>
    private const int MinSharedStem = 4;

    /// <summary>
    /// A word written without capitals that reads as a name: no stop word, letters only, and no common
    /// English word, or a word the dictionary writes only capitalised ("london").
    /// </summary>
    private static bool IsCaselessName(string key, CommonWords common) =>
        key.Length >= 2 && key.All(char.IsLetter) && !StopWords.Contains(key) && !DateMentions.IsDateWord(new Token(key, key, TokenKind.Word, 1))
        && (common.IsProperOnly(key) || !common.Contains(key));

    /// <summary>
    /// The words of the name run that ends right before token <paramref name="end"/>: up to
    /// <see cref="MaxNameWords"/> words back, no stop word and no clause mark inside, holding at least one
    /// name; empty when there is none. A clause mark right before <paramref name="end"/> is allowed
    /// when <paramref name="breakAtEnd"/> ("josephine witt - yelled").
    /// </summary>
    private static List<string> NameRun(AnalyzedSentence sentence, int end, Func<AnalyzedSentence, int, bool> isName, bool breakAtEnd)
    {
        var words = new List<string>();
        if (!breakAtEnd && sentence.BreakBefore(end))
        {
            return words;
        }

        var named = false;
        for (var i = end - 1; i >= 0 && i >= end - MaxNameWords; i--)
        {
            var key = sentence.Sequence[i];
            if (StopWords.Contains(key) || !key.Any(char.IsLetter))
            {
                break;
            }

            words.Insert(0, key);
            named |= isName(sentence, i);
            if (sentence.BreakBefore(i))
            {
                break;
            }
        }

        return named ? words : [];
    }

    /// <summary>
    /// Where the cited sources write the longest run of the sentence's words from <paramref name="start"/>
    /// on, when it is at least <see cref="MinCopiedWords"/> words with <see cref="MinCopiedContentWords"/>
    /// content words: each source sentence and the index the run starts at there.
    /// </summary>
    private static List<(AnalyzedSentence Source, int Start)> LongestCopy(IReadOnlyList<string> tokens, int start, IReadOnlyList<SourceArticle> cited)
    {
        var best = new List<(AnalyzedSentence, int)>();
        var bestLength = MinCopiedWords - 1;
        foreach (var source in cited.SelectMany(a => a.Sentences))
        {
            var theirs = source.Sequence;
            for (var q = 0; q < theirs.Count; q++)
            {
                if (theirs[q] != tokens[start])
                {
                    continue;
                }

                var length = 1;
                while (start + length < tokens.Count && q + length < theirs.Count && theirs[q + length] == tokens[start + length])
                {
                    length++;
                }

                if (length < bestLength || ContentWords(tokens, start, length) < MinCopiedContentWords)
                {
                    continue;
                }

                if (length > bestLength)
                {
                    best.Clear();
                    bestLength = length;
                }

                best.Add((source, q));
            }
        }

        return best;
    }

    private static int ContentWords(IReadOnlyList<string> tokens, int start, int length)
    {
        var count = 0;
        for (var i = start; i < start + length; i++)
        {
            count += StopWords.Contains(tokens[i]) || !tokens[i].Any(char.IsLetter) ? 0 : 1;
        }

        return count;
    }
}
