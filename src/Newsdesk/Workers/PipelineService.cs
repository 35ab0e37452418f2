using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Newsdesk.Hosting;

namespace Newsdesk.Workers;

/// <summary>
/// Runs pipeline rounds for as long as the host runs: at once again after a round that did
/// something, after <see cref="PipelineOptions.IdleDelay"/> otherwise. Stopping cancels the
/// round in flight; every write is one transaction, so unfinished work is redone next start.
/// </summary>
internal sealed class PipelineService(Pipeline pipeline, TimeProvider time, IOptions<PipelineOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = await pipeline.RunRoundAsync(stoppingToken);
            if (handled == 0)
            {
                await Task.Delay(options.Value.IdleDelay, time, stoppingToken);
            }
        }
    }
}
