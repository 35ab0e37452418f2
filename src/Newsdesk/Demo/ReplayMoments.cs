namespace Newsdesk.Demo;

/// <summary>
/// The moments of story time at which the sample outlets change what they serve: the start, each
/// article's publication, each edge of a feed's error window, and the end. Between two moments
/// every feed and page answers the same, so a stepped replay that visits each of them, in order,
/// shows the pipeline everything a replay on the clock could show it.
/// </summary>
public static class ReplayMoments
{
    public static IReadOnlyList<TimeSpan> Of(SampleSet samples) =>
        samples.Articles.Select(a => a.PublishedOffset)
            .Concat(samples.Outlets.SelectMany(o => o.Faults.FeedErrorWindows.SelectMany(w => new[] { w.From, w.To })))
            .Append(TimeSpan.Zero)
            .Append(samples.StoryLength)
            .Where(t => t >= TimeSpan.Zero && t <= samples.StoryLength)
            .Distinct()
            .Order()
            .ToList();
}
