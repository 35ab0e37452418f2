namespace Newsdesk.Stories;

/// <summary>An article as a unit-length weighted bag of terms, strongest first, with a lookup.</summary>
internal sealed class TermVector
{
    public TermVector(KeyValuePair<string, double>[] terms)
    {
        Terms = terms;
        Lookup = new Dictionary<string, double>(terms.Length, StringComparer.Ordinal);
        foreach (var (term, weight) in terms)
        {
            Lookup[term] = weight;
        }
    }

    /// <summary>Terms by descending weight (ties by ordinal term), unit length.</summary>
    public KeyValuePair<string, double>[] Terms { get; }

    public Dictionary<string, double> Lookup { get; }

    public bool IsEmpty => Terms.Length == 0;

    /// <summary>Cosine of two unit vectors.</summary>
    public double Cosine(TermVector other)
    {
        var (small, large) = Terms.Length <= other.Terms.Length ? (this, other) : (other, this);
        var dot = 0.0;
        foreach (var (term, weight) in small.Terms)
        {
            if (large.Lookup.TryGetValue(term, out var w))
            {
                dot += weight * w;
            }
        }

        return dot;
    }

    /// <summary>Normalises raw weights, keeps the strongest <paramref name="maxTerms"/>, orders deterministically.</summary>
    public static TermVector From(Dictionary<string, double> raw, int maxTerms)
    {
        var terms = raw.Where(kv => kv.Value > 0).ToArray();
        Array.Sort(terms, static (a, b) =>
        {
            var byWeight = b.Value.CompareTo(a.Value);
            return byWeight != 0 ? byWeight : string.CompareOrdinal(a.Key, b.Key);
        });
        if (terms.Length > maxTerms)
        {
            terms = terms[..maxTerms];
        }

        var norm = Math.Sqrt(terms.Sum(kv => kv.Value * kv.Value));
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = new KeyValuePair<string, double>(terms[i].Key, terms[i].Value / norm);
        }

        return new TermVector(terms);
    }
}
