using Newsdesk.Articles;
using Newsdesk.Writing.Extractive;

namespace Newsdesk.Writing.Llm;

/// <summary>One numbered source sentence given to the model: "P12" from article "a3".</summary>
public sealed record Passage(string Id, string ArticleId, string Source, string Text);

/// <summary>
/// The passages of a story: its best sentences by centrality (the extractive writer's scores,
/// off-topic and other-language articles left out), as many as fit the token budget, numbered in
/// reading order (article by article).
/// </summary>
internal static class Passages
{
    /// <summary>Estimated tokens per character of English text (about four characters a token).</summary>
    internal const double TokensPerChar = 0.25;

    public static int EstimateTokens(string text) => (int)Math.Ceiling(text.Length * TokensPerChar);

    public static List<Passage> Choose(IReadOnlyList<Article> articles, int tokenBudget)
    {
        var corpus = StoryCorpus.Build(articles, new ExtractiveWriterOptions());
        var ranked = corpus.Sentences
            .Where(s => (s.Usable || s.Dependent) && !corpus.OffTopic.Contains(s.Article))
            .OrderByDescending(s => s.Score);
        var chosen = new List<SourceSentence>();
        var tokens = 0;
        foreach (var sentence in ranked)
        {
            var cost = EstimateTokens(sentence.Text) + 8;
            if (tokens + cost > tokenBudget)
            {
                break;
            }

            chosen.Add(sentence);
            tokens += cost;
        }

        return chosen.OrderBy(s => s.Article).ThenBy(s => s.Position)
            .Select((s, i) =>
            {
                var article = corpus.Articles[s.Article];
                return new Passage($"P{i + 1}", article.Id, article.Source.Length > 0 ? article.Source : article.Id, s.Text);
            })
            .ToList();
    }
}
