namespace Newsdesk.Stories;

/// <summary>An open story: its centroid (sum of its articles' unit vectors), recent members and times.</summary>
internal sealed class StoryState(string id, int ordinal, DateTimeOffset at)
{
    /// <summary>Terms kept in a centroid; beyond twice this the weakest are pruned.</summary>
    public const int MaxCentroidTerms = 400;

    /// <summary>Recent article vectors kept for nearest-member similarity.</summary>
    public const int MaxRecentMembers = 6;

    /// <summary>Terms under which one story is indexed at most.</summary>
    public const int MaxIndexedTerms = 200;

    public string Id { get; } = id;

    /// <summary>Creation order; ties between stories break on it, so results are deterministic.</summary>
    public int Ordinal { get; } = ordinal;

    public DateTimeOffset FirstSeen { get; } = at;

    public DateTimeOffset LastSeen { get; private set; } = at;

    public int Articles { get; private set; }

    public Dictionary<string, double> Centroid { get; } = new(StringComparer.Ordinal);

    public double CentroidNormSquared { get; private set; }

    public List<TermVector> Recent { get; } = new(MaxRecentMembers);

    public HashSet<string> IndexedTerms { get; } = new(StringComparer.Ordinal);

    public double CentroidNorm => Math.Sqrt(CentroidNormSquared);

    /// <summary>Cosine between an article and this story's centroid.</summary>
    public double CentroidCosine(TermVector v)
    {
        if (CentroidNormSquared <= 0)
        {
            return 0;
        }

        var dot = 0.0;
        foreach (var (term, weight) in v.Terms)
        {
            if (Centroid.TryGetValue(term, out var c))
            {
                dot += weight * c;
            }
        }

        return dot / CentroidNorm;
    }

    /// <summary>Best cosine between an article and the story's recent members.</summary>
    public double NearestMember(TermVector v)
    {
        var best = 0.0;
        foreach (var member in Recent)
        {
            best = Math.Max(best, member.Cosine(v));
        }

        return best;
    }

    /// <summary>Cosine between two stories' centroids.</summary>
    public double CentroidCosine(StoryState other)
    {
        if (CentroidNormSquared <= 0 || other.CentroidNormSquared <= 0)
        {
            return 0;
        }

        var (small, large) = Centroid.Count <= other.Centroid.Count ? (this, other) : (other, this);
        var dot = 0.0;
        foreach (var (term, weight) in small.Centroid)
        {
            if (large.Centroid.TryGetValue(term, out var c))
            {
                dot += weight * c;
            }
        }

        return dot / (CentroidNorm * other.CentroidNorm);
    }

    public void Add(TermVector v, DateTimeOffset at)
    {
        foreach (var (term, weight) in v.Terms)
        {
            AddWeight(term, weight);
        }

        Articles++;
        Touch(at);
        if (Recent.Count == MaxRecentMembers)
        {
            Recent.RemoveAt(0);
        }

        Recent.Add(v);
        Prune();
    }

    /// <summary>Folds another story into this one.</summary>
    public void Absorb(StoryState other)
    {
        foreach (var (term, weight) in other.Centroid)
        {
            AddWeight(term, weight);
        }

        Articles += other.Articles;
        Touch(other.LastSeen);
        foreach (var member in other.Recent)
        {
            if (Recent.Count == MaxRecentMembers)
            {
                Recent.RemoveAt(0);
            }

            Recent.Add(member);
        }

        Prune();
    }

    public void Touch(DateTimeOffset at)
    {
        if (at > LastSeen)
        {
            LastSeen = at;
        }
    }

    private void AddWeight(string term, double weight)
    {
        var old = Centroid.GetValueOrDefault(term);
        Centroid[term] = old + weight;
        CentroidNormSquared += (2 * old * weight) + (weight * weight);
    }

    private void Prune()
    {
        if (Centroid.Count <= 2 * MaxCentroidTerms)
        {
            return;
        }

        var keep = Centroid.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(MaxCentroidTerms).ToArray();
        Centroid.Clear();
        CentroidNormSquared = 0;
        foreach (var (term, weight) in keep)
        {
            Centroid[term] = weight;
            CentroidNormSquared += weight * weight;
        }
    }
}
