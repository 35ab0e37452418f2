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
}
