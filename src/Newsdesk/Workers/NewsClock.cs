namespace Newsdesk.Workers;

/// <summary>
/// The newsroom's clock: what "now" is for significance, breaking, ranking and revision times.
/// It is the system clock when serving; the demo, which replays days of past coverage in a
/// minute, runs it on the replay's story time. HTTP timeouts and per-host gaps never use it.
/// </summary>
public sealed class NewsClock(TimeProvider clock)
{
    public static NewsClock System { get; } = new(TimeProvider.System);

    public TimeProvider Provider { get; } = clock;

    public DateTimeOffset Now => Provider.GetUtcNow();
}
