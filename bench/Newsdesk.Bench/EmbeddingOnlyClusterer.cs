namespace Newsdesk.Bench;

/// <summary>
/// The embedding as the join signal alone (issue #14 item 3, variant c): one pass, each article
/// compared with every open cluster's mean embedding, joining the best at or above a threshold. A
/// cluster takes articles for <paramref name="span"/> after its first (the span of StoryClusterer),
/// so it is held to the same event bound; no names, no words, no time decay. Deterministic: ties
/// break on the older cluster.
/// </summary>
internal sealed class EmbeddingOnlyClusterer(double threshold, TimeSpan span)
{
    private readonly List<(float[] Sum, DateTimeOffset First, int Id)> _open = [];
    private DateTimeOffset _now = DateTimeOffset.MinValue;
    private int _next;

    public int Add(float[] embedding, DateTimeOffset? published)
    {
        if (published is { } at && at > _now)
        {
            _now = at;
        }

        _open.RemoveAll(c => _now - c.First > span);
        var (best, bestScore) = (-1, double.MinValue);
        for (var i = 0; i < _open.Count; i++)
        {
            var score = Cosine(embedding, _open[i].Sum);
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        if (best >= 0 && bestScore >= threshold)
        {
            var sum = _open[best].Sum;
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += embedding[i];
            }

            return _open[best].Id;
        }

        _open.Add(((float[])embedding.Clone(), _now, ++_next));
        return _next;
    }

    /// <summary>Cosine of two vectors of the same length; 0 when either is all zeros.</summary>
    public static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
