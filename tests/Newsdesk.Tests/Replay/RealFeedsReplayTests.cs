using Newsdesk.Feeds;
using Newsdesk.Replay;
using Newsdesk.Sources;
using Newsdesk.Testing;
using Xunit.Abstractions;

namespace Newsdesk.Tests.Replay;

/// <summary>
/// Two days of real outlets' recorded feeds (../shared/bench-data/real-feeds-2020-05) through the
/// whole pipeline: every capture is taken, every item of every capture is stored once (an item
/// republished under a new guid and link is the item it was), every
/// article is placed and every story written, and no stage fails. Nothing here is about quality:
/// bench/realnews measures that.
/// </summary>
public sealed class RealFeedsReplayTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset From = new(2020, 5, 10, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Until = new(2020, 5, 12, 0, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task TwoRealDaysAreStoredOnceAndWrittenWithoutAStageError()
    {
        var folder = TestEnvironment.BenchData("real-feeds-2020-05");
        using var timeout = new CancellationTokenSource(ReplayHarness.Overall);
        await using var run = await ReplayHarness.RunAsync(folder, From, Until, timeout.Token);
        output.WriteLine($"{run.Clock.TakenCount}/{run.Clock.Total} captures, {run.Progress}");
        await ReplayHarness.AssertPipelineHeldAsync(run, timeout.Token);

        // Every item of every capture served is stored, under its guid or its canonical link, once.
        var items = await ReplayHarness.ItemsAsync(run, timeout.Token);
        var byGuid = items.Select(i => (i.Outlet, i.Guid)).ToHashSet();
        var byLink = items.Where(i => i.Link is not null).Select(i => ItemIdentity.CanonicalLink(i.Link)).ToHashSet();
        var slice = CaptureSet.Load(folder).Slice(From, Until);
        var parsed = 0;
        foreach (var capture in slice)
        {
            if (FeedParser.Parse(File.ReadAllBytes(capture.Path), "application/xml", null) is not FeedParseResult.Parsed { Feed: var feed })
            {
                continue;
            }

            parsed++;
            foreach (var item in feed.Items)
            {
                // An item the outlet later republished under a new guid and link is stored under the new ones.
                Assert.True(byGuid.Contains((capture.Outlet, ItemIdentity.Guid(item))) || byLink.Contains(ItemIdentity.CanonicalLink(item.Link))
                    || items.Any(i => i.Outlet == capture.Outlet && Republication.SameArticle(item.Link, item.Title, i.Link, i.Title)),
                    $"{capture.Path}: item '{item.Title}' was not stored");
            }
        }

        Assert.Equal(slice.Count, parsed);
        Assert.Equal(items.Count, items.Select(i => (i.Outlet, i.Guid)).Distinct().Count());
        var links = items.Where(i => i.Link is not null).Select(i => ItemIdentity.CanonicalLink(i.Link)).ToList();
        Assert.Equal(links.Count, links.Distinct().Count());
        Assert.All(items, i => Assert.NotNull(i.ArticleId));

        // The Daily Telegraph's items carry no date: each takes the story time it was first seen.
        var telegraph = items.Where(i => i.Outlet == "dailytelegraph").ToList();
        Assert.NotEmpty(telegraph);
        Assert.All(telegraph, i =>
        {
            Assert.Null(i.PublishedAt);
            Assert.Equal(i.FirstSeenAt, i.ArticlePublishedAt);
            Assert.InRange(DateTimeOffset.FromUnixTimeMilliseconds(i.FirstSeenAt), From, Until);
        });
    }
}
