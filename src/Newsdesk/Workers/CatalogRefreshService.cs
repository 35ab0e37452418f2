using Microsoft.Extensions.Hosting;

namespace Newsdesk.Workers;

/// <summary>
/// For a web-only process (<c>serve --role web</c>): reloads the published stories from the
/// shared database every <see cref="Every"/>, since the workers that write them run elsewhere.
/// </summary>
internal sealed class CatalogRefreshService(WritingStage writing, TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await writing.LoadCatalogAsync(stoppingToken);
            await Task.Delay(Every, time, stoppingToken);
        }
    }
}
