using System.Collections.Frozen;

namespace Newsdesk.Writing.Text;

/// <summary>
/// Splits article text into sentences: paragraphs at line breaks, then sentences at ., ! or ?
/// (with closing quotes or brackets) followed by a space and a capital, digit or quote, unless
/// the word before the stop is a known abbreviation or a single initial.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Abbreviations that end with a full stop but rarely end a sentence (news style).</summary>
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt",
        "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "det", "insp", "no", "nos", "vs", "v", "etc", "inc", "corp",
        "co", "ltd", "llc", "dept", "univ", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "ft", "mt", "ave", "blvd", "approx", "est", "fig",
    ], StringComparer.OrdinalIgnoreCase);

    public static List<string> Split(string text)
    {
        var sentences = new List<string>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length > 0)
            {
                SplitParagraph(line, sentences);
            }
        }

        return sentences;
    }

    private static void SplitParagraph(string paragraph, List<string> sentences)
    {
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraph.Length && paragraph[end] is '"' or '\'' or ')' or ']' or '\u201d' or '\u2019' or '.' or '!' or '?')
            {
                end++;
            }

            if (end >= paragraph.Length || !char.IsWhiteSpace(paragraph[end]))
            {
                continue;
            }

            var next = end;
            while (next < paragraph.Length && char.IsWhiteSpace(paragraph[next]))
            {
                next++;
            }

            if (next >= paragraph.Length)
            {
                break;
            }

            var c = paragraph[next];
            var startsSentence = char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201c' or '\'' or '(' or '\u2018';
            if (!startsSentence || (paragraph[i] == '.' && IsAbbreviation(paragraph, start, i)))
            {
                continue;
            }

            Add(paragraph[start..end], sentences);
            start = next;
            i = next - 1;
        }

        Add(paragraph[start..], sentences);
    }

    private static bool IsAbbreviation(string text, int from, int dot)
    {
        var wordStart = dot;
        while (wordStart > from && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '\u201c'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);
    }

    private static void Add(string sentence, List<string> sentences)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }
}
