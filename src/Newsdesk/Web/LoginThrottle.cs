using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Newsdesk.Web;

/// <summary>
/// Throttles wrong admin keys per client address (login form and Bearer key alike): the first
/// <see cref="FreeFailures"/> cost nothing; each later one makes the client wait
/// <see cref="FirstDelay"/>, doubling; at <see cref="LockoutFailures"/> the client is locked out for
/// <see cref="Lockout"/>. While a client waits, every admin key it sends is refused unchecked (429
/// with Retry-After), the right one too. A right key resets the count; failures are forgotten
/// <see cref="ForgetAfter"/> after the last one. Each delay and each lockout is logged once, and so
/// is the first refused request of each wait (<see cref="FirstRefusal"/>): a client knocking during
/// its wait cannot fill the log, one line per request.
/// Times come from the injected clock. Counts live in this process's memory (at most
/// <see cref="MaxClients"/> addresses): each web process throttles on its own.
/// </summary>
internal sealed class LoginThrottle(TimeProvider time, ILogger<LoginThrottle> logger)
{
    /// <summary>Wrong keys a client may send before it has to wait: room for typos.</summary>
    public const int FreeFailures = 5;

    /// <summary>Wrong keys after which the client is locked out for <see cref="Lockout"/>.</summary>
    public const int LockoutFailures = 10;

    /// <summary>The first wait, after <see cref="FreeFailures"/> + 1 wrong keys; each further one doubles it (1, 2, 4, 8, 16 s).</summary>
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);

    /// <summary>How long a client that sent <see cref="LockoutFailures"/> wrong keys is refused.</summary>
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    /// <summary>A client's failures are forgotten this long after its last one.</summary>
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(1);

    /// <summary>Client addresses tracked at once; past that, the stalest are forgotten.</summary>
    public const int MaxClients = 10_000;

    private readonly ConcurrentDictionary<string, ClientState> clients = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>How long <paramref name="client"/> must still wait before a key of its is checked; null when it may try now.</summary>
    public TimeSpan? Wait(string client)
    {
        var now = time.GetUtcNow();
        return clients.TryGetValue(client, out var state) && state.BlockedUntil > now ? state.BlockedUntil - now : null;
    }

    /// <summary>Counts a wrong key from <paramref name="client"/>.</summary>
    public void Failed(string client)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (clients.Count >= MaxClients && !clients.ContainsKey(client))
            {
                Forget(now);
            }

            var state = clients.TryGetValue(client, out var s) && now - s.LastFailure < ForgetAfter ? s : new ClientState(0, now, now);
            var failures = state.Failures + 1;
            var blockedUntil = state.BlockedUntil;
            if (failures >= LockoutFailures)
            {
                blockedUntil = now + Lockout;
                SiteLog.AdminLockedOut(logger, client, failures, Lockout);
            }
            else if (failures > FreeFailures)
            {
                var delay = FirstDelay * Math.Pow(2, failures - FreeFailures - 1);
                blockedUntil = now + delay;
                SiteLog.AdminLoginDelayed(logger, client, failures, delay);
            }

            clients[client] = new ClientState(failures, now, blockedUntil);
        }
    }

    /// <summary>
    /// True for the first request of <paramref name="client"/> refused during its current wait, false
    /// for the others of that wait: the refusal is logged once per wait, not once per request.
    /// </summary>
    public bool FirstRefusal(string client)
    {
        lock (gate)
        {
            if (!clients.TryGetValue(client, out var state) || state.RefusalSeen)
            {
                return false;
            }

            clients[client] = state with { RefusalSeen = true };
            return true;
        }
    }

    /// <summary>A right key: the client's count starts again.</summary>
    public void Succeeded(string client) => clients.TryRemove(client, out _);

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, state) in clients)
        {
            if (now - state.LastFailure >= ForgetAfter && state.BlockedUntil <= now)
            {
                clients.TryRemove(key, out _);
            }
        }

        // Still full (a flood from many addresses): drop the stalest that are not blocked now.
        foreach (var (key, _) in clients.Where(c => c.Value.BlockedUntil <= now).OrderBy(c => c.Value.LastFailure).Take(Math.Max(0, clients.Count - MaxClients + 1)).ToList())
        {
            clients.TryRemove(key, out _);
        }
    }

    /// <param name="RefusalSeen">A request was already refused (and logged) during the wait that ends at <paramref name="BlockedUntil"/>.</param>
    private sealed record ClientState(int Failures, DateTimeOffset LastFailure, DateTimeOffset BlockedUntil, bool RefusalSeen = false);
}
