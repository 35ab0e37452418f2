namespace Newsdesk.Tests.Notify;

/// <summary>A clock the test moves by hand: backoff and due times are checked without waiting.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
