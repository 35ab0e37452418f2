namespace Newsdesk.Publishing;

/// <summary>
/// Orders stories for the front page: significance decayed by the age of the latest update,
/// with a lift for breaking stories. The constants move together; change them as a set and
/// re-read the ranking tests, which name the behaviours they protect.
/// </summary>
public static class FrontPageRanking
{
    /// <summary>Hours after which a story's weight halves: a day-old story needs four times the significance to lead.</summary>
    public const double HalfLifeHours = 12.0;

    /// <summary>Multiplier for a story flagged breaking (several outlets within a short window).</summary>
    public const double BreakingBoost = 1.5;

    /// <summary>Floor under significance so a story with none still orders by recency.</summary>
    public const double MinSignificance = 0.01;

    /// <summary>The score of one story at <paramref name="now"/>; higher ranks first.</summary>
    public static double Score(double significance, bool breaking, DateTimeOffset updated, DateTimeOffset now)
    {
        var ageHours = Math.Max(0, (now - updated).TotalHours);
        var decay = Math.Pow(0.5, ageHours / HalfLifeHours);
        var score = Math.Max(MinSignificance, significance) * decay;
        return breaking ? score * BreakingBoost : score;
    }

    /// <summary>The stories in front-page order; ties go to the newer story, then the slug (stable).</summary>
    public static IReadOnlyList<PublishedStorySummary> Rank(IEnumerable<PublishedStorySummary> stories, DateTimeOffset now) =>
        stories
            .Select(s => (Story: s, Score: Score(s.Significance, s.Breaking, s.Updated, now)))
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Story.Updated)
            .ThenBy(x => x.Story.Slug, StringComparer.Ordinal)
            .Select(x => x.Story)
            .ToList();
}
