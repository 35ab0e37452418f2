namespace Newsdesk.Stories;

/// <summary>A sum of unit term vectors with its norm, compared by cosine.</summary>
internal sealed class TermCentroid
{
    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
    private double _normSquared;

    public IReadOnlyDictionary<string, double> Weights => _weights;

    public bool IsEmpty => _normSquared <= 0;

    public double Norm => Math.Sqrt(_normSquared);

    public void Add(TermVector v)
    {
        foreach (var (term, weight) in v.Terms)
        {
            var old = _weights.GetValueOrDefault(term);
            _weights[term] = old + weight;
            _normSquared += (2 * old * weight) + (weight * weight);
        }
    }

    /// <summary>Cosine with a unit vector.</summary>
    public double Cosine(TermVector v)
    {
        if (IsEmpty || v.IsEmpty)
        {
            return 0;
        }

        var dot = 0.0;
        foreach (var (term, weight) in v.Terms)
        {
            if (_weights.TryGetValue(term, out var c))
            {
                dot += weight * c;
            }
        }

        return dot / Norm;
    }

    /// <summary>Cosine with another centroid.</summary>
    public double Cosine(TermCentroid other)
    {
        if (IsEmpty || other.IsEmpty)
        {
            return 0;
        }

        var (small, large) = _weights.Count <= other._weights.Count ? (this, other) : (other, this);
        var dot = 0.0;
        foreach (var (term, weight) in small._weights)
        {
            if (large._weights.TryGetValue(term, out var c))
            {
                dot += weight * c;
            }
        }

        return dot / (Norm * other.Norm);
    }
}
