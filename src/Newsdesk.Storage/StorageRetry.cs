namespace Newsdesk.Storage;

/// <summary>
/// How a locked or briefly unreachable database is retried: exponential backoff from
/// <see cref="FirstDelay"/>, doubling, capped at <see cref="MaxDelay"/>, at most
/// <see cref="MaxAttempts"/> tries. Each try first waits out SQLite's own busy timeout (5 s), so a
/// database locked for good is reported after about 20 s.
/// A write is one transaction, so a retried write either happened whole or not at all.
/// </summary>
public static class StorageRetry
{
    public const int MaxAttempts = 4;

    /// <summary>
    /// Tries against a database server (PostgreSQL): a restart or failover takes seconds, not the
    /// milliseconds a SQLite lock does, so the backoff runs on to about 7 s in all before giving up.
    /// </summary>
    public const int MaxServerAttempts = 8;
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

    /// <summary>The wait before try number <paramref name="attempt"/> + 1 (attempt counts from 1).</summary>
    public static TimeSpan DelayAfter(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return TimeSpan.FromMilliseconds(Math.Min(MaxDelay.TotalMilliseconds, FirstDelay.TotalMilliseconds * factor));
    }
}

/// <summary>The database stayed locked or unreachable through every retry. Nothing already stored is lost.</summary>
public class StorageUnavailableException(string message, Exception? inner) : Exception(message, inner);
