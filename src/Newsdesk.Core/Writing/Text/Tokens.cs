using Newsdesk.Text;

namespace Newsdesk.Writing.Text;

/// <summary>
/// The writer's content terms and word counts. Words come from the shared <see cref="Tokenizer"/>
/// (lowercase runs of letters and digits); content terms are those words minus the writer's
/// function words, stemmed (Snowball English).
/// </summary>
internal static class Tokens
{
    /// <summary>Stemmed content terms: function words dropped, one-letter tokens dropped.</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        foreach (var word in Tokenizer.Words(text))
        {
            if (word.Length > 1 && !WriterStopWords.Words.Contains(word))
            {
                terms.Add(Stemmer.Stem(word));
            }
        }

        return terms;
    }

    /// <summary>Number of whitespace-separated words, as a reader counts them.</summary>
    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
