using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsdesk.Storage;

namespace Newsdesk.Notify;

/// <summary>
/// Runs delivery rounds while the host runs (roles all and worker): again at once after a round
/// that had work, after <see cref="NotifyOptions.IdleDelay"/> otherwise. A failed round (the
/// database away past its retries) is logged and tried again; a round refused because the database
/// file was deleted, replaced or made read-only is not (the database watch logs that episode once);
/// stopping cancels the round, and what it had leased comes back when the lease runs out.
/// </summary>
internal sealed class DeliveryService(DeliveryWorker worker, IOptions<NotifyOptions> options, TimeProvider time, ILogger<DeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await worker.RunOnceAsync(stoppingToken);
            }
            catch (DatabaseRefusedException)
            {
                // Deleted, replaced, read-only or a full disk: the database watch logged the episode once.
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                NotifyLog.RoundFailed(logger, e);
            }

            if (handled == 0)
            {
                await Task.Delay(options.Value.IdleDelay, time, stoppingToken);
            }
        }
    }
}
