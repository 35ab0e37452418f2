using Microsoft.Extensions.Hosting;
using Newsdesk.Storage;

namespace Newsdesk.Workers;

/// <summary>
/// For a web-only process (<c>serve --role web</c>): reloads the published stories from the
/// shared database every <see cref="Every"/>, since the workers that write them run elsewhere. The
/// first load happens before the site listens (a hosted service starts before the server), so a
/// web process never answers 404 for a published story it has not read yet; a database that
/// cannot be read then does not stop the start: the loop tries again.
/// </summary>
internal sealed class CatalogRefreshService(WritingStage writing, TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await writing.LoadCatalogAsync(cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            // Served empty until the loop's next load reads the database.
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Every, time, stoppingToken);
            await writing.LoadCatalogAsync(stoppingToken);
        }
    }
}
