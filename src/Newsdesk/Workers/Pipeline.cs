using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsdesk.Hosting;
using Newsdesk.Storage;

namespace Newsdesk.Workers;

/// <summary>
/// The pipeline's stages: polling (<see cref="PollAsync"/>), and the rounds after it
/// (<see cref="ProcessAsync"/>): new items become articles, new articles are placed in stories,
/// changed stories are written, verified and published. Each stage takes a bounded batch.
/// </summary>
internal sealed partial class Pipeline(
    Poller poller,
    SourceStore sources,
    ArticleStage articles,
    ClusterStage clusters,
    WritingStage writing,
    PipelineStats stats,
    DatabaseWatch watch,
    IOptions<PipelineOptions> options,
    ILogger<Pipeline> logger)
{
    private bool _loaded;

    /// <summary>
    /// Runs one round: polling, then the stages after it; returns how many things it handled (0
    /// when there was nothing to do). The demo's stepped replay runs rounds itself.
    /// </summary>
    public async Task<int> RunRoundAsync(CancellationToken ct) => await PollAsync(ct) + await ProcessAsync(ct);

    /// <summary>
    /// Polls the due sources once and stores their items; returns how many items were new or
    /// updated. <see cref="PipelineService"/> runs this in a loop of its own, so that polling keeps
    /// its schedule however long writing takes.
    /// </summary>
    public async Task<int> PollAsync(CancellationToken ct)
    {
        if (!watch.Check().Writable)
        {
            // The database was deleted, replaced or made read-only: the watch has said so once;
            // nothing is polled that could not be stored.
            return 0;
        }

        return await Guard("polling", async token =>
        {
            var polled = await poller.PollDueAsync(token);
            stats.Polled(polled.Sources.Count, polled.NewItems);
            foreach (var failed in polled.Sources.Where(s => s.Status == PollStatus.Failed))
            {
                stats.SourceFailed(failed.Url);
            }

            return polled.NewItems + polled.UpdatedItems;
        }, ct);
    }

    /// <summary>When the next source is due (null: no source), by the real clock.</summary>
    public Task<DateTimeOffset?> NextPollAsync(CancellationToken ct) => sources.NextDueAsync(ct);

    /// <summary>
    /// One round of the stages after polling: new items become articles, new articles are placed
    /// in stories, changed stories are written; returns how many things it handled.
    /// </summary>
    public async Task<int> ProcessAsync(CancellationToken ct)
    {
        if (!watch.Check().Writable)
        {
            return 0;
        }

        if (!_loaded)
        {
            _loaded = await Guard("catalog", async token =>
            {
                await writing.LoadCatalogAsync(token);
                return 1;
            }, ct) == 1;
        }

        // Intake first, up to a full batch a round: the article stage leases small chunks (so that
        // other workers find the rest), and one chunk a round let a lagging writer hold back the
        // intake too. Placed at once, the newest reports are what the newest-first writer writes
        // next, so the front page stays fresh while the writer catches up.
        var handled = 0;
        for (var took = -1; took != 0 && handled < options.Value.BatchSize;)
        {
            took = await Guard("articles", articles.RunAsync, ct);
            handled += took;
        }

        handled += await Guard("clustering", clusters.RunAsync, ct);
        handled += await Guard("writing", writing.RunAsync, ct);
        return handled;
    }

    /// <summary>Gives up the roles this worker holds (at shutdown), so that another worker takes them at once.</summary>
    public Task ReleaseRolesAsync(CancellationToken ct) => clusters.ReleaseRoleAsync(ct);

    private async Task<int> Guard(string stage, Func<CancellationToken, Task<int>> run, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var handled = await run(ct);
            stats.StageRan(stage, System.Diagnostics.Stopwatch.GetElapsedTime(started), failed: false);
            return handled;
        }
        catch (DatabaseRefusedException)
        {
            // Deleted, replaced, read-only or a full disk: the database watch logged the episode once.
            return 0;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A stage that fails (a database gone for longer than the retries) is tried again next round.
            stats.StageRan(stage, System.Diagnostics.Stopwatch.GetElapsedTime(started), failed: true);
            Log.StageFailed(logger, stage, e);
            return 0;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5001, Level = LogLevel.Error, Message = "Pipeline stage {Stage} failed; retrying next round")]
        public static partial void StageFailed(ILogger logger, string stage, Exception exception);
    }
}
