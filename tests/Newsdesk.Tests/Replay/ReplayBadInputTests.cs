using Newsdesk.Testing;
using Xunit.Abstractions;

namespace Newsdesk.Tests.Replay;

/// <summary>
/// A replay of a small made-up capture folder with the faults real feed recordings have: a
/// truncated, an empty and a non-XML capture, an outlet that appears days late, another missing for
/// ten days (a clock that jumps), two captures at the same time, bad index lines, an RSS 0.92 feed
/// without dates, an item whose guid changes, one whose link changes, one whose guid and link both
/// change (republished under another section), a daily piece whose title repeats (a new item) and
/// one edited in place.
/// Everything goes on, and every item is stored once.
/// </summary>
public sealed class ReplayBadInputTests(ITestOutputHelper output) : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2020, 5, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsdesk-replay-bad-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> _index = ["captured_utc\toutlet\tpath\tcommit"];

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private void Capture(string outlet, DateTimeOffset at, string body, string? name = null)
    {
        var relative = $"{outlet}/{name ?? at.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture)}.xml";
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, body);
        _index.Add($"{at:yyyy-MM-dd'T'HH:mm:ss'Z'}\t{outlet}\t{relative}\tc{_index.Count}");
    }

    /// <summary>RSS 0.92 as the Daily Telegraph's: no dates at all.</summary>
    private static string Rss092(params (string Title, string Link)[] items) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"0.92\"><channel><title>Alpha</title><link>https://alpha.example/</link>"
        + string.Concat(items.Select(i => $"<item><title>{i.Title}</title><description>{i.Title}, the report says, in a longer sentence about it.</description><link>{i.Link}</link></item>"))
        + "</channel></rss>";

    private static string Rss20(params (string Guid, string Title, string Link, string Date)[] items) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Beta</title><link>https://beta.example/</link>"
        + string.Concat(items.Select(i => $"<item><guid isPermaLink=\"false\">{i.Guid}</guid><title>{i.Title}</title><description>{i.Title}, officials said on the day in a statement.</description><link>{i.Link}</link><pubDate>{i.Date}</pubDate></item>"))
        + "</channel></rss>";

    [Fact]
    public async Task BadCapturesAndChangingItemsAreStoredOnceAndNothingStops()
    {
        var a1 = ("Flood closes the old river bridge", "https://alpha.example/news/flood-bridge");
        var a2 = ("Council votes to rebuild the town library", "https://alpha.example/news/library");
        var a3 = ("Storm cuts power to thousands of homes", "https://alpha.example/news/storm-power");
        var full = Rss092(a1, a2, a3);
        Capture("alpha", T0, Rss092(a1, a2));
        Capture("alpha", T0.AddHours(6), full[..full.IndexOf("Storm cuts", StringComparison.Ordinal)]);   // truncated mid-item
        Capture("alpha", T0.AddHours(12), "");                                                              // empty
        Capture("alpha", T0.AddHours(18), "<html><body>503 Service Temporarily Unavailable</body></html>");   // not a feed
        Capture("alpha", T0.AddDays(1), Rss092(("Flood closes the old river bridge for a week", a1.Item2), a2, a3));   // edited in place

        Capture("beta", T0, Rss20(("b0", "A version replaced in the same second", "https://beta.example/b0", "Fri, 01 May 2020 08:00:00 +1000")), name: "first");
        Capture("beta", T0, Rss20(
            ("b1", "Minister resigns over travel claims", "https://beta.example/politics/minister", "Fri, 01 May 2020 09:00:00 +1000"),
            ("b2", "Harbour ferry runs aground near the heads", "https://beta.example/ferry", "Fri, 01 May 2020 09:30:00 +1000"),
            ("b4", "Police name the driver in the highway crash", "https://beta.example/news/police-name-highway-crash-driver", "Fri, 01 May 2020 10:00:00 +1000"),
            ("b5", "Morning briefing: what you need to know", "https://beta.example/2020/05/01/morning-briefing", "Fri, 01 May 2020 06:00:00 +1000")));
        // Ten days missing, then the guid of one item changed, the link of another, both of a third
        // (moved to another section), and the daily briefing is the next one (same title, new day).
        Capture("beta", T0.AddDays(11), Rss20(
            ("b1-v2", "Minister resigns over travel claims", "https://beta.example/politics/minister", "Fri, 01 May 2020 09:00:00 +1000"),
            ("b2", "Harbour ferry runs aground near the heads", "https://beta.example/nsw/ferry", "Fri, 01 May 2020 09:30:00 +1000"),
            ("b3", "Bushfire warning lifted for the coast", "https://beta.example/fire", "Mon, 11 May 2020 09:00:00 +1000"),
            ("b4-v2", "Police name the driver in the highway crash", "https://beta.example/nsw/police-name-highway-crash-driver", "Fri, 01 May 2020 10:00:00 +1000"),
            ("b6", "Morning briefing: what you need to know", "https://beta.example/2020/05/11/morning-briefing", "Mon, 11 May 2020 06:00:00 +1000")));

        Capture("gamma", T0.AddDays(4), Rss20(("g1", "Airline cuts half its routes", "https://gamma.example/airline", "Tue, 05 May 2020 00:00:00 GMT")));

        _index.Add("garbage line");
        _index.Add("2020-05-03T00:00:00Z\talpha\talpha/missing.xml\tc99");
        File.WriteAllLines(Path.Combine(_root, "captures.tsv"), _index);

        using var timeout = new CancellationTokenSource(ReplayHarness.Overall);
        await using var run = await ReplayHarness.RunAsync(_root, from: null, until: null, timeout.Token);
        Assert.Equal(2, run.Captures.Skipped);
        Assert.Equal(1, run.Captures.SameTime);
        Assert.Equal(8, run.Clock.Total);
        await ReplayHarness.AssertPipelineHeldAsync(run, timeout.Token);

        var items = await ReplayHarness.ItemsAsync(run, timeout.Token);
        foreach (var item in items)
        {
            output.WriteLine($"{item.Outlet} {item.Guid} '{item.Title}' first seen {DateTimeOffset.FromUnixTimeMilliseconds(item.FirstSeenAt):O} article {item.ArticleId}");
        }

        Assert.Equal(["alpha", "alpha", "alpha", "beta", "beta", "beta", "beta", "beta", "beta", "gamma"], items.Select(i => i.Outlet).Order());
        Assert.All(items, i => Assert.NotNull(i.ArticleId));
        Assert.Equal(items.Count, items.Select(i => i.ArticleId).Distinct().Count());
        Assert.DoesNotContain(items, i => i.Guid == "b0");
        // Republished under a new guid and link: one item (and one article), now at the new address.
        var moved = Assert.Single(items, i => i.Title == "Police name the driver in the highway crash");
        Assert.Equal(("b4-v2", "https://beta.example/nsw/police-name-highway-crash-driver"), (moved.Guid, moved.Link));
        Assert.Equal(2, items.Count(i => i.Title == "Morning briefing: what you need to know"));
        // An item republished with edits is an update: its feed-text article takes the new title.
        var edited = Assert.Single(items, i => i.Link == a1.Item2);
        Assert.Equal("Flood closes the old river bridge for a week", edited.Title);
        Assert.Equal("Flood closes the old river bridge for a week", edited.ArticleTitle);

        // Undated items take the story time they were first seen, and every stage gets it through the article.
        var alpha = items.Where(i => i.Outlet == "alpha").ToDictionary(i => i.Link!);
        Assert.Equal(T0, At(alpha[a1.Item2].ArticlePublishedAt));
        Assert.Equal(T0, At(alpha[a2.Item2].ArticlePublishedAt));
        Assert.Equal(T0.AddDays(1), At(alpha[a3.Item2].ArticlePublishedAt));
        Assert.All(alpha.Values, i => Assert.Null(i.PublishedAt));

        // Dated items keep their own time, converted to UTC.
        var b1 = items.Single(i => i.Link == "https://beta.example/politics/minister");
        Assert.Equal(new DateTimeOffset(2020, 4, 30, 23, 0, 0, TimeSpan.Zero), At(b1.ArticlePublishedAt));
    }

    private static DateTimeOffset? At(long? ms) => ms is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;
}
