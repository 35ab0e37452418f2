using Newsdesk.Replay;
using Newsdesk.Tests.Demo;

namespace Newsdesk.Tests.Replay;

/// <summary>The replay clock on a hand-moved real clock: it runs at its speed, holds at each capture time until the capture is taken, and never stalls.</summary>
public sealed class ReplayClockTests
{
    private static readonly DateTimeOffset Start = new(2020, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset RealStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>An hour of story time per real second.</summary>
    private const double Speed = 3600;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly Capture First = new("a", Start, "a/1.xml");
    private static readonly Capture Later = new("a", Start.AddHours(5), "a/2.xml");
    private static readonly Capture Other = new("b", Start.AddHours(5), "b/2.xml");

    private static (ReplayClock Clock, SampleOutletsClock Real) Make(params Capture[] captures)
    {
        var real = new SampleOutletsClock(RealStart);
        return (new ReplayClock(captures, Start, Start.AddHours(10), Speed, Timeout, real), real);
    }

    private static void Take(ReplayClock clock, SampleOutletsClock real, Capture capture)
    {
        clock.Served(capture);
        real.Advance(TimeSpan.FromMilliseconds(1));
        clock.Recorded(capture.Outlet, real.GetUtcNow());
    }

    [Fact]
    public void HoldsAtTheStartUntilTheFirstCapturesAreTaken()
    {
        var (clock, real) = Make(First, Later);
        real.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(Start, clock.Now);
        Assert.True(clock.Waiting);
        Take(clock, real, First);
        real.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(Start.AddHours(2), clock.Now);
    }

    [Fact]
    public void ServedIsNotTakenUntilAPollIsRecordedAfterIt()
    {
        var (clock, real) = Make(First, Later);
        clock.Recorded("a", real.GetUtcNow());   // a poll recorded before the serving does not count
        real.Advance(TimeSpan.FromSeconds(1));
        clock.Served(First);
        clock.Recorded("a", real.GetUtcNow().AddSeconds(-0.5));
        real.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(Start, clock.Now);
        Assert.Equal(0, clock.TakenCount);
        clock.Recorded("a", real.GetUtcNow());
        Assert.Equal(1, clock.TakenCount);
    }

    [Fact]
    public void HoldsAtALaterCaptureTimeUntilEveryOutletsCaptureIsTaken()
    {
        var (clock, real) = Make(First, Later, Other);
        Take(clock, real, First);
        real.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(Start.AddHours(5), clock.Now);
        Take(clock, real, Later);
        real.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(Start.AddHours(5), clock.Now);
        Take(clock, real, Other);
        real.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(Start.AddHours(6), clock.Now);
        Assert.Equal(3, clock.TakenCount);
    }

    [Fact]
    public void AGateNotPassedInTimeOpensAnyway()
    {
        var (clock, real) = Make(First, Later);
        real.Advance(Timeout + TimeSpan.FromSeconds(1));
        Assert.Equal(Start.AddHours(1), clock.Now);
        Assert.Equal(1, clock.TimedOutGates);
        Assert.Equal(0, clock.TakenCount);
    }

    [Fact]
    public void StopsAtTheEndAndIsFinishedOnceEveryGateIsPassed()
    {
        var (clock, real) = Make(First, Later);
        Take(clock, real, First);
        real.Advance(TimeSpan.FromSeconds(6));
        Take(clock, real, Later);
        Assert.False(clock.Finished);
        real.Advance(TimeSpan.FromHours(1));
        Assert.Equal(Start.AddHours(10), clock.Now);
        Assert.True(clock.Finished);
    }

    [Fact]
    public void CapturesBeforeTheStartAreServedAtTheStart()
    {
        var early = new Capture("a", Start.AddDays(-3), "a/0.xml");
        var real = new SampleOutletsClock(RealStart);
        var clock = new ReplayClock([early, Later], Start, Start.AddHours(10), Speed, Timeout, real);
        Assert.True(clock.Waiting);
        Take(clock, real, early);
        real.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(Start.AddHours(1), clock.Now);
    }

    [Fact]
    public void WaitsForTheOutletsOfTheCaptureTimeItHoldsAtOnly()
    {
        var (clock, real) = Make(First, Later, Other);
        Assert.Equal(["a"], clock.WaitingFor);
        Take(clock, real, First);
        Assert.Empty(clock.WaitingFor);   // running towards 05:00: the next captures are not current yet
        Assert.False(clock.Waiting);
        real.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(Start.AddHours(5), clock.Now);
        Assert.Equal(["a", "b"], clock.WaitingFor);
        Take(clock, real, Other);
        Assert.Equal(["a"], clock.WaitingFor);
        Take(clock, real, Later);
        Assert.Empty(clock.WaitingFor);
    }
}
