namespace Newsdesk.Writing.Extractive;

/// <summary>
/// A developing story does not repeat what newer reports have overtaken: a statement about the
/// future ("Storm Orla will reach the coast at dawn") from a report well before the story's newest
/// one (which by then tells what the storm did) is left out.
/// </summary>
internal static class Freshness
{
    /// <summary>
    /// How long before the newest report a statement about the future still stands: past this, the
    /// event it announces has usually happened (or not) by the time of the newest report.
    /// </summary>
    internal static readonly TimeSpan FutureStandsFor = TimeSpan.FromHours(12);

    /// <summary>The articles whose future statements newer reports have overtaken (indexes into the corpus).</summary>
    public static IReadOnlySet<int> Overtaken(StoryCorpus corpus)
    {
        var newest = corpus.Articles.Select(a => a.Published).Where(p => p is not null).Max();
        return newest is null
            ? new HashSet<int>()
            : Enumerable.Range(0, corpus.Articles.Count)
                .Where(i => corpus.Articles[i].Published is { } published && newest.Value - published > FutureStandsFor)
                .ToHashSet();
    }
}
