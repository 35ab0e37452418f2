using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Extractive;

/// <summary>
/// Which articles support a sentence: one of the article's sentences holds at least
/// <see cref="MinTermOverlap"/> of the sentence's content terms, and the article's text holds
/// every name and every number of the sentence. A sentence cites all the articles that support it.
/// </summary>
internal static class Support
{
    /// <summary>Share of the sentence's content terms one sentence of the article must hold.</summary>
    internal const double MinTermOverlap = 0.6;

    public static bool Supports(ArticleEvidence article, IReadOnlyList<string> terms, IReadOnlyList<string> names, IReadOnlyList<string> numbers)
    {
        if (!names.All(article.Words.Contains) || !numbers.All(article.Numbers.Contains))
        {
            return false;
        }

        var distinct = terms.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return true;
        }

        var needed = (int)Math.Ceiling(distinct.Count * MinTermOverlap);
        foreach (var sentence in article.SentenceTerms)
        {
            var held = 0;
            foreach (var term in distinct)
            {
                if (sentence.Contains(term) && ++held >= needed)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The ids of the articles that support a text, in article order.</summary>
    public static List<string> Cites(string text, StoryCorpus corpus, int? origin = null)
    {
        var terms = Tokens.Terms(text);
        var names = SentenceFeatures.Names(text);
        var numbers = SentenceFeatures.Numbers(text);
        var cites = new List<string>();
        for (var i = 0; i < corpus.Articles.Count; i++)
        {
            if (i == origin || Supports(corpus.Evidence[i], terms, names, numbers))
            {
                cites.Add(corpus.Articles[i].Id);
            }
        }

        return cites;
    }
}
