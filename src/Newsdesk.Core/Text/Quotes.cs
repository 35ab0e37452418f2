using System.Text;

namespace Newsdesk.Text;

/// <summary>
/// Quotations: the text between double quotes ("..." or “...”), and the normal form in which a
/// quotation is compared (lowercase letters and digits, single spaces), so that punctuation and
/// spacing never decide whether a quote is verbatim.
/// </summary>
public static class Quotes
{
    /// <summary>
    /// A quoted span shorter than this many words is not checked. Every quotation is (a scare
    /// quote too: "a 'deep love'" must be the source's words); it was 3, and a two-word quotation
    /// with one word changed passed (issue #16).
    /// </summary>
    public const int MinWords = 1;

    /// <summary>The quotations of a sentence, in normal form.</summary>
    public static IReadOnlyList<string> Find(string sentence)
    {
        var found = new List<string>();
        var open = -1;
        for (var i = 0; i < sentence.Length; i++)
        {
            var c = sentence[i];
            var isStraight = c == '"';
            if (open < 0 && (c == '“' || isStraight))
            {
                open = i;
            }
            else if (open >= 0 && (c == '”' || isStraight))
            {
                Add(sentence[(open + 1)..i], found);
                open = -1;
            }
        }

        // A quotation that runs past the end of the sentence ("He said: “We will rebuild.") is still checked.
        if (open >= 0)
        {
            Add(sentence[(open + 1)..], found);
        }

        return found;
    }

    private static void Add(string quoted, List<string> found)
    {
        var normal = Normalize(quoted);
        if (normal.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWords)
        {
            found.Add(normal);
        }
    }

    /// <summary>Lowercase letters and digits separated by single spaces; apostrophes dropped ("don't" -> "dont").</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c is not ('\'' or '’'))
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Most sentences of one quotation that <see cref="Whole"/> joins.</summary>
    public const int MaxJoinedSentences = 3;

    /// <summary>
    /// Sentences with a quotation that runs over several of them ("“This is not about crime. This is
    /// about values. Take your gang conflict away,” Banks said.") joined into one text, so the
    /// quotation is checked whole and with its speaker; at most <see cref="MaxJoinedSentences"/>, and
    /// only where the quotation closes. Every other sentence stands alone.
    /// </summary>
    public static IReadOnlyList<string> Whole(IReadOnlyList<string> sentences)
    {
        var whole = new List<string>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var end = i;
            while (Opens(sentences, i, end) && end + 1 < sentences.Count && end - i + 1 < MaxJoinedSentences)
            {
                end++;
            }

            if (end > i && !Opens(sentences, i, end))
            {
                whole.Add(string.Join(' ', sentences.Skip(i).Take(end - i + 1)));
                i = end;
            }
            else
            {
                whole.Add(sentences[i]);
            }
        }

        return whole;
    }

    /// <summary>Whether a quotation is left open after sentences <paramref name="from"/> to <paramref name="to"/>: an odd count of straight marks, or more opening curly marks than closing ones.</summary>
    private static bool Opens(IReadOnlyList<string> sentences, int from, int to)
    {
        var straight = 0;
        var curly = 0;
        for (var i = from; i <= to; i++)
        {
            foreach (var c in sentences[i])
            {
                (straight, curly) = c switch
                {
                    '"' => (straight + 1, curly),
                    '\u201c' => (straight, curly + 1),
                    '\u201d' => (straight, curly - 1),
                    _ => (straight, curly),
                };
            }
        }

        return straight % 2 == 1 || curly > 0;
    }
}
