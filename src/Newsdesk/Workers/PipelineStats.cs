namespace Newsdesk.Workers;

/// <summary>
/// Running counts of what the pipeline did, for the demo's progress display, the health endpoint
/// and the metrics. Updated with Interlocked by the stages; read as a snapshot.
/// </summary>
public sealed class PipelineStats
{
    private long polls, newItems, articles, pageTexts, feedTexts, wireCopies, fetchErrors, stories, merges, revisions, removedSentences, writeErrors;

    public void Polled(int sources, int items)
    {
        Interlocked.Add(ref polls, sources);
        Interlocked.Add(ref newItems, items);
    }

    public void ArticleStored(bool fromPage, bool wireCopy)
    {
        Interlocked.Increment(ref articles);
        Interlocked.Increment(ref fromPage ? ref pageTexts : ref feedTexts);
        if (wireCopy)
        {
            Interlocked.Increment(ref wireCopies);
        }
    }

    public void FetchFailed() => Interlocked.Increment(ref fetchErrors);

    public void StoryOpened() => Interlocked.Increment(ref stories);

    public void StoriesMerged() => Interlocked.Increment(ref merges);

    public void RevisionWritten(int removed)
    {
        Interlocked.Increment(ref revisions);
        Interlocked.Add(ref removedSentences, removed);
    }

    public void WriteFailed() => Interlocked.Increment(ref writeErrors);

    public PipelineSnapshot Snapshot() => new(
        Interlocked.Read(ref polls), Interlocked.Read(ref newItems), Interlocked.Read(ref articles),
        Interlocked.Read(ref pageTexts), Interlocked.Read(ref feedTexts), Interlocked.Read(ref wireCopies),
        Interlocked.Read(ref fetchErrors), Interlocked.Read(ref stories), Interlocked.Read(ref merges),
        Interlocked.Read(ref revisions), Interlocked.Read(ref removedSentences), Interlocked.Read(ref writeErrors));
}

public sealed record PipelineSnapshot(
    long Polls, long NewItems, long Articles, long PageTexts, long FeedTexts, long WireCopies, long FetchErrors,
    long Stories, long Merges, long Revisions, long RemovedSentences, long WriteErrors);
