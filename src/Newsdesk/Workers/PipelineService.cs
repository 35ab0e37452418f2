using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsdesk.Hosting;

namespace Newsdesk.Workers;

/// <summary>
/// Runs pipeline rounds for as long as the host runs: at once again after a round that did
/// something, after <see cref="PipelineOptions.IdleDelay"/> otherwise. A round that fails (the
/// database gone for longer than its retries) is logged and tried again after the idle delay, so
/// the service outlives an outage. Stopping cancels the round in flight; every write is one
/// transaction, so unfinished work is redone next start (or, with several workers, by another
/// worker once this one's leases run out). A clean stop gives the clustering role up at once.
/// </summary>
internal sealed partial class PipelineService(
    Pipeline pipeline, TimeProvider time, IOptions<PipelineOptions> options, ILogger<PipelineService> logger) : BackgroundService
{
    /// <summary>Longest wait, at shutdown, to give the roles up.</summary>
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var handled = 0;
                try
                {
                    handled = await pipeline.RunRoundAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Log.RoundFailed(logger, e);
                }

                if (handled == 0)
                {
                    await Task.Delay(options.Value.IdleDelay, time, stoppingToken);
                }
            }
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

    private static partial class Log
    {
        [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "Pipeline round failed; trying again after the idle delay")]
        public static partial void RoundFailed(ILogger logger, Exception exception);
    }
}
