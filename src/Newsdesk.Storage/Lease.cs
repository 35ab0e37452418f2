using System.Globalization;

namespace Newsdesk.Storage;

/// <summary>
/// Who holds a lease: one id per worker process, unique across machines and restarts
/// (host name, process id and a random part), so that a restarted process never mistakes an old
/// lease of its predecessor for its own.
/// </summary>
public sealed record LeaseOwner(string Id)
{
    public static LeaseOwner ForThisProcess() => new(string.Create(CultureInfo.InvariantCulture,
        $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}"));
}

/// <summary>
/// A lease taken or checked now: held by <see cref="Owner"/> until <see cref="ExpiresAt"/>. Times
/// come from the workers' clocks (TimeProvider), so the machines sharing a database must agree on
/// the time to well within <see cref="Duration"/>.
/// </summary>
public readonly record struct Lease(string Owner, DateTimeOffset Now, TimeSpan Duration)
{
    public DateTimeOffset ExpiresAt => Now + Duration;

    internal object Parameters => new { LeaseOwner = Owner, LeaseNow = UnixMs.From(Now), LeaseUntil = UnixMs.From(ExpiresAt) };
}

/// <summary>How asking for a role lease went.</summary>
public enum RoleLeaseState
{
    /// <summary>This owner held it without a gap and still does, renewed: its in-memory state is current.</summary>
    Renewed,

    /// <summary>This owner has it now, newly (free, expired, or its own lapsed lease): rebuild state from storage.</summary>
    Acquired,

    /// <summary>Another owner holds it and it has not expired: leave the role alone.</summary>
    HeldElsewhere,
}

/// <summary>A role lease (table <c>leases</c>) that a write must still hold to commit: the role's name and the holder's lease, taken now.</summary>
public readonly record struct RoleLease(string Name, Lease Lease);
