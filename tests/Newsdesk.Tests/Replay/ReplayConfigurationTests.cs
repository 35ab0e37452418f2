using System.Globalization;
using Newsdesk.Replay;

namespace Newsdesk.Tests.Replay;

/// <summary>
/// The replay's writer wait bound is on the news clock, which runs at the replay's speed: it is one real
/// minute times the speed, so the writer keeps catching up newest first instead of oldest first.
/// </summary>
public sealed class ReplayConfigurationTests
{
    public static TheoryData<double, double> Speeds => new()
    {
        { 1, 1 },                                   // real time: a minute of news
        { ReplaySettings.DefaultSpeed, 4464 },      // the default month in ten minutes: 4,464 minutes (3.1 days)
        { 100_000, 100_000 },
    };

    [Theory]
    [MemberData(nameof(Speeds))]
    public void The_write_wait_bound_is_a_real_minute_at_the_replay_speed(double speed, double expectedMinutes)
    {
        var value = ReplayRun.Configuration("/tmp/unused", speed)["Newsdesk:Pipeline:WriteMaxWait"];

        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), TimeSpan.Parse(value!, CultureInfo.InvariantCulture));
    }
}
