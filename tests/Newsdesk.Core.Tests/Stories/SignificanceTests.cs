using Newsdesk.Stories;

namespace Newsdesk.Core.Tests.Stories;

public sealed class SignificanceTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static Coverage C(string id, string source, double hoursAgo, string? copyOf = null) =>
        new(id, source, copyOf, Now.AddHours(-hoursAgo));

    public sealed record Case(string Name, Coverage[] Coverage, int Outlets, int Recent);

    public static TheoryData<Case> Cases => new()
    {
        new("nothing", [], 0, 0),
        new("one outlet, old", [C("1", "Reuters", 5)], 1, 0),
        new("one outlet twice counts once", [C("1", "Reuters", 5), C("2", "reuters ", 4)], 1, 0),
        new("three outlets, two recent", [C("1", "A", 5), C("2", "B", 0.5), C("3", "C", 0.1)], 3, 2),
        new("wire copies count once with their original", [C("w", "AP", 3), C("2", "Local1", 2, "w"), C("3", "Local2", 2, "w"), C("4", "Local3", 1.5, "w")], 1, 0),
        new("copies of a wire article not in the set count once", [C("2", "Local1", 0.2, "w"), C("3", "Local2", 0.3, "w")], 1, 1),
        new("copy of a copy follows the chain", [C("w", "AP", 3), C("2", "L1", 2, "w"), C("3", "L2", 0.2, "2")], 1, 1),
        new("a copy cycle stops", [C("1", "A", 2, "2"), C("2", "B", 2, "1")], 2, 0),
        new("future dates are not recent", [C("1", "A", -3)], 1, 0),
        new("undated coverage counts as an outlet only", [new Coverage("1", "A", null, null)], 1, 0),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void CountsOutletsAndGrowth(Case row)
    {
        var s = Significance.Score(row.Coverage, Now);

        Assert.Equal(row.Outlets, s.Outlets);
        Assert.Equal(row.Recent, s.RecentOutlets);
        Assert.InRange(s.Score, 0, 1);
    }

    [Fact]
    public void MoreOutletsAndFasterCoverageScoreHigher()
    {
        var slowFew = Significance.Score([C("1", "A", 10), C("2", "B", 9)], Now).Score;
        var slowMany = Significance.Score(Enumerable.Range(0, 6).Select(i => C("s" + i, "O" + i, 10)), Now).Score;
        var fastMany = Significance.Score(Enumerable.Range(0, 6).Select(i => C("f" + i, "O" + i, 0.2)), Now).Score;

        Assert.True(slowFew < slowMany);
        Assert.True(slowMany < fastMany);
    }

    [Fact]
    public void ScoreIsBoundedForHugeCoverage()
    {
        var s = Significance.Score(Enumerable.Range(0, 50_000).Select(i => C("x" + i, "O" + i, 0)), Now);

        Assert.Equal(Voices.MaxCoverage, s.Outlets);
        Assert.True(s.Score < 1.0 + 1e-12);
    }
}
