using System.Collections.Concurrent;

namespace Newsdesk.Fetching;

/// <summary>
/// Politeness per host: at most <c>perHost</c> requests to one host at once, and request starts to
/// one host at least <c>minGap</c> apart. One gate per fetcher (no global state).
/// </summary>
public sealed class HostGate(int perHost, TimeSpan minGap, TimeProvider time)
{
    /// <summary>Lanes kept before idle ones are dropped (article fetching meets many hosts once each).</summary>
    public const int MaxIdleLanes = 1024;

    private readonly ConcurrentDictionary<string, Lane> lanes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for a slot on the host's lane; dispose the result when the request (body included) is done.</summary>
    public async Task<IDisposable> EnterAsync(string host, CancellationToken ct)
    {
        if (lanes.Count > MaxIdleLanes)
        {
            Prune();
        }

        var lane = lanes.GetOrAdd(host, _ => new Lane(perHost));
        await lane.Slots.WaitAsync(ct);
        try
        {
            TimeSpan wait;
            lock (lane)
            {
                var now = time.GetUtcNow();
                var start = lane.NextStart > now ? lane.NextStart : now;
                lane.NextStart = start + minGap;
                wait = start - now;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct);
            }

            return new Slot(lane);
        }
        catch
        {
            lane.Slots.Release();
            throw;
        }
    }

    /// <summary>
    /// Drops lanes with no request in flight whose gap has passed: forgetting them cannot let a
    /// request start sooner than the gap allows. A lane taken between the check and the removal
    /// still works; it is just no longer shared with newcomers.
    /// </summary>
    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var (host, lane) in lanes)
        {
            if (lane.Slots.CurrentCount == perHost && lane.NextStart < now)
            {
                lanes.TryRemove(new KeyValuePair<string, Lane>(host, lane));
            }
        }
    }

    private sealed class Lane(int perHost)
    {
        public SemaphoreSlim Slots { get; } = new(perHost, perHost);

        public DateTimeOffset NextStart { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Slot(Lane lane) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                lane.Slots.Release();
            }
        }
    }
}
