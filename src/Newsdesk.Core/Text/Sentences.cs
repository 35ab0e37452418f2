using System.Text;

namespace Newsdesk.Text;

/// <summary>
/// Splits prose into sentences. Handles the cases news copy is full of: abbreviations ("Mr.",
/// "U.S.", "Jan. 5", "Apple Inc."), decimals and times ("3.5", "5 p.m."), initials ("J. K.
/// Rowling"), closing quotes and brackets after the terminator, ellipses, and paragraphs or lines
/// without a final period (headings, bullets). Each language has its abbreviations
/// (<see cref="Abbreviations.For"/>: "z. B.", "am 19. November", "MM.", "janv."); the one splitter
/// of every stage. Pure and culture-invariant.
/// </summary>
public static class Sentences
{
    /// <summary>A sentence longer than this is cut at a space: a run-on text never yields one unbounded sentence.</summary>
    public const int MaxSentenceChars = 1200;

    /// <summary>The sentences of <paramref name="text"/>, trimmed, in order, none empty, read with English abbreviations.</summary>
    public static IReadOnlyList<string> Split(string? text) => Split(text, null);

    /// <summary>
    /// The sentences of <paramref name="text"/> written in <paramref name="language"/> (ISO 639-1;
    /// null, or a language without a table of its own, is read with English abbreviations).
    /// </summary>
    public static IReadOnlyList<string> Split(string? text, string? language)
    {
        var abbreviations = Abbreviations.For(language);
        var sentences = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return sentences;
        }

        foreach (var block in Blocks(text))
        {
            SplitBlock(block, sentences, abbreviations);
        }

        return sentences;
    }

    /// <summary>
    /// Paragraphs and lines. A blank line always ends a block; a single line break ends one too,
    /// unless the text merely wraps (the line ends mid-clause and the next starts in lowercase).
    /// </summary>
    private static IEnumerable<string> Blocks(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var current = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }

                continue;
            }

            if (current.Length > 0 && !IsWrapped(current, line))
            {
                yield return current.ToString();
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(line);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static bool IsWrapped(StringBuilder previous, string next)
    {
        var last = previous[^1];
        return (char.IsLower(last) || last is ',' or ';' or '-' or '(') && (char.IsLower(next[0]) || char.IsDigit(next[0]));
    }

    private static void SplitBlock(string block, List<string> sentences, Abbreviations abbreviations)
    {
        var start = 0;
        var i = 0;
        while (i < block.Length)
        {
            var c = block[i];
            if (!IsTerminator(c))
            {
                i++;
                continue;
            }

            // Swallow a run of terminators ("?!", "...") and the closing quotes or brackets after it.
            var end = i + 1;
            while (end < block.Length && (IsTerminator(block[end]) || IsCloser(block[end])))
            {
                end++;
            }

            if (end >= block.Length)
            {
                break;
            }

            if (!char.IsWhiteSpace(block[end]))
            {
                i = end;
                continue;
            }

            var next = end;
            while (next < block.Length && char.IsWhiteSpace(block[next]))
            {
                next++;
            }

            if (EndsSentence(block, start, i, end, next, abbreviations))
            {
                Add(block[start..end], sentences);
                start = next;
            }

            i = next;
        }

        if (start < block.Length)
        {
            Add(block[start..], sentences);
        }
    }

    /// <summary>
    /// Whether the terminator at <paramref name="at"/> (its run ending before <paramref name="end"/>)
    /// ends the sentence, given the text that starts at <paramref name="next"/>.
    /// </summary>
    private static bool EndsSentence(string block, int start, int at, int end, int next, Abbreviations abbreviations)
    {
        var nextWord = WordAt(block, next);
        var following = block[next];
        var startsLikeSentence = char.IsUpper(following) || char.IsDigit(following) || IsOpener(following);
        if (!startsLikeSentence)
        {
            return false;
        }

        // Only a plain single period can belong to an abbreviation; "?", "!" and "..." followed by a capital end the sentence.
        if (block[at] != '.' || (end - at > 1 && block[at + 1] == '.'))
        {
            return true;
        }

        var word = WordBefore(block, start, at);
        if (abbreviations.DayOrdinals && IsDayOrdinal(block, start, word, at))
        {
            return false;
        }

        if (word.Length == 0 || word.All(ch => char.IsDigit(ch) || ch == '.'))
        {
            return true;
        }

        if (abbreviations.NeverFinal.Contains(word))
        {
            return false;
        }

        if (abbreviations.Months.Contains(word))
        {
            return !char.IsDigit(following);
        }

        // Initials and dotted abbreviations: "J." never ends a sentence; "U.S.", "a.m.", "Inc." end one
        // only when a typical sentence opener follows ("... in the U.S. The president said").
        // A capital closing a longer token ("SG&A.", "AT&T.", "R&D-A.") is no initial: it ends the
        // sentence like "U.S." does, before a typical opener ("... improved adjusted SG&A. The company").
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            var glued = at - 2 >= start && block[at - 2] is '&' or '/' or '-';
            return glued && abbreviations.SentenceStarters.Contains(nextWord);
        }

        if (word.Contains('.') || abbreviations.MaybeFinal.Contains(word))
        {
            return abbreviations.SentenceStarters.Contains(nextWord);
        }

        return true;
    }

    /// <summary>
    /// A German day or rank number ("am 19. November", "der 2. Weltkrieg"): at most
    /// <see cref="Abbreviations.MaxOrdinalDigits"/> digits standing alone, not the end of a decimal
    /// ("6,40.") or of a dotted number ("12.000."). A short number that really ends a German sentence
    /// ("stieg auf 12. Dann") is rarer in news copy than the ordinals, and stays joined.
    /// </summary>
    private static bool IsDayOrdinal(string block, int start, string word, int at) =>
        word.Length is > 0 and <= Abbreviations.MaxOrdinalDigits && word.All(char.IsAsciiDigit)
        && (at - word.Length == start || block[at - word.Length - 1] is not (',' or '.'));

    /// <summary>The word before the period at <paramref name="at"/>, with inner periods kept ("U.S" for "U.S.").</summary>
    private static string WordBefore(string block, int start, int at)
    {
        var from = at;
        while (from > start && (char.IsLetterOrDigit(block[from - 1]) || block[from - 1] == '.'))
        {
            from--;
        }

        return block[from..at];
    }

    private static string WordAt(string block, int at)
    {
        while (at < block.Length && IsOpener(block[at]))
        {
            at++;
        }

        var to = at;
        while (to < block.Length && char.IsLetter(block[to]))
        {
            to++;
        }

        return block[at..to];
    }

    private static void Add(string sentence, List<string> sentences)
    {
        sentence = sentence.Trim();
        while (sentence.Length > MaxSentenceChars)
        {
            var cut = sentence.LastIndexOf(' ', MaxSentenceChars);
            if (cut <= 0)
            {
                cut = MaxSentenceChars;
            }

            sentences.Add(sentence[..cut].Trim());
            sentence = sentence[cut..].Trim();
        }

        if (sentence.Length > 0)
        {
            sentences.Add(sentence);
        }
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«';
}
