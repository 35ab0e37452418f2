using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsdesk.Hosting;

namespace Newsdesk.Workers;

/// <summary>
/// Runs the pipeline for as long as the host runs, in two loops, so that polling keeps its
/// schedule however long a round of writing takes:
/// <list type="bullet">
/// <item>the polling loop polls the due sources, then sleeps until the next is due (at least
/// <see cref="MinPollSleep"/>, at most <see cref="PipelineOptions.IdleDelay"/>, so that sources
/// added meanwhile are found), or until a <see cref="PollNudge"/>; polls that stored items wake
/// the other loop;</item>
/// <item>the processing loop runs rounds of the stages after polling: at once again after a
/// round that did something, after the idle delay (or when new items arrive) otherwise.</item>
/// </list>
/// A round that fails (the database gone for longer than its retries) is logged and tried again
/// after the idle delay, so the service outlives an outage. Stopping cancels the rounds in flight;
/// every write is one transaction, so unfinished work is redone next start (or, with several
/// workers, by another worker once this one's leases run out). A clean stop gives the clustering
/// role up at once.
/// </summary>
internal sealed partial class PipelineService(
    Pipeline pipeline, PollNudge nudge, TimeProvider time, IOptions<PipelineOptions> options, ILogger<PipelineService> logger) : BackgroundService
{
    /// <summary>Longest wait, at shutdown, to give the roles up.</summary>
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Shortest sleep of the polling loop between rounds (unless nudged or the idle delay is
    /// shorter): a source that is due but leased by another worker is not asked for in a busy loop.
    /// </summary>
    private static readonly TimeSpan MinPollSleep = TimeSpan.FromSeconds(1);

    private readonly WakeSignal _newItems = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.WhenAll(PollLoopAsync(stoppingToken), ProcessLoopAsync(stoppingToken));
        }
        finally
        {
            using var release = new CancellationTokenSource(ReleaseTimeout);
            try
            {
                await pipeline.ReleaseRolesAsync(release.Token);
            }
            catch (Exception)
            {
                // Best effort: an unreleased role lease simply expires.
            }
        }
    }

    private async Task PollLoopAsync(CancellationToken ct)
    {
        var idle = options.Value.IdleDelay;
        var shortest = idle < MinPollSleep ? idle : MinPollSleep;
        while (!ct.IsCancellationRequested)
        {
            var nudged = nudge.Woken;
            var sleep = idle;
            try
            {
                if (await pipeline.PollAsync(ct) > 0)
                {
                    _newItems.Wake();
                }

                if (await pipeline.NextPollAsync(ct) is { } due)
                {
                    var untilDue = due - time.GetUtcNow();
                    sleep = untilDue < shortest ? shortest : untilDue > idle ? idle : untilDue;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.RoundFailed(logger, "polling", e);
            }

            await WakeSignal.SleepAsync(nudged, sleep, time, ct);
        }
    }

    private async Task ProcessLoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var arrived = _newItems.Woken;
            var handled = 0;
            try
            {
                handled = await pipeline.ProcessAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.RoundFailed(logger, "processing", e);
            }

            if (handled == 0)
            {
                await WakeSignal.SleepAsync(arrived, options.Value.IdleDelay, time, ct);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "Pipeline {Loop} round failed; trying again after the idle delay")]
        public static partial void RoundFailed(ILogger logger, string loop, Exception exception);
    }
}
