namespace Newsdesk.Demo;

/// <summary>
/// The replay clock: story time over a fixed past span (the events' own dates). It runs one of two
/// ways. Sped up (the demo as users watch it): real time elapsed since the replay began maps to
/// story time at <see cref="Speed"/> story seconds per real second. Stepped (<see cref="Stepped"/>):
/// story time stands still until <see cref="StepTo"/> moves it, so a driver can let the pipeline
/// handle each moment completely before the next, whatever the machine's load. Either way story
/// time stops at the end of the span, so everything stays published once the replay is over.
/// Thread-safe: the outlets read it while a driver steps it.
/// </summary>
public sealed class DemoTimeline
{
    /// <summary>The real clock of a sped-up timeline; null for a stepped one.</summary>
    private readonly TimeProvider? _time;
    private readonly DateTimeOffset _realStart;

    /// <summary>Story time elapsed of a stepped timeline, in ticks.</summary>
    private long _steppedTicks;

    public DemoTimeline(DateTimeOffset storyStart, TimeSpan storyLength, TimeSpan replayLength, TimeProvider time)
        : this(storyStart, storyLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(replayLength, TimeSpan.Zero);
        _time = time;
        _realStart = time.GetUtcNow();
        ReplayLength = replayLength;
        Speed = storyLength / replayLength;
    }

    private DemoTimeline(DateTimeOffset storyStart, TimeSpan storyLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(storyLength, TimeSpan.Zero);
        StoryStart = storyStart.ToUniversalTime();
        StoryLength = storyLength;
    }

    /// <summary>A timeline at the start of the span that moves only when stepped.</summary>
    public static DemoTimeline Stepped(DateTimeOffset storyStart, TimeSpan storyLength) => new(storyStart, storyLength);

    /// <summary>True when story time moves only by <see cref="StepTo"/>.</summary>
    public bool IsStepped => _time is null;

    public DateTimeOffset StoryStart { get; }

    public TimeSpan StoryLength { get; }

    public DateTimeOffset StoryEnd => StoryStart + StoryLength;

    /// <summary>Real time the whole span takes to replay (zero when stepped: it takes what the driver takes).</summary>
    public TimeSpan ReplayLength { get; }

    /// <summary>Story seconds per real second (zero when stepped).</summary>
    public double Speed { get; }

    /// <summary>Story time elapsed since <see cref="StoryStart"/>, in [0, <see cref="StoryLength"/>].</summary>
    public TimeSpan StoryElapsed
    {
        get
        {
            if (_time is null)
            {
                return TimeSpan.FromTicks(Interlocked.Read(ref _steppedTicks));
            }

            var real = _time.GetUtcNow() - _realStart;
            if (real <= TimeSpan.Zero)
            {
                return TimeSpan.Zero;
            }

            return real >= ReplayLength ? StoryLength : real * Speed;
        }
    }

    public DateTimeOffset StoryNow => StoryStart + StoryElapsed;

    public bool Finished => StoryElapsed >= StoryLength;

    public bool HasPassed(TimeSpan storyOffset) => storyOffset <= StoryElapsed;

    /// <summary>Moves a stepped timeline on to <paramref name="storyOffset"/> (past the end: to the end). Story time never goes back.</summary>
    public void StepTo(TimeSpan storyOffset)
    {
        if (_time is not null)
        {
            throw new InvalidOperationException("this timeline runs on the clock; only a stepped timeline is stepped");
        }

        var to = storyOffset > StoryLength ? StoryLength : storyOffset;
        ArgumentOutOfRangeException.ThrowIfLessThan(to, StoryElapsed, nameof(storyOffset));
        Interlocked.Exchange(ref _steppedTicks, to.Ticks);
    }

    /// <summary>Real time still to wait until the story clock reaches <paramref name="storyOffset"/> (zero when past).</summary>
    public TimeSpan RealDelayUntil(TimeSpan storyOffset)
    {
        var remaining = storyOffset - StoryElapsed;
        if (remaining <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        return _time is null
            ? throw new InvalidOperationException("a stepped timeline reaches a moment only when stepped there")
            : remaining / Speed;
    }
}
