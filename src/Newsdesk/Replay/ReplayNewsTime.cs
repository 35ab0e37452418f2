namespace Newsdesk.Replay;

/// <summary>The replay's story time as a clock for the newsroom (<see cref="Workers.NewsClock"/>).</summary>
internal sealed class ReplayNewsTime(ReplayClock clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.Now;
}
