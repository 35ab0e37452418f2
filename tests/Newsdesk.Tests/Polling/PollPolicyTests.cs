using Newsdesk.Sources;

namespace Newsdesk.Tests.Polling;

public sealed class PollPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly PollBounds Bounds = PollBounds.Default;

    public sealed record Case(string Name, TimeSpan Interval, int Failures, PollOutcome Outcome, TimeSpan ExpectedInterval, int ExpectedFailures, TimeSpan MinWait, TimeSpan MaxWait)
    {
        public override string ToString() => Name;
    }

    private static TimeSpan M(double minutes) => TimeSpan.FromMinutes(minutes);

    public static TheoryData<Case> Cases => new()
    {
        new("new items halve the interval", M(60), 0, new PollOutcome.Changed(3), M(30), 0, M(30), M(33)),
        new("new items never go below the minimum", M(6), 0, new PollOutcome.Changed(3), M(5), 0, M(5), M(5.5)),
        new("no change stretches the interval by half", M(60), 0, new PollOutcome.Unchanged(), M(90), 0, M(90), M(99)),
        new("a parsed feed with nothing new counts as no change", M(60), 0, new PollOutcome.Changed(0), M(90), 0, M(90), M(99)),
        new("no change never goes above the maximum", M(200), 0, new PollOutcome.Unchanged(), M(240), 0, M(240), M(264)),
        new("success after failures resets the count", M(60), 4, new PollOutcome.Unchanged(), M(90), 0, M(90), M(99)),
        new("first failure waits the minimum", M(60), 0, new PollOutcome.Failed(), M(60), 1, M(5), M(5.5)),
        new("third failure waits four times the minimum", M(60), 2, new PollOutcome.Failed(), M(60), 3, M(20), M(22)),
        new("backoff is capped", M(60), 30, new PollOutcome.Failed(), M(60), 31, M(360), M(396)),
        new("retry-after longer than the interval is honoured", M(30), 0, new PollOutcome.RateLimited(TimeSpan.FromHours(2)), M(30), 1, M(120), M(120)),
        new("retry-after shorter than the interval waits the interval", M(30), 0, new PollOutcome.RateLimited(TimeSpan.FromSeconds(10)), M(30), 1, M(30), M(30)),
        new("an absurd retry-after is capped at a day", M(30), 0, new PollOutcome.RateLimited(TimeSpan.FromDays(30)), M(30), 1, M(1440), M(1440)),
        new("an out-of-bounds stored interval is clamped first", M(1), 0, new PollOutcome.Unchanged(), M(7.5), 0, M(7.5), M(8.25)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Schedules(Case c)
    {
        foreach (var sourceId in new long[] { 1, 2, 77, 123456 })
        {
            var next = PollPolicy.Next(sourceId, c.Interval, c.Failures, c.Outcome, Now, Bounds);
            Assert.Equal(c.ExpectedInterval, next.Interval);
            Assert.Equal(c.ExpectedFailures, next.ConsecutiveFailures);
            Assert.InRange(next.NextPollAt - Now, c.MinWait, c.MaxWait);
        }
    }

    [Fact]
    public void Jitter_spreads_sources_with_the_same_wait()
    {
        var waits = Enumerable.Range(1, 50).Select(id => PollPolicy.Jittered(id, M(60))).Distinct().Count();
        Assert.True(waits > 40, $"only {waits} distinct waits");
    }

    [Fact]
    public void A_busy_feed_reaches_the_minimum_and_a_quiet_one_the_maximum()
    {
        var busy = M(30);
        var quiet = M(30);
        for (var i = 0; i < 20; i++)
        {
            busy = PollPolicy.Next(1, busy, 0, new PollOutcome.Changed(1), Now, Bounds).Interval;
            quiet = PollPolicy.Next(1, quiet, 0, new PollOutcome.Unchanged(), Now, Bounds).Interval;
        }

        Assert.Equal(Bounds.MinInterval, busy);
        Assert.Equal(Bounds.MaxInterval, quiet);
    }

    public static TheoryData<string, int, bool, Health> HealthCases => new()
    {
        { "never polled", 0, false, Health.New },
        { "last poll fine", 0, true, Health.Ok },
        { "one failure", 1, true, Health.Failing },
        { "four failures", 4, true, Health.Failing },
        { "five failures", 5, true, Health.Broken },
    };

    [Theory]
    [MemberData(nameof(HealthCases))]
    public void Health_of_a_source(string name, int failures, bool polled, Health expected)
    {
        var source = new Source(1, "http://x/", null, "feed", null, null, null, null, Now, M(30), failures,
            polled ? Now : null, null, null, 0, Now);
        Assert.True(expected == SourceHealth.Of(source), name);
    }
}
