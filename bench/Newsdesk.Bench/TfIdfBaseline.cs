using Newsdesk.Articles;

namespace Newsdesk.Bench;

/// <summary>
/// The reference point design.md names: plain one-pass TF-IDF cosine clustering. Lower-cased
/// words of title and text, IDF learned online, each article compared with every open cluster's
/// centroid (no index, no entities, no time decay), joining the best above a threshold. With a
/// window, a cluster whose last article is older than the window is closed (issue #14 measured
/// it with a 3-day window); without one every cluster stays open.
/// </summary>
internal sealed class TfIdfBaseline(double threshold, TimeSpan? window = null)
{
    private readonly Dictionary<string, int> _df = new(StringComparer.Ordinal);
    private readonly List<Dictionary<string, double>> _centroids = [];
    private readonly List<double> _norms = [];
    private readonly List<DateTimeOffset> _last = [];
    private DateTimeOffset _now = DateTimeOffset.MinValue;
    private int _docs;

    public int Add(Article article)
    {
        var tf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in Words(article.Title + " " + article.Text))
        {
            tf[word] = tf.GetValueOrDefault(word) + 1;
        }

        var v = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (w, n) in tf)
        {
            v[w] = n * (Math.Log((_docs + 1.0) / (_df.GetValueOrDefault(w) + 1)) + 1);
        }

        foreach (var w in tf.Keys)
        {
            _df[w] = _df.GetValueOrDefault(w) + 1;
        }

        _docs++;
        var norm = Math.Sqrt(v.Values.Sum(x => x * x));
        if (norm > 0)
        {
            foreach (var w in v.Keys.ToArray())
            {
                v[w] /= norm;
            }
        }

        var at = article.Published ?? _now;
        if (at > _now)
        {
            _now = at;
        }

        var best = -1;
        var bestScore = 0.0;
        for (var c = 0; c < _centroids.Count; c++)
        {
            if (window is { } w && _last[c] < _now - w)
            {
                continue;
            }

            var dot = 0.0;
            foreach (var (term, x) in v)
            {
                if (_centroids[c].TryGetValue(term, out var y))
                {
                    dot += x * y;
                }
            }

            var score = _norms[c] > 0 ? dot / _norms[c] : 0;
            if (score > bestScore)
            {
                (best, bestScore) = (c, score);
            }
        }

        if (best < 0 || bestScore < threshold)
        {
            _centroids.Add([]);
            _norms.Add(0);
            _last.Add(at);
            best = _centroids.Count - 1;
        }

        var centroid = _centroids[best];
        foreach (var (w, x) in v)
        {
            centroid[w] = centroid.GetValueOrDefault(w) + x;
        }

        _norms[best] = Math.Sqrt(centroid.Values.Sum(x => x * x));
        if (at > _last[best])
        {
            _last[best] = at;
        }

        return best;
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
