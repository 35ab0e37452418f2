using System.Data.Common;
using Dapper;

namespace Newsdesk.Storage;

/// <summary>
/// Row leases on a table with <c>lease_owner</c> and <c>lease_expires_at</c> columns (migration
/// 0004). Taking: one UPDATE over the rows a query picks, skipping rows that hold an unexpired
/// lease and, on PostgreSQL, rows another transaction is locking right now (FOR UPDATE SKIP
/// LOCKED), so two workers taking at once never get the same row. Finishing: the result is stored
/// in the same transaction that clears the lease, and only when the lease is still held and unexpired.
/// </summary>
internal static class RowLeases
{
    /// <summary>The SQL condition "this row's lease is free": never taken, released, or expired.</summary>
    public const string Free = "(lease_expires_at IS NULL OR lease_expires_at <= @LeaseNow)";

    /// <summary>
    /// Leases the rows of <paramref name="table"/> whose ids <paramref name="pick"/> selects (a
    /// SELECT of ids that must include <see cref="Free"/>, and ends with its ORDER BY and LIMIT) and
    /// returns their ids, in the pick's order.
    /// </summary>
    public static async Task<IReadOnlyList<long>> TakeAsync(
        DbConnection connection, DbTransaction tx, SqlDialect dialect, string table, string pick, Lease lease, object? parameters, CancellationToken ct)
    {
        var all = new DynamicParameters(lease.Parameters);
        if (parameters is not null)
        {
            all.AddDynamicParams(parameters);
        }

        var ids = (await connection.QueryAsync<long>(new CommandDefinition(
            $"{pick} {dialect.SkipLockedRows}", all, tx, cancellationToken: ct))).ToList();
        if (ids.Count == 0)
        {
            return ids;
        }

        all.Add("ids", ids.ToArray());
        await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE {table} SET lease_owner = @LeaseOwner, lease_expires_at = @LeaseUntil WHERE id {dialect.OneOf("ids")}",
            all, tx, cancellationToken: ct));
        return ids;
    }

    /// <summary>
    /// Inside the transaction that stores a row's result: clears the row's lease when
    /// <paramref name="lease"/>'s owner still holds it unexpired, and says whether it did. False:
    /// the lease expired (another worker may have the row now), so the caller stores nothing.
    /// On PostgreSQL the row stays locked to the commit, so no one takes it over in between.
    /// </summary>
    public static async Task<bool> FinishAsync(DbConnection connection, DbTransaction tx, string table, long id, Lease lease, CancellationToken ct)
    {
        var parameters = new DynamicParameters(lease.Parameters);
        parameters.Add("id", id);
        return await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE {table} SET lease_owner = NULL, lease_expires_at = NULL WHERE id = @id AND lease_owner = @LeaseOwner AND lease_expires_at > @LeaseNow",
            parameters, tx, cancellationToken: ct)) > 0;
    }

    /// <summary>
    /// Renews the leases of the rows <paramref name="ids"/> that <paramref name="lease"/>'s owner
    /// still holds unexpired, to <see cref="Lease.ExpiresAt"/>, and returns those ids. A row left
    /// out was lost: its lease ran out (another worker may have it, or may take it now), so the
    /// caller must store nothing for it. An expired lease is never revived, even when nobody took
    /// the row, because a worker checking the lease at that moment may already have taken it.
    /// On PostgreSQL a worker taking the row at the same time holds its lock (FOR UPDATE SKIP
    /// LOCKED); this UPDATE waits for it and then finds the new owner, so at most one of them has it.
    /// </summary>
    public static async Task<IReadOnlySet<long>> RenewAsync(
        DbConnection connection, DbTransaction tx, SqlDialect dialect, string table, IReadOnlyCollection<long> ids, Lease lease, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return new HashSet<long>();
        }

        var parameters = new DynamicParameters(lease.Parameters);
        parameters.Add("ids", ids.ToArray());
        return (await connection.QueryAsync<long>(new CommandDefinition(
            $"UPDATE {table} SET lease_expires_at = @LeaseUntil WHERE id {dialect.OneOf("ids")} AND lease_owner = @LeaseOwner AND lease_expires_at > @LeaseNow RETURNING id",
            parameters, tx, cancellationToken: ct))).ToHashSet();
    }

    /// <summary>Gives a row's lease back at once (the work failed and should be retried by anyone), when still held.</summary>
    public static async Task<bool> ReleaseAsync(DbConnection connection, DbTransaction tx, string table, long id, string owner, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE {table} SET lease_owner = NULL, lease_expires_at = NULL WHERE id = @id AND lease_owner = @owner",
            new { id, owner }, tx, cancellationToken: ct)) > 0;
}
