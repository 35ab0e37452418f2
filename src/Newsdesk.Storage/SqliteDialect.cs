using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Newsdesk.Storage;

/// <summary>The embedded default backend: one SQLite file in WAL mode.</summary>
public sealed class SqliteDialect(TimeSpan? busyTimeout = null) : SqlDialect
{
    /// <summary>
    /// How long SQLite itself waits on a lock before reporting SQLITE_BUSY. Long enough for another
    /// process's write transaction (a poll stores one feed per transaction, milliseconds), short
    /// enough that our own retry (StorageRetry) gets to report a clear error within seconds.
    /// </summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(5);

    public TimeSpan BusyTimeout { get; } = busyTimeout ?? DefaultBusyTimeout;

    // SQLite primary result codes (sqlite3.h) that mean "try again later".
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoErr = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteProtocol = 15;

    public override string Name => "sqlite";

    public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    public override async Task PrepareAsync(DbConnection connection, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;",
            cancellationToken: ct));
    }

    public override string Translate(string migrationSql) => SelectParts(migrationSql)
        .Replace("{{id}}", "INTEGER PRIMARY KEY AUTOINCREMENT", StringComparison.Ordinal)
        .Replace("{{blob}}", "BLOB", StringComparison.Ordinal);

    public override bool IsTransient(Exception error) => error is SqliteException e
        && (e.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked or SqliteIoErr or SqliteCantOpen or SqliteProtocol;

    /// <summary>
    /// SQLITE_FULL, and SQLITE_IOERR_WRITE-family errors whose message says so: a WAL that cannot
    /// grow is reported either way.
    /// </summary>
    public override bool IsDiskFull(Exception error) => error is SqliteException e
        && ((e.SqliteErrorCode & 0xFF) == SqliteFull || e.Message.Contains("disk is full", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The connection string for a database file; pooling on, foreign keys enforced. Without
    /// <paramref name="create"/> a missing file is an error, not a new empty database: once a
    /// database is open, a connection never creates one behind the process's back.
    /// </summary>
    public string ConnectionString(string path, bool create = true) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
        Pooling = true,
        ForeignKeys = true,
        DefaultTimeout = Math.Max(1, (int)BusyTimeout.TotalSeconds),
    }.ToString();
}
