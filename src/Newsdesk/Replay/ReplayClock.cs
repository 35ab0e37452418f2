namespace Newsdesk.Replay;

/// <summary>
/// The replay's story clock. It runs from <c>from</c> to <c>until</c> at <see cref="Speed"/> story
/// seconds per real second, but it holds at each capture time (a gate) until every capture that
/// becomes current then has been taken: served, and a poll of its outlet recorded after that
/// (<see cref="Recorded"/>), so its items are stored while the clock still reads the capture's
/// time. No capture is then skipped, and an item's first-seen time is its capture's time, however
/// slow the pipeline's polling is under load. A gate not passed within the gate timeout opens
/// anyway (the replay never stalls; its captures may then be skipped or seen late, and
/// <see cref="TakenCount"/> says so). Past <c>until</c> the clock stands still.
/// Thread-safe: the feed server marks captures served while the pipeline reads the time.
/// </summary>
public sealed class ReplayClock
{
    private readonly object _lock = new();
    private readonly TimeProvider _real;
    private readonly TimeSpan _gateTimeout;
    private readonly List<Gate> _gates;
    private readonly Dictionary<Capture, Gate> _gateOf;
    private readonly Dictionary<Capture, DateTimeOffset> _served = [];
    private int _taken;
    private DateTimeOffset _anchorStory;
    private DateTimeOffset _anchorReal;
    private int _next;
    private int _timedOut;

    public ReplayClock(IReadOnlyList<Capture> captures, DateTimeOffset from, DateTimeOffset until, double speed, TimeSpan gateTimeout, TimeProvider real)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(speed, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(until, from);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(gateTimeout, TimeSpan.Zero);
        _real = real;
        _gateTimeout = gateTimeout;
        From = from;
        Until = until;
        Speed = speed;
        // Captures current when the replay begins form the first gate, at the start itself.
        _gates = captures
            .GroupBy(c => c.At < from ? from : c.At)
            .OrderBy(g => g.Key)
            .Select(g => new Gate(g.Key, g.ToHashSet()))
            .ToList();
        _gateOf = _gates.SelectMany(g => g.Pending.Select(c => (c, g))).ToDictionary(p => p.c, p => p.g);
        Total = _gateOf.Count;
        _anchorStory = from;
        _anchorReal = real.GetUtcNow();
    }

    public DateTimeOffset From { get; }

    public DateTimeOffset Until { get; }

    /// <summary>Story seconds per real second.</summary>
    public double Speed { get; }

    /// <summary>Captures the replay serves.</summary>
    public int Total { get; }

    /// <summary>Captures served at least once.</summary>
    public int ServedCount
    {
        get
        {
            lock (_lock)
            {
                return _served.Count;
            }
        }
    }

    /// <summary>Captures taken: served, and a poll of their outlet recorded since.</summary>
    public int TakenCount
    {
        get
        {
            lock (_lock)
            {
                return _taken;
            }
        }
    }

    /// <summary>Gates that opened on their timeout, with captures not yet served (skipped, or served late).</summary>
    public int TimedOutGates
    {
        get
        {
            lock (_lock)
            {
                return _timedOut;
            }
        }
    }

    /// <summary>Where the replay has got to.</summary>
    public DateTimeOffset Now
    {
        get
        {
            lock (_lock)
            {
                return Advance(_real.GetUtcNow());
            }
        }
    }

    /// <summary>True once the clock stands at the end and every gate is passed.</summary>
    public bool Finished
    {
        get
        {
            lock (_lock)
            {
                return Advance(_real.GetUtcNow()) >= Until && _next >= _gates.Count;
            }
        }
    }

    /// <summary>The feed server served <paramref name="capture"/> (its first serving counts).</summary>
    public void Served(Capture capture)
    {
        lock (_lock)
        {
            _served.TryAdd(capture, _real.GetUtcNow());
        }
    }

    /// <summary>
    /// A poll of <paramref name="outlet"/> was recorded at <paramref name="polledAt"/> (real time):
    /// each capture of it served before then is taken, and its gate may open.
    /// </summary>
    public void Recorded(string outlet, DateTimeOffset polledAt)
    {
        lock (_lock)
        {
            for (var i = 0; i < _gates.Count && i <= _next; i++)
            {
                var gate = _gates[i];
                var taken = gate.Pending.RemoveWhere(c => c.Outlet == outlet && _served.TryGetValue(c, out var at) && at <= polledAt);
                _taken += taken;
                if (taken > 0 && gate.Pending.Count == 0)
                {
                    gate.EmptiedAt ??= _real.GetUtcNow();
                }
            }
        }
    }

    /// <summary>True while the clock holds at a capture time for captures not yet taken.</summary>
    public bool Waiting => WaitingFor.Count > 0;

    /// <summary>
    /// The outlets the clock holds for: those with a capture current since the capture time it
    /// holds at and not yet taken (ordinal order; empty while the clock runs).
    /// </summary>
    public IReadOnlyList<string> WaitingFor
    {
        get
        {
            lock (_lock)
            {
                var now = Advance(_real.GetUtcNow());
                return _next < _gates.Count && now >= _gates[_next].At
                    ? _gates[_next].Pending.Select(c => c.Outlet).Distinct().Order(StringComparer.Ordinal).ToList()
                    : [];
            }
        }
    }

    /// <summary>Moves past every gate that may open by <paramref name="real"/>; returns the story time then. Call under the lock.</summary>
    private DateTimeOffset Advance(DateTimeOffset real)
    {
        while (_next < _gates.Count)
        {
            var gate = _gates[_next];
            var reached = _anchorReal + (gate.At - _anchorStory) / Speed;
            if (real < reached)
            {
                break;
            }

            DateTimeOffset resume;
            if (gate.Pending.Count == 0)
            {
                resume = gate.EmptiedAt is { } emptied && emptied > reached ? emptied : reached;
            }
            else if (real - reached >= _gateTimeout)
            {
                resume = reached + _gateTimeout;
                _timedOut++;
            }
            else
            {
                return gate.At;   // held: a capture current since gate.At has not been fetched yet
            }

            _anchorStory = gate.At;
            _anchorReal = resume;
            _next++;
        }

        var now = _anchorStory + (real - _anchorReal) * Speed;
        return now < _anchorStory ? _anchorStory : now > Until ? Until : now;
    }

    private sealed class Gate(DateTimeOffset at, HashSet<Capture> pending)
    {
        public DateTimeOffset At { get; } = at;

        public HashSet<Capture> Pending { get; } = pending;

        public DateTimeOffset? EmptiedAt { get; set; }
    }
}
