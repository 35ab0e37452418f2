namespace Newsdesk.Tests.Demo;

/// <summary>A clock the test moves by hand; nothing else in the replay reads the wall clock.</summary>
internal sealed class SampleOutletsClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
