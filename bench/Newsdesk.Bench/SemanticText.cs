using Newsdesk.Articles;
using Newsdesk.Text;

namespace Newsdesk.Bench;

/// <summary>
/// The short text of an article that a sentence-embedding model reads in bench/cluster --semantic
/// (docs/stories.md, "A semantic signal"): the title, then the first sentences of the text until <see cref="LedeWords"/> words,
/// all cut at <see cref="MaxWords"/>. Small models are trained on sentences and short passages, and
/// the lede says what happened; the rest of an article adds little but cost.
/// </summary>
internal static class SemanticText
{
    /// <summary>Words of the text's first sentences taken after the title (whole sentences, the last one may pass it).</summary>
    public const int LedeWords = 40;

    /// <summary>Words of the whole text at most (about 100 word pieces, under the model's 128 of training).</summary>
    public const int MaxWords = 72;

    /// <summary>Characters of the text split into sentences at most (the lede is in them).</summary>
    public const int SampleChars = 1_500;

    public static string Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var words = new List<string>(MaxWords);
        Take(article.Title ?? "", words, MaxWords);
        var text = article.Text ?? "";
        var lede = 0;
        foreach (var sentence in Sentences.Split(text.Length > SampleChars ? text[..SampleChars] : text))
        {
            if (lede >= LedeWords || words.Count >= MaxWords)
            {
                break;
            }

            var before = words.Count;
            Take(sentence, words, MaxWords);
            lede += words.Count - before;
        }

        return string.Join(' ', words);
    }

    private static void Take(string text, List<string> words, int max)
    {
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Count >= max)
            {
                return;
            }

            words.Add(word);
        }
    }
}
