using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsdesk.Storage;

namespace Newsdesk.Hosting;

/// <summary>
/// Migrates the database when the host starts, before any command touches it. A command fails at
/// once (one line, exit code 1) when the database stays unreachable through its retries; a
/// long-running process (<see cref="StorageStartup.WaitWhileUnreachable"/>, set by <c>serve</c>)
/// logs it and tries again every <see cref="StorageStartup.Pause"/> until the database answers or
/// the process is stopped: a worker started while the server restarts, or while its connections
/// are being cut, must not die of it. A database refused or missing (a deleted file, see
/// <see cref="DatabaseMissingException"/>) is never waited for: that needs an operator.
/// </summary>
internal sealed partial class StorageInitializer(
    Database database, TimeProvider time, IOptions<NewsdeskOptions> options, StorageStartup startup, ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var round = 1; ; round++)
        {
            try
            {
                await DatabaseSelector.InitializeAsync(database, time, cancellationToken, options.Value.CreateDatabase);
                if (round > 1)
                {
                    Log.Reached(logger, database.Describe, round);
                }

                return;
            }
            catch (StorageUnavailableException e) when (startup.WaitWhileUnreachable
                && e is not DatabaseRefusedException and not DatabaseMissingException
                && !cancellationToken.IsCancellationRequested)
            {
                Log.Unreachable(logger, round, StorageStartup.Pause, e.Message);
                await Task.Delay(StorageStartup.Pause, time, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(EventId = 6010, Level = LogLevel.Error, Message = "Database unreachable at start (round {Round} of retries): {Reason}; trying again in {Pause}")]
        public static partial void Unreachable(ILogger logger, int round, TimeSpan pause, string reason);

        [LoggerMessage(EventId = 6011, Level = LogLevel.Warning, Message = "Database {Database} reached after {Rounds} rounds of retries: starting")]
        public static partial void Reached(ILogger logger, string database, int rounds);
    }
}

/// <summary>How the host's start treats a database that stays unreachable through a whole round of retries.</summary>
/// <param name="WaitWhileUnreachable">
/// True for a long-running process (<c>serve</c>): log it and try again until the database answers.
/// False for a command: fail with a one-line error.
/// </param>
internal sealed record StorageStartup(bool WaitWhileUnreachable)
{
    /// <summary>The pause between two rounds of retries (each round is <see cref="StorageRetry"/>'s whole backoff).</summary>
    public static readonly TimeSpan Pause = StorageRetry.MaxDelay;
}
