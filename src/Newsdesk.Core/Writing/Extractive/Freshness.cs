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

    /// <summary>Whether a future statement in article <paramref name="article"/> has been overtaken by newer reports.</summary>
    public static bool Overtaken(StoryCorpus corpus, int article) =>
        Newest(corpus) is { } newest && corpus.Articles[article].Published is { } published && newest - published > FutureStandsFor;

    private static DateTimeOffset? Newest(StoryCorpus corpus) =>
        corpus.Articles.Select(a => a.Published).Where(p => p is not null).Max();
}
