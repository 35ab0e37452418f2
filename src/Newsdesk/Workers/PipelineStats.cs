using System.Diagnostics.Metrics;

namespace Newsdesk.Workers;

/// <summary>
/// Running counts of what the pipeline did, for the demo's progress display, the health endpoint
/// and the metrics. Updated with Interlocked by the stages; read as a snapshot. The same events are
/// published as counters on the <c>Newsdesk</c> meter (<see cref="MeterName"/>), which
/// OpenTelemetry exports when configured (articles/s is the rate of <c>newsdesk.articles</c>).
/// </summary>
public sealed class PipelineStats
{
    public const string MeterName = "Newsdesk";

    private readonly Counter<long> _polls, _items, _articles, _fetchErrors, _sourceErrors, _stories, _revisions, _removed, _writeErrors;

    private readonly Dictionary<string, (TimeSpan Time, long Rounds, long Failures)> _stages = new(StringComparer.Ordinal);

    private long polls, newItems, articles, pageTexts, feedTexts, wireCopies, fetchErrors, stories, merges, revisions, removedSentences, writeErrors;

    public PipelineStats(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _polls = meter.CreateCounter<long>("newsdesk.polls", "{poll}", "Source polls attempted");
        _items = meter.CreateCounter<long>("newsdesk.items.new", "{item}", "New feed items stored");
        _articles = meter.CreateCounter<long>("newsdesk.articles", "{article}", "Articles stored (tag text: page or feed; wire_copy)");
        _fetchErrors = meter.CreateCounter<long>("newsdesk.fetch.errors", "{error}", "Article pages that could not be fetched or read");
        _sourceErrors = meter.CreateCounter<long>("newsdesk.source.errors", "{error}", "Failed polls, per source (tag source)");
        _stories = meter.CreateCounter<long>("newsdesk.stories.opened", "{story}", "Stories opened by the clusterer");
        _revisions = meter.CreateCounter<long>("newsdesk.stories.written", "{revision}", "Story revisions written and published");
        _removed = meter.CreateCounter<long>("newsdesk.sentences.unsupported", "{sentence}", "Drafted sentences the verifier refused");
        _writeErrors = meter.CreateCounter<long>("newsdesk.write.errors", "{error}", "Stories whose writing failed");
    }

    public void Polled(int sources, int items)
    {
        Interlocked.Add(ref polls, sources);
        Interlocked.Add(ref newItems, items);
        _polls.Add(sources);
        _items.Add(items);
    }

    public void SourceFailed(string source) => _sourceErrors.Add(1, new KeyValuePair<string, object?>("source", source));

    public void ArticleStored(bool fromPage, bool wireCopy)
    {
        Interlocked.Increment(ref articles);
        Interlocked.Increment(ref fromPage ? ref pageTexts : ref feedTexts);
        if (wireCopy)
        {
            Interlocked.Increment(ref wireCopies);
        }

        _articles.Add(1, new KeyValuePair<string, object?>("text", fromPage ? "page" : "feed"), new KeyValuePair<string, object?>("wire_copy", wireCopy));
    }

    public void FetchFailed()
    {
        Interlocked.Increment(ref fetchErrors);
        _fetchErrors.Add(1);
    }

    public void StoryOpened()
    {
        Interlocked.Increment(ref stories);
        _stories.Add(1);
    }

    public void StoriesMerged() => Interlocked.Increment(ref merges);

    public void RevisionWritten(int removed)
    {
        Interlocked.Increment(ref revisions);
        Interlocked.Add(ref removedSentences, removed);
        _revisions.Add(1);
        _removed.Add(removed);
    }

    public void WriteFailed()
    {
        Interlocked.Increment(ref writeErrors);
        _writeErrors.Add(1);
    }

    /// <summary>A pipeline stage's round took <paramref name="elapsed"/>, and failed or not (the replay's bench reads these).</summary>
    public void StageRan(string stage, TimeSpan elapsed, bool failed)
    {
        lock (_stages)
        {
            var (time, rounds, failures) = _stages.GetValueOrDefault(stage);
            _stages[stage] = (time + elapsed, rounds + 1, failures + (failed ? 1 : 0));
        }
    }

    /// <summary>Time spent in each stage so far, its rounds and its failed rounds.</summary>
    public IReadOnlyList<StageTime> StageTimes()
    {
        lock (_stages)
        {
            return _stages.Select(s => new StageTime(s.Key, s.Value.Time, s.Value.Rounds, s.Value.Failures)).ToList();
        }
    }

    public PipelineSnapshot Snapshot() => new(
        Interlocked.Read(ref polls), Interlocked.Read(ref newItems), Interlocked.Read(ref articles),
        Interlocked.Read(ref pageTexts), Interlocked.Read(ref feedTexts), Interlocked.Read(ref wireCopies),
        Interlocked.Read(ref fetchErrors), Interlocked.Read(ref stories), Interlocked.Read(ref merges),
        Interlocked.Read(ref revisions), Interlocked.Read(ref removedSentences), Interlocked.Read(ref writeErrors));
}

public sealed record PipelineSnapshot(
    long Polls, long NewItems, long Articles, long PageTexts, long FeedTexts, long WireCopies, long FetchErrors,
    long Stories, long Merges, long Revisions, long RemovedSentences, long WriteErrors);

/// <summary>Time one pipeline stage has taken, over how many rounds, of which how many failed.</summary>
public sealed record StageTime(string Stage, TimeSpan Time, long Rounds, long Failures);
