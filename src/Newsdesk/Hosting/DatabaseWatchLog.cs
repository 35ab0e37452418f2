using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Newsdesk.Storage;

namespace Newsdesk.Hosting;

/// <summary>
/// Logs each change of the database's state in one line (deleted, replaced, read-only, disk full,
/// and back to normal), and looks at the file every <see cref="Interval"/> so that a loss is seen
/// even while nothing is written.
/// </summary>
internal sealed partial class DatabaseWatchLog(DatabaseWatch watch, TimeProvider time, ILogger<DatabaseWatchLog> logger) : BackgroundService
{
    /// <summary>How often the file is looked at between writes (a stat: microseconds).</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        watch.Changed += Report;
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        watch.Changed -= Report;
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(Interval, time, stoppingToken);
                watch.Check();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private void Report(DatabaseHealth health)
    {
        switch (health.State)
        {
            case DatabaseState.Ok:
                Log.Recovered(logger);
                break;
            case DatabaseState.DiskFull:
                Log.DiskFull(logger, health.Reason ?? "");
                break;
            default:
                Log.Lost(logger, health.State, health.Reason ?? "");
                break;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 6001, Level = LogLevel.Critical, Message = "Database {State}: {Reason}")]
        public static partial void Lost(ILogger logger, DatabaseState state, string reason);

        [LoggerMessage(EventId = 6002, Level = LogLevel.Error, Message = "Database disk full: {Reason}")]
        public static partial void DiskFull(ILogger logger, string reason);

        [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Database writable again: writes resumed")]
        public static partial void Recovered(ILogger logger);
    }
}
