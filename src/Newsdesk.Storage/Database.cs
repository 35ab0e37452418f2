using System.Data.Common;

namespace Newsdesk.Storage;

/// <summary>
/// One database: opens prepared connections, runs reads, and runs every write as one transaction,
/// retried as a whole (StorageRetry) while the database is locked or briefly gone.
/// </summary>
public sealed class Database(SqlDialect dialect, string connectionString, TimeProvider time, int maxAttempts = StorageRetry.MaxAttempts)
{
    public SqlDialect Dialect { get; } = dialect;

    /// <summary>The clock leases are taken and checked with.</summary>
    public TimeProvider Time { get; } = time;

    /// <summary>Where the data lives, for messages (never contains a password for SQLite).</summary>
    public string Describe { get; init; } = dialect.Name;

    /// <summary>Watches the database's identity and disk space; every write asks it first.</summary>
    public DatabaseWatch Watch { get; init; } = new(null);

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = Dialect.CreateConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await Dialect.PrepareAsync(connection, ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken ct) =>
        WithRetryAsync(async () =>
        {
            await using var connection = await OpenAsync(ct);
            return await read(connection);
        }, ct);

    /// <summary>
    /// Runs one write transaction. Refused (<see cref="DatabaseRefusedException"/>) when the watch
    /// says the file was deleted, replaced or made read-only; a full disk fails it the same way,
    /// starting one disk-full episode rather than an error per write.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken ct)
    {
        try
        {
            var result = await WithRetryAsync(async () =>
            {
                Watch.EnsureWritable();
                await using var connection = await OpenAsync(ct);
                await using var transaction = await connection.BeginTransactionAsync(ct);
                var result = await write(connection, transaction);
                await transaction.CommitAsync(ct);
                return result;
            }, ct);
            Watch.WriteSucceeded();
            return result;
        }
        catch (Exception e) when (Dialect.IsDiskFull(e))
        {
            throw new DatabaseRefusedException(Watch.DiskFull(Describe));
        }
    }

    private async Task<T> WithRetryAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work();
            }
            catch (Exception e) when (Dialect.IsTransient(e) && !Dialect.IsDiskFull(e) && !ct.IsCancellationRequested)
            {
                Dialect.ResetAfterFailure(connectionString);
                if (attempt >= maxAttempts)
                {
                    throw new StorageUnavailableException(
                        $"the database ({Describe}) stayed locked or unreachable after {attempt} tries: {e.Message}", e);
                }

                await Task.Delay(StorageRetry.DelayAfter(attempt), Time, ct);
            }
        }
    }
}
