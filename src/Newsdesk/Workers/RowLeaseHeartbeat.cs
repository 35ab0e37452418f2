using Newsdesk.Storage;

namespace Newsdesk.Workers;

/// <summary>
/// What one renewal of a heartbeat found: the rows still held (renewed) and those lost; or, when
/// the renewal failed (<paramref name="Error"/>), the rows still held as far as anyone knows.
/// </summary>
internal sealed record LeaseRenewal(IReadOnlySet<long> Held, IReadOnlySet<long> Lost, Exception? Error = null);

/// <summary>
/// Keeps a live worker's row leases on work in progress (a delivery being sent), so that a slow
/// piece of work is never taken over while its worker is alive: renews them at once (which also
/// says which of them are still held), then every <see cref="RenewalsPerLease"/>th of the lease
/// length until disposed. Only a worker that is dead, hung or paused for two renewals in a row lets
/// a lease run out. A row whose renewal finds its lease gone is lost for good: it leaves the held
/// set, <see cref="Lost"/> is cancelled (the work should stop), and the worker must store nothing
/// for it. A renewal that fails (the database away for longer than its retries) is reported and
/// tried again at the next tick; the lease may run out meanwhile, and the next renewal then finds
/// it lost (the outcome is stored only while the lease is held, so a failed renewal never lets a
/// lapsed holder store one). Disposing stops the renewals and waits for one in progress, so none runs after.
/// </summary>
internal sealed class RowLeaseHeartbeat : IAsyncDisposable
{
    /// <summary>Renewals per lease length: a lease outlives two renewals missed or late in a row.</summary>
    public const int RenewalsPerLease = 3;

    private readonly Func<IReadOnlyCollection<long>, Lease, CancellationToken, Task<IReadOnlySet<long>>> renew;
    private readonly WorkerLeases leases;
    private readonly Action<LeaseRenewal>? renewed;
    private readonly HashSet<long> held;
    private readonly CancellationTokenSource stop;
    private readonly CancellationTokenSource lost = new();
    private readonly Lock gate = new();
    private PeriodicTimer? timer;
    private Task? loop;
    private bool disposed;

    private RowLeaseHeartbeat(
        Func<IReadOnlyCollection<long>, Lease, CancellationToken, Task<IReadOnlySet<long>>> renew,
        WorkerLeases leases, IEnumerable<long> ids, Action<LeaseRenewal>? renewed, CancellationToken ct)
    {
        this.renew = renew;
        this.leases = leases;
        this.renewed = renewed;
        held = [.. ids];
        stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
    }

    /// <summary>How often the leases are renewed: the row lease's length over <see cref="RenewalsPerLease"/>.</summary>
    public static TimeSpan Interval(WorkerLeases leases) => leases.RowDuration / RenewalsPerLease;

    /// <summary>Cancelled when a renewal finds one of the rows lost (read it only before disposing).</summary>
    public CancellationToken Lost => lost.Token;

    /// <summary>Whether a renewal found one of the rows lost (readable after disposing too).</summary>
    public bool LostAny { get; private set; }

    /// <summary>The rows whose leases this heartbeat still holds.</summary>
    public IReadOnlySet<long> Held
    {
        get
        {
            lock (gate)
            {
                return held.ToHashSet();
            }
        }
    }

    /// <summary>
    /// Renews the leases of <paramref name="ids"/> now and keeps renewing those still held, on
    /// <paramref name="time"/>'s timer, until disposed or <paramref name="ct"/> is cancelled.
    /// <paramref name="renewed"/> hears every renewal (the worker's event; tests wait on it).
    /// </summary>
    public static async Task<RowLeaseHeartbeat> StartAsync(
        Func<IReadOnlyCollection<long>, Lease, CancellationToken, Task<IReadOnlySet<long>>> renew,
        WorkerLeases leases, TimeProvider time, IReadOnlyCollection<long> ids, Action<LeaseRenewal>? renewed, CancellationToken ct)
    {
        var heartbeat = new RowLeaseHeartbeat(renew, leases, ids, renewed, ct);
        try
        {
            await heartbeat.RenewAsync(heartbeat.stop.Token);
            if (heartbeat.Held.Count > 0)
            {
                // The timer starts before StartAsync returns, so its first tick is one interval after this renewal.
                heartbeat.timer = new PeriodicTimer(Interval(leases), time);
                heartbeat.loop = heartbeat.RunAsync(heartbeat.timer, heartbeat.stop.Token);
            }

            return heartbeat;
        }
        catch
        {
            await heartbeat.DisposeAsync();
            throw;
        }
    }

    private async Task RunAsync(PeriodicTimer ticks, CancellationToken ct)
    {
        while (await ticks.WaitForNextTickAsync(ct))
        {
            try
            {
                if (!await RenewAsync(ct))
                {
                    return;   // nothing left to keep
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database is away for longer than its retries: say so, and try at the next tick.
                renewed?.Invoke(new LeaseRenewal(Held, new HashSet<long>(), e));
            }
        }
    }

    /// <summary>One renewal; false when no row is held any more.</summary>
    private async Task<bool> RenewAsync(CancellationToken ct)
    {
        var ids = Held;
        var kept = await renew(ids, leases.Row(), ct);
        var gone = ids.Where(id => !kept.Contains(id)).ToHashSet();
        lock (gate)
        {
            held.ExceptWith(gone);
        }

        renewed?.Invoke(new LeaseRenewal(kept, gone));
        if (gone.Count > 0)
        {
            LostAny = true;
            await lost.CancelAsync();
        }

        return kept.Count > 0;
    }

    /// <summary>Stops renewing (a renewal in progress finishes first); the leases then run out unless the worker frees them.</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        await stop.CancelAsync();
        if (loop is not null)
        {
            try
            {
                await loop;
            }
            catch (OperationCanceledException)
            {
                // Stopped.
            }
        }

        timer?.Dispose();
        stop.Dispose();
        lost.Dispose();
    }
}
