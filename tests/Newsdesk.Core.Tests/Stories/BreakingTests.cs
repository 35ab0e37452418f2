using Newsdesk.Stories;

namespace Newsdesk.Core.Tests.Stories;

public sealed class BreakingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static Coverage C(string id, string source, double minutesAgo, string? copyOf = null) =>
        new(id, source, copyOf, Now.AddMinutes(-minutesAgo));

    public sealed record Case(string Name, Coverage[] Coverage, bool BreakingNow, bool EverBreaking);

    public static TheoryData<Case> Cases => new()
    {
        new("no coverage", [], false, false),
        new("two outlets are not enough", [C("1", "A", 10), C("2", "B", 5)], false, false),
        new("three outlets within the hour", [C("1", "A", 50), C("2", "B", 30), C("3", "C", 5)], true, true),
        new("three outlets but one outlet twice", [C("1", "A", 50), C("2", "A", 30), C("3", "C", 5)], false, false),
        new("three outlets spread over five hours", [C("1", "A", 300), C("2", "B", 150), C("3", "C", 5)], false, false),
        new("three wire copies are one voice", [C("w", "AP", 50), C("2", "L1", 30, "w"), C("3", "L2", 5, "w")], false, false),
        new("broke yesterday, quiet now", [C("1", "A", 1500), C("2", "B", 1490), C("3", "C", 1480)], false, true),
        new("exactly two hours apart still counts", [C("1", "A", 120), C("2", "B", 60), C("3", "C", 0)], true, true),
        new("undated coverage never breaks", [new Coverage("1", "A", null, null), new Coverage("2", "B", null, null), new Coverage("3", "C", null, null)], false, false),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void DetectsBreaking(Case row)
    {
        Assert.Equal(row.BreakingNow, Breaking.IsBreaking(row.Coverage, Now));
        Assert.Equal(row.EverBreaking, Breaking.BreakingSince(row.Coverage) is not null);
    }

    [Fact]
    public void BreakingSinceIsTheReportThatCompletedTheCount()
    {
        var since = Breaking.BreakingSince([C("1", "A", 50), C("2", "B", 30), C("3", "C", 5), C("4", "D", 1)]);

        Assert.Equal(Now.AddMinutes(-5), since);
    }

    [Fact]
    public void ThresholdsCanBeSet()
    {
        Coverage[] two = [C("1", "A", 10), C("2", "B", 5)];

        Assert.True(Breaking.IsBreaking(two, Now, minOutlets: 2));
        Assert.False(Breaking.IsBreaking(two, Now, minOutlets: 2, window: TimeSpan.FromMinutes(7)));
    }
}
