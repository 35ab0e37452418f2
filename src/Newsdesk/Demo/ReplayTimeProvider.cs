namespace Newsdesk.Demo;

/// <summary>The replay's story time as a clock: "now" is where the replay has got to in the past span.</summary>
public sealed class ReplayTimeProvider(DemoTimeline timeline) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => timeline.StoryNow;
}
