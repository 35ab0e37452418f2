using System.ComponentModel.DataAnnotations;

namespace Newsdesk.Hosting;

/// <summary>
/// How long a worker holds what it works on (section <c>Newsdesk:Leases</c>; docs/scale.md).
/// A lease that is not finished or renewed in time is taken over by another worker, and the late
/// holder's result is then discarded, never stored twice.
/// </summary>
public sealed class LeaseOptions
{
    public const string Section = "Newsdesk:Leases";

    /// <summary>
    /// A row lease: a source being polled, an item's page being fetched, a story being written.
    /// Longer than a chunk of work takes (a poll chunk is two fetch timeouts, 2 × 30 s by default);
    /// it is also how long a dead worker's rows wait before another worker picks them up.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The clustering role: renewed by every placement and every round, so a live holder keeps it;
    /// a dead holder's role passes to another worker this long after its last renewal.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RoleDuration { get; set; } = TimeSpan.FromMinutes(1);
}
