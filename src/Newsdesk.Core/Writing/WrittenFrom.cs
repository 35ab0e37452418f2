namespace Newsdesk.Writing;

/// <summary>
/// The reports a story with more reports than the writer reads is written from: its first ones
/// (the core: the reports that told what happened) and its newest ones (what has happened since).
/// Only the newest, as before, lost the core of a long story: the real-feeds replay's George Floyd
/// story (89 reports) was written from its last 60, none of which said why the protests began.
/// </summary>
public static class WrittenFrom
{
    /// <summary>
    /// Share of the reports read that are the story's first ones. Measured on the real-feeds
    /// replay's long stories (docs/writing.md, session 14); the rest are the newest.
    /// </summary>
    public const double CoreShare = 0.25;

    /// <summary>
    /// At most <paramref name="max"/> of <paramref name="inArrivalOrder"/>, in arrival order: all of
    /// them when they fit, else the first <see cref="CoreShare"/> of <paramref name="max"/> and the
    /// newest for the rest.
    /// </summary>
    public static IReadOnlyList<T> Reports<T>(IReadOnlyList<T> inArrivalOrder, int max, double coreShare = CoreShare)
    {
        ArgumentNullException.ThrowIfNull(inArrivalOrder);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        if (inArrivalOrder.Count <= max)
        {
            return inArrivalOrder;
        }

        var core = (int)(max * Math.Clamp(coreShare, 0, 1));
        return [.. inArrivalOrder.Take(core), .. inArrivalOrder.Skip(inArrivalOrder.Count - (max - core))];
    }
}
