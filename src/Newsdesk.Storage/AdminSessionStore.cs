using Dapper;

namespace Newsdesk.Storage;

/// <summary>
/// Server-side admin sessions (table <c>admin_sessions</c>): the SHA-256 of each session id and its
/// expiry. Logging out deletes the row, which ends the session in every process sharing the database.
/// </summary>
public sealed class AdminSessionStore(Database database)
{
    /// <summary>Stores a new session; expired sessions are cleared on the way (no sweeper needed).</summary>
    public Task AddAsync(string idHash, DateTimeOffset now, DateTimeOffset expires, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            var at = UnixMs.From(now);
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM admin_sessions WHERE expires_at <= @at", new { at }, tx, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO admin_sessions (id_hash, created_at, expires_at) VALUES (@idHash, @at, @expires)",
                new { idHash, at, expires = UnixMs.From(expires) }, tx, cancellationToken: ct));
            return true;
        }, ct);

    /// <summary>Whether the session exists and has not expired.</summary>
    public Task<bool> IsActiveAsync(string idHash, DateTimeOffset now, CancellationToken ct) =>
        database.ReadAsync(async connection => await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM admin_sessions WHERE id_hash = @idHash AND expires_at > @now",
            new { idHash, now = UnixMs.From(now) }, cancellationToken: ct)) > 0, ct);

    /// <summary>Ends the session (logout); false when it was not there.</summary>
    public Task<bool> RevokeAsync(string idHash, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) => await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM admin_sessions WHERE id_hash = @idHash", new { idHash }, tx, cancellationToken: ct)) > 0, ct);
}
