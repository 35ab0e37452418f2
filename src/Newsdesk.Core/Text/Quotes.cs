using System.Text;

namespace Newsdesk.Text;

/// <summary>
/// Quotations: the text between double quotes ("...", “...”, „...“, «...», »...«), and the normal form in which a
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
        var open = Scan(sentence, (from, to) => Add(sentence[from..to], found));

        // A quotation that runs past the end of the sentence ("He said: “We will rebuild.") is still checked.
        if (open >= 0)
        {
            Add(sentence[(open + 1)..], found);
        }

        return found;
    }

    /// <summary>
    /// Reads the quotations of <paramref name="text"/> in order, each mark with the one that closes it:
    /// "...", “...”, German „...“ and »...«, French «...»; a straight and a curly double mark close each
    /// other, as scraped text mixes them ("“We will rebuild," he said"); a guillemet inside a quotation
    /// in double marks is part of it. Calls <paramref name="quoted"/> with each quotation's span, inside its marks.
    /// </summary>
    /// <returns>Where a quotation opened and was not closed, or -1.</returns>
    private static int Scan(string text, Action<int, int> quoted)
    {
        var open = -1;
        var closers = "";
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open < 0)
            {
                closers = c switch
                {
                    '"' => "\"\u201d",
                    '\u201c' => "\u201d\"",
                    '\u201e' => "\u201c\u201d\"",
                    '\u00ab' => "\u00bb",
                    '\u00bb' => "\u00ab",
                    _ => "",
                };
                open = closers.Length > 0 ? i : -1;
            }
            else if (closers.Contains(c, StringComparison.Ordinal))
            {
                quoted(open + 1, i);
                open = -1;
            }
        }

        return open;
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

    /// <summary>The text with each quotation mark read as a comma (a clause mark, as the tokenizer reads a quotation mark).</summary>
    public static string WithoutMarks(string text) =>
        text.Replace('"', ',').Replace('\u201c', ',').Replace('\u201d', ',').Replace('\u201e', ',').Replace('\u00ab', ',').Replace('\u00bb', ',');

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

    /// <summary>Whether a quotation is left open after sentences <paramref name="from"/> to <paramref name="to"/> (<see cref="Scan"/>).</summary>
    private static bool Opens(IReadOnlyList<string> sentences, int from, int to) =>
        Scan(string.Join(' ', sentences.Skip(from).Take(to - from + 1)), (_, _) => { }) >= 0;
}
