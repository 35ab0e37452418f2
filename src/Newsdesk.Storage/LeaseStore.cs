using System.Data.Common;
using Dapper;

namespace Newsdesk.Storage;

/// <summary>
/// Named role leases (table <c>leases</c>): a role that one process at a time may play, such as the
/// online clusterer, whose state lives in memory. The holder renews it while it works; when it
/// stops renewing (dies, hangs, is paused), the lease expires and another process takes the role.
/// Every write the role makes checks, in its own transaction, that the lease is still its own
/// (<see cref="HoldsAsync"/>), so a holder that lost the lease never commits.
/// </summary>
public sealed class LeaseStore(Database database)
{
    /// <summary>Renews the lease when <paramref name="lease"/>'s owner holds it, or takes it when it is free or expired.</summary>
    public Task<RoleLeaseState> AcquireAsync(string name, Lease lease, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            if (await HoldsAsync(connection, tx, name, lease, ct))
            {
                return RoleLeaseState.Renewed;
            }

            var taken = await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO leases (name, owner, expires_at) VALUES (@name, @LeaseOwner, @LeaseUntil)
                ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
                WHERE leases.expires_at <= @LeaseNow
                """, Merge(name, lease), tx, cancellationToken: ct));
            return taken > 0 ? RoleLeaseState.Acquired : RoleLeaseState.HeldElsewhere;
        }, ct);

    /// <summary>Gives the lease up at once (a clean shutdown), when <paramref name="owner"/> holds it.</summary>
    public Task<bool> ReleaseAsync(string name, string owner, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) => await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE leases SET expires_at = 0 WHERE name = @name AND owner = @owner", new { name, owner }, tx, cancellationToken: ct)) > 0, ct);

    /// <summary>The owner and expiry of a lease, or null when it was never taken.</summary>
    public Task<(string Owner, DateTimeOffset ExpiresAt)?> GetAsync(string name, CancellationToken ct) =>
        database.ReadAsync(async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<(string Owner, long ExpiresAt)?>(new CommandDefinition(
                "SELECT owner, expires_at FROM leases WHERE name = @name", new { name }, cancellationToken: ct));
            return row is { } r ? (r.Owner, UnixMs.To(r.ExpiresAt)) : ((string, DateTimeOffset)?)null;
        }, ct);

    /// <summary>
    /// Inside a write transaction: true when <paramref name="lease"/>'s owner still holds the lease
    /// (not expired), which it then renews. On PostgreSQL the row stays locked until the
    /// transaction ends, so no one can take the lease over between this check and the commit.
    /// </summary>
    public static async Task<bool> HoldsAsync(DbConnection connection, DbTransaction tx, string name, Lease lease, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE leases SET expires_at = @LeaseUntil WHERE name = @name AND owner = @LeaseOwner AND expires_at > @LeaseNow",
            Merge(name, lease), tx, cancellationToken: ct)) > 0;

    private static DynamicParameters Merge(string name, Lease lease)
    {
        var parameters = new DynamicParameters(lease.Parameters);
        parameters.Add("name", name);
        return parameters;
    }
}
