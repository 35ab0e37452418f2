using System.Collections.Concurrent;
using Newsdesk.Storage;

namespace Newsdesk.Web;

/// <summary>
/// Where admin sessions live server-side, so that logging out ends a session (issue #17): a session
/// cookie is valid only while its session is here. Keys are the SHA-256 of the session id.
/// </summary>
internal interface IAdminSessions
{
    Task AddAsync(string idHash, DateTimeOffset now, DateTimeOffset expires, CancellationToken ct);

    Task<bool> IsActiveAsync(string idHash, DateTimeOffset now, CancellationToken ct);

    Task RevokeAsync(string idHash, CancellationToken ct);
}

/// <summary>Sessions in the database (every host with storage): a logout ends the session in every web process.</summary>
internal sealed class StoredAdminSessions(AdminSessionStore store) : IAdminSessions
{
    public Task AddAsync(string idHash, DateTimeOffset now, DateTimeOffset expires, CancellationToken ct) => store.AddAsync(idHash, now, expires, ct);

    public Task<bool> IsActiveAsync(string idHash, DateTimeOffset now, CancellationToken ct) => store.IsActiveAsync(idHash, now, ct);

    public Task RevokeAsync(string idHash, CancellationToken ct) => store.RevokeAsync(idHash, ct);
}

/// <summary>
/// Sessions in this process's memory, for a site without a database (the sample site, its tests):
/// a restart signs everyone out. At most <see cref="MaxSessions"/>; past that the one expiring
/// soonest goes first.
/// </summary>
internal sealed class MemoryAdminSessions : IAdminSessions
{
    /// <summary>Sessions kept at once: far more admins than a news desk has, small enough to bound memory.</summary>
    public const int MaxSessions = 1_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> sessions = new(StringComparer.Ordinal);

    public Task AddAsync(string idHash, DateTimeOffset now, DateTimeOffset expires, CancellationToken ct)
    {
        foreach (var (key, until) in sessions)
        {
            if (until <= now)
            {
                sessions.TryRemove(key, out _);
            }
        }

        while (sessions.Count >= MaxSessions && sessions.MinBy(s => s.Value) is { Key: { } oldest })
        {
            sessions.TryRemove(oldest, out _);
        }

        sessions[idHash] = expires;
        return Task.CompletedTask;
    }

    public Task<bool> IsActiveAsync(string idHash, DateTimeOffset now, CancellationToken ct) =>
        Task.FromResult(sessions.TryGetValue(idHash, out var until) && until > now);

    public Task RevokeAsync(string idHash, CancellationToken ct)
    {
        sessions.TryRemove(idHash, out _);
        return Task.CompletedTask;
    }
}
