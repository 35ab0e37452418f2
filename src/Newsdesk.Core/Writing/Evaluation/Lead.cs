using Splitter = Newsdesk.Text.Sentences;
using Newsdesk.Articles;
using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Evaluation;

/// <summary>The lead baselines: the first sentences of the cluster's articles concatenated in input order.</summary>
public static class Lead
{
    /// <summary>Lead-3: the first three sentences of the concatenated cluster.</summary>
    public static string FirstSentences(IReadOnlyList<Article> articles, int count) =>
        string.Join(' ', articles.SelectMany(a => Splitter.Split(a.Text)).Take(count));

    /// <summary>Lead-to-budget: first sentences of the concatenated cluster until the word budget is reached.</summary>
    public static string FirstWords(IReadOnlyList<Article> articles, int words)
    {
        var taken = new List<string>();
        var count = 0;
        foreach (var sentence in articles.SelectMany(a => Splitter.Split(a.Text)))
        {
            if (count >= words)
            {
                break;
            }

            taken.Add(sentence);
            count += Tokens.CountWords(sentence);
        }

        return string.Join(' ', taken);
    }
}
