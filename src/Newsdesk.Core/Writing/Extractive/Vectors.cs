namespace Newsdesk.Writing.Extractive;

/// <summary>Sparse term vectors: TF-IDF weighting, normalisation, cosine.</summary>
internal static class Vectors
{
    public static Dictionary<string, double> TfIdf(IReadOnlyList<string> terms, IReadOnlyDictionary<string, double> idf)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            vector[term] = vector.GetValueOrDefault(term) + idf.GetValueOrDefault(term, 1.0);
        }

        return Normalise(vector);
    }

    public static Dictionary<string, double> Normalise(Dictionary<string, double> vector)
    {
        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        if (norm > 0)
        {
            foreach (var key in vector.Keys.ToList())
            {
                vector[key] /= norm;
            }
        }

        return vector;
    }

    public static void AddTo(Dictionary<string, double> sum, IReadOnlyDictionary<string, double> vector, double weight = 1.0)
    {
        foreach (var (term, value) in vector)
        {
            sum[term] = sum.GetValueOrDefault(term) + (value * weight);
        }
    }

    public static double Cosine(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }

        var dot = 0.0;
        foreach (var (term, value) in a)
        {
            if (b.TryGetValue(term, out var other))
            {
                dot += value * other;
            }
        }

        return dot;
    }
}
