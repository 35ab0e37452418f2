namespace Newsdesk.Demo;

/// <summary>
/// The replay clock: maps real time elapsed since the replay began to story time, a fixed
/// past span (the events' own dates), sped up by <see cref="Speed"/>. Story time stops at the
/// end of the span, so everything stays published once the replay is over.
/// </summary>
public sealed class DemoTimeline
{
    private readonly TimeProvider _time;
    private readonly DateTimeOffset _realStart;

    public DemoTimeline(DateTimeOffset storyStart, TimeSpan storyLength, TimeSpan replayLength, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(storyLength, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(replayLength, TimeSpan.Zero);
        _time = time;
        _realStart = time.GetUtcNow();
        StoryStart = storyStart.ToUniversalTime();
        StoryLength = storyLength;
        ReplayLength = replayLength;
        Speed = storyLength / replayLength;
    }

    public DateTimeOffset StoryStart { get; }

    public TimeSpan StoryLength { get; }

    public DateTimeOffset StoryEnd => StoryStart + StoryLength;

    /// <summary>Real time the whole span takes to replay.</summary>
    public TimeSpan ReplayLength { get; }

    /// <summary>Story seconds per real second.</summary>
    public double Speed { get; }

    /// <summary>Story time elapsed since <see cref="StoryStart"/>, in [0, <see cref="StoryLength"/>].</summary>
    public TimeSpan StoryElapsed
    {
        get
        {
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

    /// <summary>Real time still to wait until the story clock reaches <paramref name="storyOffset"/> (zero when past).</summary>
    public TimeSpan RealDelayUntil(TimeSpan storyOffset)
    {
        var remaining = storyOffset - StoryElapsed;
        return remaining <= TimeSpan.Zero ? TimeSpan.Zero : remaining / Speed;
    }
}
