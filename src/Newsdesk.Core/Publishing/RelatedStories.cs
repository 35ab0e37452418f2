namespace Newsdesk.Publishing;

/// <summary>
/// How related two stories are: shared entities weigh most, shared topics less, and stories far
/// apart in time count for less. Calibrated as a set on the seeded catalog's stories.
/// </summary>
public static class RelatedStories
{
    /// <summary>Weight of each shared entity (a person, organisation or place named in both).</summary>
    public const double EntityWeight = 3.0;

    /// <summary>Weight of each shared topic (world, business, ...).</summary>
    public const double TopicWeight = 1.0;

    /// <summary>Days apart at which relatedness halves.</summary>
    public const double HalfLifeDays = 7.0;

    /// <summary>Below this score a story is not shown as related at all.</summary>
    public const double MinScore = 1.0;

    public static double Score(PublishedStory a, PublishedStory b)
    {
        if (a.Id == b.Id)
        {
            return 0;
        }

        var entities = a.Entities.Intersect(b.Entities, StringComparer.OrdinalIgnoreCase).Count();
        var topics = a.Topics.Intersect(b.Topics, StringComparer.OrdinalIgnoreCase).Count();
        var days = Math.Abs((a.Updated - b.Updated).TotalDays);
        return ((entities * EntityWeight) + (topics * TopicWeight)) * Math.Pow(0.5, days / HalfLifeDays);
    }

    /// <summary>The <paramref name="count"/> stories most related to <paramref name="story"/>, best first.</summary>
    public static IReadOnlyList<PublishedStory> Pick(PublishedStory story, IEnumerable<PublishedStory> candidates, int count) =>
        candidates
            .Where(c => c.Id != story.Id && c.RedirectSlug is null)
            .Select(c => (Story: c, Score: Score(story, c)))
            .Where(x => x.Score >= MinScore)
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Story.Updated)
            .ThenBy(x => x.Story.Slug, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Story)
            .ToList();
}
