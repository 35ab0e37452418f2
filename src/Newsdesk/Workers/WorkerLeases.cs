using Microsoft.Extensions.Options;
using Newsdesk.Hosting;
using Newsdesk.Storage;

namespace Newsdesk.Workers;

/// <summary>
/// This process's leases: its owner id (one per process) and the lease lengths, stamped with the
/// current time each time a lease is taken, renewed or checked.
/// </summary>
internal sealed class WorkerLeases(LeaseOwner owner, IOptions<LeaseOptions> options, TimeProvider time)
{
    /// <summary>The clustering role's lease name (table <c>leases</c>).</summary>
    public const string ClusterRole = "cluster";

    public string Owner => owner.Id;

    /// <summary>How long a row lease lasts unless renewed.</summary>
    public TimeSpan RowDuration => options.Value.Duration;

    /// <summary>How long a role lease lasts unless renewed.</summary>
    public TimeSpan RoleDuration => options.Value.RoleDuration;

    /// <summary>A row lease taken or checked now.</summary>
    public Lease Row() => new(owner.Id, time.GetUtcNow(), options.Value.Duration);

    /// <summary>The role lease <paramref name="name"/>, taken, renewed or checked now.</summary>
    public RoleLease Role(string name) => new(name, new Lease(owner.Id, time.GetUtcNow(), options.Value.RoleDuration));
}
