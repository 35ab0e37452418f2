using System.Data.Common;

namespace Newsdesk.Storage;

/// <summary>
/// Everything that differs between the backends, in one place: how a connection is made and
/// prepared, how the shared migration text is filled in, how a write transaction starts, and which
/// errors are worth retrying. Every other query is plain SQL that runs on SQLite and PostgreSQL alike.
/// </summary>
public abstract class SqlDialect
{
    public abstract string Name { get; }

    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>Per-connection settings run after every open (busy timeout, foreign keys).</summary>
    public abstract Task PrepareAsync(DbConnection connection, CancellationToken ct);

    /// <summary>Fills in the dialect tokens of a migration (see Migrations/0001_initial.sql).</summary>
    public abstract string Translate(string migrationSql);

    /// <summary>True when the error is worth retrying: a lock, a busy database, a brief outage.</summary>
    public abstract bool IsTransient(Exception error);

    /// <summary>
    /// Serialises migrations between processes inside the migration's transaction. SQLite's write
    /// transaction (BEGIN IMMEDIATE) already does; PostgreSQL takes an advisory transaction lock.
    /// </summary>
    public virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct) => Task.CompletedTask;
}
