using Newsdesk.Writing;

namespace Newsdesk.Core.Tests.Writing;

/// <summary>Which reports a long story is written from: its first ones (the core) and its newest.</summary>
public sealed class WrittenFromTests
{
    private static List<int> Reports(int count) => [.. Enumerable.Range(1, count)];

    [Fact]
    public void A_story_that_fits_is_written_from_all_its_reports_in_arrival_order()
    {
        Assert.Equal(Reports(60), WrittenFrom.Reports(Reports(60), 60));
        Assert.Equal(Reports(3), WrittenFrom.Reports(Reports(3), 60));
    }

    [Fact]
    public void A_long_story_keeps_its_first_reports_beside_its_newest()
    {
        // 89 reports (the replay's George Floyd story), 60 read: the first 15 and the newest 45.
        var read = WrittenFrom.Reports(Reports(89), 60);

        Assert.Equal(60, read.Count);
        Assert.Equal(Enumerable.Range(1, 15), read.Take(15));
        Assert.Equal(Enumerable.Range(45, 45), read.Skip(15));
    }

    [Fact]
    public void Without_a_core_share_a_long_story_is_its_newest_reports()
    {
        Assert.Equal(Enumerable.Range(30, 60), WrittenFrom.Reports(Reports(89), 60, coreShare: 0));
    }

    [Fact]
    public void Nothing_is_read_twice_when_the_story_is_just_over_the_bound()
    {
        var read = WrittenFrom.Reports(Reports(61), 60);

        Assert.Equal(60, read.Distinct().Count());
        Assert.DoesNotContain(16, read);
    }
}
