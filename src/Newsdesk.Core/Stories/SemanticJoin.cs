namespace Newsdesk.Stories;

/// <summary>
/// A sentence-embedding signal on the join (issue #14, item 3; docs/stories.md, "A semantic
/// signal"): the few stories the lexical rules rank for an article are checked against the
/// meaning of its title and lede (<see cref="SemanticText"/>), the cosine of its embedding with the
/// mean embedding of the story's core. The embedding comes with the article
/// (<see cref="StoryClusterer.Add(Newsdesk.Articles.Article, float[])"/>), computed once at ingest;
/// the clusterer never runs a model. Only English articles and cores are compared (the model,
/// all-MiniLM-L6-v2, is English-only); any other article, or a core without embeddings, is left to
/// the lexical rules alone.
/// </summary>
/// <param name="VetoBelow">A story the lexical rules would join an article with text to is refused when the cosine is under this (0: never). Headlines are not vetoed: the headlines of one story are worded too differently (UCI F1 0.830 -> 0.791 with a veto of 0.4 on them).</param>
/// <param name="RescueAt">A story the lexical rules refuse (score under the join threshold, names that disagree, a settled story) is joined when the cosine is at least this (above 1: never).</param>
public sealed record SemanticJoin(double VetoBelow = 0, double RescueAt = 2)
{
    /// <summary>Longest embedding compared (all-MiniLM-L6-v2 gives 384 numbers); a longer one is ignored, so the sum on the stack stays bounded.</summary>
    public const int MaxDimensions = 4_096;

    /// <summary>Throws when a threshold is out of range.</summary>
    public void Validate()
    {
        if (VetoBelow is < 0 or > 1 || RescueAt <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(SemanticJoin), "semantic join thresholds out of range");
        }
    }

    /// <summary>Whether an article of this language (ISO 639-1; null when its words do not tell) is embedded and compared.</summary>
    public static bool Reads(string? language) => language is null or "en";

    /// <summary>Cosine of the article's embedding with the mean of the core's embeddings; null when either has none.</summary>
    internal static double? Agreement(StoryState story, ArticleProfile profile)
    {
        if (profile.Embedding is not { Length: > 0 and <= MaxDimensions } e)
        {
            return null;
        }

        Span<float> sum = stackalloc float[e.Length];
        var members = 0;
        foreach (var member in story.Core)
        {
            if (member.Embedding is { } m && m.Length == e.Length)
            {
                members++;
                for (var i = 0; i < m.Length; i++)
                {
                    sum[i] += m[i];
                }
            }
        }

        if (members == 0)
        {
            return null;
        }

        return Cosine(e, sum);
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
