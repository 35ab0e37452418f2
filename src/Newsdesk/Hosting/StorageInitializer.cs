using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsdesk.Storage;

namespace Newsdesk.Hosting;

/// <summary>
/// Migrates the database when the host starts, before any command touches it. A command fails at
/// once (one line, exit code 1) when the database stays unreachable through its retries; a
/// long-running process (<see cref="StorageStartup.WaitWhileUnreachable"/>, set by <c>serve</c>)
/// logs it (once per reason; a full disk is named as such) and tries again every
/// <see cref="StorageStartup.Pause"/> until the database answers or the process is stopped: a worker started while the server restarts, or while its connections
/// are being cut, must not die of it. A database refused or missing (a deleted file, see
/// <see cref="DatabaseMissingException"/>) is never waited for: that needs an operator. An empty
/// database started with <c>--create</c> where one was lost is logged as a warning.
/// </summary>
internal sealed partial class StorageInitializer(
    Database database, TimeProvider time, IOptions<NewsdeskOptions> options, StorageStartup startup, ILogger<StorageInitializer> logger) : IHostedService
{
    /// <summary>Free bytes below which a database that cannot be opened is reported as on a full disk.</summary>
    public const long FullDiskBytes = 64 * 1024;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var replacingLost = options.Value.CreateDatabase && IsLost(database.Describe);
        string? lastReason = null;
        for (var round = 1; ; round++)
        {
            try
            {
                await DatabaseSelector.InitializeAsync(database, time, cancellationToken, options.Value.CreateDatabase);
                if (round > 1)
                {
                    Log.Reached(logger, database.Describe, round);
                }

                if (replacingLost)
                {
                    Log.CreatedInPlaceOfLost(logger, database.Describe);
                }

                return;
            }
            catch (StorageUnavailableException e) when (startup.WaitWhileUnreachable
                && e is not DatabaseRefusedException and not DatabaseMissingException
                && !cancellationToken.IsCancellationRequested)
            {
                // One line per reason, not one per round: a full disk can last hours.
                var reason = FullDisk(database.Describe) is { } full ? $"{full} ({e.Message})" : e.Message;
                if (reason != lastReason)
                {
                    Log.Unreachable(logger, round, StorageStartup.Pause, reason);
                    lastReason = reason;
                }

                await Task.Delay(StorageStartup.Pause, time, cancellationToken);
            }
        }
    }

    /// <summary>True when <paramref name="path"/> is a database file that is missing where one was created before.</summary>
    private static bool IsLost(string path) =>
        Path.IsPathRooted(path) && !File.Exists(path)
        && File.Exists(Path.Combine(Path.GetDirectoryName(path) ?? ".", SqliteDatabase.MarkerName));

    /// <summary>"the disk holding FOLDER is full" when the database file's folder has less than <see cref="FullDiskBytes"/> free; else null.</summary>
    private static string? FullDisk(string path)
    {
        var folder = Path.IsPathRooted(path) ? Path.GetDirectoryName(path) : null;
        if (folder is null || !Directory.Exists(folder))
        {
            return null;
        }

        try
        {
            var free = new DriveInfo(folder).AvailableFreeSpace;
            return free < FullDiskBytes ? $"the disk holding {folder} is full ({free} bytes free)" : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(EventId = 6010, Level = LogLevel.Error, Message = "Database unreachable at start (round {Round} of retries): {Reason}; trying again in {Pause}")]
        public static partial void Unreachable(ILogger logger, int round, TimeSpan pause, string reason);

        [LoggerMessage(EventId = 6012, Level = LogLevel.Warning, Message = "Started an EMPTY database at {Database} (--create): the one created here before was lost, and nothing of it is in the new one")]
        public static partial void CreatedInPlaceOfLost(ILogger logger, string database);

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
