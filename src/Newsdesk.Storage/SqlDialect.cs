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

    /// <summary>True when the error says the disk holding the database is full.</summary>
    public virtual bool IsDiskFull(Exception error) => false;

    /// <summary>
    /// Serialises migrations between processes inside the migration's transaction. SQLite's write
    /// transaction (BEGIN IMMEDIATE) already does; PostgreSQL takes an advisory transaction lock.
    /// </summary>
    /// <summary>
    /// Appended to a SELECT that picks rows to lease: on PostgreSQL it locks the rows picked and
    /// skips those another transaction holds (FOR UPDATE SKIP LOCKED); SQLite's single writer
    /// already serialises every write transaction, so there it is empty.
    /// </summary>
    public virtual string SkipLockedRows => "";

    /// <summary>
    /// "Is one of the list parameter <paramref name="parameter"/>", for <c>WHERE id ...</c>. Dapper
    /// expands a list into <c>IN (@p1, @p2...)</c> on SQLite but sends it as an array to PostgreSQL.
    /// </summary>
    public virtual string OneOf(string parameter) => $"IN @{parameter}";

    /// <summary>
    /// Inside a write transaction: waits for and holds, to the transaction's end, a lock on an
    /// application key (a canonical URL), for checks that no unique constraint can express.
    /// SQLite's single writer already serialises; PostgreSQL takes an advisory transaction lock.
    /// </summary>
    public virtual Task LockKeyAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// After a transient failure: drops pooled connections that may be dead too (a restarted
    /// server leaves every idle connection broken), so that the retry opens a fresh one.
    /// </summary>
    public virtual void ResetAfterFailure(string connectionString)
    {
    }

    public virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Keeps the parts of a migration meant for this backend. A line <c>-- [sqlite]</c> or
    /// <c>-- [postgresql]</c> starts a part for one backend only, <c>-- [all]</c> returns to the
    /// shared text; where the schema cannot be written in the common subset (full-text search).
    /// </summary>
    protected string SelectParts(string migrationSql)
    {
        var kept = new System.Text.StringBuilder();
        var keep = true;
        foreach (var line in migrationSql.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("-- [", StringComparison.Ordinal) && trimmed.EndsWith(']'))
            {
                var part = trimmed[4..^1];
                keep = part == "all" || part == Name;
                continue;
            }

            if (keep)
            {
                kept.Append(line).Append('\n');
            }
        }

        return kept.ToString();
    }
}
