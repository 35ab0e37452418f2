using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Newsdesk.Storage;

namespace Newsdesk.Workers;

/// <summary>
/// Polls due sources for as long as the host runs (<c>newsdesk serve</c>, <c>newsdesk poll</c>
/// without --once): a round, then a sleep until the next source is due, at most
/// <see cref="MaxSleep"/> so that sources added meanwhile are picked up. A failed round is logged
/// and tried again after the sleep: the service outlives an outage.
/// </summary>
internal sealed class PollerService(Poller poller, SourceStore sources, TimeProvider time, ILogger<PollerService> logger) : BackgroundService
{
    /// <summary>Longest sleep between rounds.</summary>
    public static readonly TimeSpan MaxSleep = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset? next = null;
            try
            {
                await poller.PollDueAsync(stoppingToken);
                next = await sources.NextDueAsync(stoppingToken);
            }
            catch (DatabaseRefusedException)
            {
                // Deleted, replaced, read-only or a full disk: the database watch logged the episode once.
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database is locked or gone for now (or anything else failed the round): nothing
                // was half-written, since every write is one transaction; try again after a sleep
                // rather than stop the process.
                PollerLog.RoundFailed(logger, e);
            }

            var sleep = next is { } due ? due - time.GetUtcNow() : MaxSleep;
            sleep = sleep < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : sleep > MaxSleep ? MaxSleep : sleep;
            await Task.Delay(sleep, time, stoppingToken);
        }
    }
}
