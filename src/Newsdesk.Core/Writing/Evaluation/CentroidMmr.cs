using Splitter = Newsdesk.Text.Sentences;
using Newsdesk.Articles;
using Newsdesk.Writing.Extractive;
using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Evaluation;

/// <summary>
/// The plain centroid+MMR baseline of the writing bench (Radev et al. 2004 centroid scoring,
/// Carbonell and Goldstein 1998 MMR): every sentence of every article (no filters, no position
/// bonus, no off-topic rule), TF-IDF over the cluster's sentences, a sentence's score is its cosine
/// with the centroid of all of them; MMR takes sentences until the word budget is reached. It is a
/// peer to measure the writer against, not part of it.
/// </summary>
public static class CentroidMmr
{
    /// <summary>Weight of centrality against redundancy (the textbook 0.7).</summary>
    public const double Lambda = 0.7;

    /// <summary>Sentences shorter than this are headings or fragments and are skipped (the usual minimum).</summary>
    public const int MinWords = 5;

    /// <summary>Best-scored sentences MMR looks at; bounds the quadratic step.</summary>
    public const int Pool = 400;

    /// <summary>The selection, in the order chosen, until <paramref name="words"/> words are reached.</summary>
    public static string Select(IReadOnlyList<Article> articles, int words)
    {
        var sentences = articles.SelectMany(a => Splitter.Split(a.Text))
            .Where(s => Tokens.CountWords(s) >= MinWords).ToList();
        var terms = sentences.Select(Tokens.Terms).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in terms)
        {
            foreach (var term in t.Distinct(StringComparer.Ordinal))
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }

        var idf = df.ToDictionary(kv => kv.Key, kv => Math.Log((1.0 + sentences.Count) / (1.0 + kv.Value)) + 1.0, StringComparer.Ordinal);
        var vectors = terms.Select(t => Vectors.TfIdf(t, idf)).ToList();
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var v in vectors)
        {
            Vectors.AddTo(centroid, v);
        }

        Vectors.Normalise(centroid);
        var pool = Enumerable.Range(0, sentences.Count).OrderByDescending(i => Vectors.Cosine(vectors[i], centroid)).Take(Pool).ToList();
        var chosen = new List<int>();
        var count = 0;
        while (count < words && pool.Count > 0)
        {
            var best = pool.MaxBy(i => (Lambda * Vectors.Cosine(vectors[i], centroid))
                - ((1 - Lambda) * (chosen.Count == 0 ? 0 : chosen.Max(j => Vectors.Cosine(vectors[i], vectors[j])))));
            pool.Remove(best);
            chosen.Add(best);
            count += Tokens.CountWords(sentences[best]);
        }

        return string.Join(' ', chosen.Select(i => sentences[i]));
    }
}
