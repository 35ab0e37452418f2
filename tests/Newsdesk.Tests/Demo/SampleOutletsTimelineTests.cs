using Newsdesk.Demo;

namespace Newsdesk.Tests.Demo;

public sealed class SampleOutletsTimelineTests
{
    private static readonly DateTimeOffset StoryStart = new(2026, 11, 16, 6, 0, 0, TimeSpan.Zero);

    public sealed record Case(string Name, double RealSeconds, double ExpectedStoryHours)
    {
        public override string ToString() => Name;
    }

    // 72 story hours in 72 real seconds: one real second is one story hour.
    public static TheoryData<Case> Cases => new()
    {
        new("at the start the story clock is at its start", 0, 0),
        new("one real second is one story hour", 1, 1),
        new("half way", 36, 36),
        new("the end of the replay", 72, 72),
        new("after the end the clock stays at the end", 500, 72),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Maps_real_time_to_story_time(Case c)
    {
        var clock = new SampleOutletsClock(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var timeline = new DemoTimeline(StoryStart, TimeSpan.FromHours(72), TimeSpan.FromSeconds(72), clock);
        clock.Advance(TimeSpan.FromSeconds(c.RealSeconds));

        Assert.Equal(TimeSpan.FromHours(c.ExpectedStoryHours), timeline.StoryElapsed);
        Assert.Equal(StoryStart + TimeSpan.FromHours(c.ExpectedStoryHours), timeline.StoryNow);
        Assert.Equal(c.ExpectedStoryHours >= 72, timeline.Finished);
    }

    [Fact]
    public void Says_how_long_to_wait_for_a_story_time()
    {
        var clock = new SampleOutletsClock(DateTimeOffset.UnixEpoch);
        var timeline = new DemoTimeline(StoryStart, TimeSpan.FromHours(72), TimeSpan.FromSeconds(72), clock);
        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(3600, timeline.Speed);
        Assert.Equal(TimeSpan.FromSeconds(5), timeline.RealDelayUntil(TimeSpan.FromHours(15)));
        Assert.Equal(TimeSpan.Zero, timeline.RealDelayUntil(TimeSpan.FromHours(2)));
        Assert.True(timeline.HasPassed(TimeSpan.FromHours(10)));
        Assert.False(timeline.HasPassed(TimeSpan.FromHours(10) + TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void A_stepped_timeline_moves_only_when_stepped()
    {
        var timeline = DemoTimeline.Stepped(StoryStart, TimeSpan.FromHours(72));

        Assert.True(timeline.IsStepped);
        Assert.Equal(TimeSpan.Zero, timeline.StoryElapsed);
        timeline.StepTo(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(35));
        Assert.Equal(StoryStart + TimeSpan.FromHours(2) + TimeSpan.FromMinutes(35), timeline.StoryNow);
        Assert.True(timeline.HasPassed(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(35)));
        Assert.False(timeline.HasPassed(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(36)));
        Assert.False(timeline.Finished);
        Assert.Throws<ArgumentOutOfRangeException>(() => timeline.StepTo(TimeSpan.FromHours(1)));
        timeline.StepTo(TimeSpan.FromHours(100));
        Assert.Equal(TimeSpan.FromHours(72), timeline.StoryElapsed);
        Assert.True(timeline.Finished);
    }

    [Fact]
    public void A_timeline_on_the_clock_cannot_be_stepped()
    {
        var timeline = new DemoTimeline(StoryStart, TimeSpan.FromHours(72), TimeSpan.FromSeconds(72), new SampleOutletsClock(DateTimeOffset.UnixEpoch));

        Assert.False(timeline.IsStepped);
        Assert.Throws<InvalidOperationException>(() => timeline.StepTo(TimeSpan.FromHours(1)));
    }

    [Fact]
    public void The_replay_moments_are_every_time_the_outlets_change()
    {
        var samples = SampleSetLoader.Load(SamplesLocator.Locate(null));
        var moments = ReplayMoments.Of(samples);

        Assert.Equal(TimeSpan.Zero, moments[0]);
        Assert.Equal(samples.StoryLength, moments[^1]);
        Assert.Equal(moments.Order().Distinct(), moments);
        Assert.All(samples.Articles, a => Assert.Contains(a.PublishedOffset, moments));
        Assert.All(samples.Outlets.SelectMany(o => o.Faults.FeedErrorWindows), w =>
        {
            Assert.Contains(w.From, moments);
            Assert.Contains(w.To, moments);
        });
    }
}
