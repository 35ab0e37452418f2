namespace Newsdesk.Writing.Text;

/// <summary>
/// Word tokens as the writer compares them: lowercase runs of letters and digits; content
/// terms are those tokens minus English function words, Porter-stemmed.
/// </summary>
internal static class Tokens
{
    /// <summary>Lowercase alphanumeric tokens, in order.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    /// <summary>Stemmed content terms: function words dropped, one-letter tokens dropped.</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        foreach (var word in Words(text))
        {
            if (word.Length > 1 && !WriterStopWords.Words.Contains(word))
            {
                terms.Add(PorterStemmer.Stem(word));
            }
        }

        return terms;
    }

    /// <summary>Number of whitespace-separated words, as a reader counts them.</summary>
    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
