using Dapper;
using Newsdesk.Feeds;
using Newsdesk.Sources;
using Newsdesk.Storage;

namespace Newsdesk.Storage.Tests;

public sealed class StoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(30);

    private static ItemToStore Item(string guid, string? link, string title, string summary = "s")
    {
        var item = new FeedItem(guid, title, link, Now, null, null, summary, null);
        return new ItemToStore(ItemIdentity.Guid(item), ItemIdentity.CanonicalLink(link), ItemIdentity.ContentHash(item), item);
    }

    private static SourcePollUpdate Ok(ItemSaveCounts _) =>
        new(Now, true, null, new PollSchedule(Now + Interval, Interval, 0), ReplaceValidators: true, ETag: "\"v1\"");

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Adding_a_url_twice_keeps_one_source(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var store = new SourceStore(temp.Database);
        var (first, added) = await store.AddAsync(new NewSource("https://example.org/feed", "Example"), Interval, Now, default);
        var (second, addedAgain) = await store.AddAsync(new NewSource("https://example.org/feed", "Other title"), Interval, Now, default);
        Assert.True(added);
        Assert.False(addedAgain);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal("Example", second.Title);
        Assert.Single(await store.ListAsync(default));
        Assert.Single(await store.DueAsync(Now, 10, default));
        Assert.Empty(await store.DueAsync(Now.AddSeconds(-1), 10, default));
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Items_are_stored_once_per_guid_and_updated_when_changed(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var sources = new SourceStore(temp.Database);
        var items = new ItemStore(temp.Database);
        var (source, _) = await sources.AddAsync(new NewSource("https://example.org/feed"), Interval, Now, default);

        var first = await items.SavePollAsync(source.Id, [Item("a", "https://example.org/a", "A"), Item("b", "https://example.org/b", "B")], Now, Ok, default);
        var again = await items.SavePollAsync(source.Id, [Item("a", "https://example.org/a", "A"), Item("b", "https://example.org/b", "B (corrected)")], Now, Ok, default);

        Assert.Equal(new ItemSaveCounts(2, 0, 0, 0), first);
        Assert.Equal(new ItemSaveCounts(0, 1, 1, 0), again);
        var stored = await items.ListAsync(source.Id, default);
        Assert.Equal(["A", "B (corrected)"], stored.Select(i => i.Item.Title));
        var updated = await sources.GetAsync(source.Id, default);
        Assert.Equal(2, updated!.ItemCount);
        Assert.Equal("\"v1\"", updated.ETag);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task An_item_republished_under_a_new_guid_and_link_updates_the_item_that_left_the_feed(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var sources = new SourceStore(temp.Database);
        var items = new ItemStore(temp.Database);
        var (source, _) = await sources.AddAsync(new NewSource("https://news.example/feed"), Interval, Now, default);
        const string World = "https://news.example/world/pompeo-warns-china-over-journalists";
        const string Politics = "https://news.example/politics/pompeo-warns-china-over-journalists";
        const string Briefing = "https://news.example/2020/05/26/us/coronavirus-today.html";
        const string NextBriefing = "https://news.example/2020/05/27/us/coronavirus-today.html";
        const string Kept = "https://news.example/2020/05/26/us/senate-vote-delayed-again.html";
        const string KeptCopy = "https://news.example/2020/05/26/politics/senate-vote-delayed-again.html";

        await items.SavePollAsync(source.Id, [Item("w1", World, "Pompeo warns China"), Item("b1", Briefing, "Briefing: What Happened Today"), Item("k1", Kept, "Senate vote delayed")], Now, Ok, default);
        var second = await items.SavePollAsync(source.Id, [
            Item("p1", Politics, "Pompeo warns China over journalists"),      // the world item, moved: it left the feed in this poll
            Item("b2", NextBriefing, "Briefing: What Happened Today"),       // the next day's briefing: a new item
            Item("k1", Kept, "Senate vote delayed"),
            Item("k2", KeptCopy, "Senate vote delayed"),                     // looks republished, but the first is still listed
        ], Now.AddHours(1), Ok, default);

        Assert.Equal(new ItemSaveCounts(2, 1, 1, 0, 1), second);
        var stored = await items.ListAsync(source.Id, default);
        Assert.Equal(["p1", "b1", "k1", "b2", "k2"], stored.Select(i => i.Guid));
        var moved = stored[0];
        Assert.Equal(Politics, moved.Item.Link);
        Assert.Equal("Pompeo warns China over journalists", moved.Item.Title);
        Assert.Equal(Now, moved.FirstSeenAt);
        Assert.Equal(Now.AddHours(1), moved.LastSeenAt);

        // Polled again, the republished item is simply unchanged under its new guid.
        var third = await items.SavePollAsync(source.Id, [Item("p1", Politics, "Pompeo warns China over journalists")], Now.AddHours(2), Ok, default);
        Assert.Equal(new ItemSaveCounts(0, 0, 1, 0, 0), third);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task The_same_article_through_two_urls_is_stored_once(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var sources = new SourceStore(temp.Database);
        var items = new ItemStore(temp.Database);
        var (one, _) = await sources.AddAsync(new NewSource("https://example.org/feed"), Interval, Now, default);
        var (two, _) = await sources.AddAsync(new NewSource("https://example.org/world/feed"), Interval, Now, default);

        await items.SavePollAsync(one.Id, [Item("x1", "https://example.org/story?utm_source=rss", "Story")], Now, Ok, default);
        var sameFeedNewGuid = await items.SavePollAsync(one.Id, [Item("x2", "https://EXAMPLE.org/story#top", "Story")], Now, Ok, default);
        var otherFeed = await items.SavePollAsync(two.Id, [Item("y1", "https://example.org/story", "Story")], Now, Ok, default);

        Assert.Equal(0, sameFeedNewGuid.New);
        Assert.Equal(1, otherFeed.SeenElsewhere);
        Assert.Equal(1, await items.CountAsync(default));
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_failing_poll_stores_nothing_of_its_items(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var sources = new SourceStore(temp.Database);
        var items = new ItemStore(temp.Database);
        var (source, _) = await sources.AddAsync(new NewSource("https://example.org/feed"), Interval, Now, default);

        await Assert.ThrowsAsync<InvalidOperationException>(() => items.SavePollAsync(
            source.Id, [Item("a", null, "A")], Now, _ => throw new InvalidOperationException("crash mid-poll"), default));

        Assert.Equal(0, await items.CountAsync(default));
        Assert.Null((await sources.GetAsync(source.Id, default))!.LastPollAt);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Removing_a_source_removes_its_items(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var sources = new SourceStore(temp.Database);
        var items = new ItemStore(temp.Database);
        var (source, _) = await sources.AddAsync(new NewSource("https://example.org/feed"), Interval, Now, default);
        await items.SavePollAsync(source.Id, [Item("a", null, "A")], Now, Ok, default);

        Assert.True(await sources.RemoveAsync(source.Id, default));
        Assert.False(await sources.RemoveAsync(source.Id, default));
        Assert.Equal(0, await items.CountAsync(default));
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_permanent_redirect_moves_the_source_unless_the_target_is_taken(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var sources = new SourceStore(temp.Database);
        var (a, _) = await sources.AddAsync(new NewSource("http://example.org/a"), Interval, Now, default);
        var (b, _) = await sources.AddAsync(new NewSource("http://example.org/b"), Interval, Now, default);
        var schedule = new PollSchedule(Now + Interval, Interval, 0);

        await sources.RecordPollAsync(a.Id, new SourcePollUpdate(Now, true, null, schedule, MovedTo: "https://example.org/a"), default);
        await sources.RecordPollAsync(b.Id, new SourcePollUpdate(Now, true, null, schedule, MovedTo: "https://example.org/a"), default);

        Assert.Equal("https://example.org/a", (await sources.GetAsync(a.Id, default))!.Url);
        Assert.Equal("http://example.org/b", (await sources.GetAsync(b.Id, default))!.Url);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_failure_keeps_the_error_and_the_last_success(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var sources = new SourceStore(temp.Database);
        var (s, _) = await sources.AddAsync(new NewSource("http://example.org/a"), Interval, Now, default);
        await sources.RecordPollAsync(s.Id, new SourcePollUpdate(Now, true, null, new PollSchedule(Now, Interval, 0)), default);
        var later = Now.AddHours(1);
        await sources.RecordPollAsync(s.Id, new SourcePollUpdate(later, false, "HTTP error: HTTP 500", new PollSchedule(later.AddMinutes(5), Interval, 1)), default);

        var stored = (await sources.GetAsync(s.Id, default))!;
        Assert.Equal("HTTP error: HTTP 500", stored.LastError);
        Assert.Equal(Now, stored.LastSuccessAt);
        Assert.Equal(later, stored.LastPollAt);
        Assert.Equal(1, stored.ConsecutiveFailures);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Articles_are_read_by_id_and_after_an_id(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var (source, _) = await new SourceStore(temp.Database).AddAsync(new NewSource("https://example.org/feed"), Interval, Now, default);
        var items = new ItemStore(temp.Database);
        await items.SavePollAsync(source.Id, [Item("a", "https://example.org/a", "A"), Item("b", "https://example.org/b", "B"), Item("c", "https://example.org/c", "C")], Now, Ok, default);
        var articles = new ArticleStore(temp.Database);
        var ids = new List<long>();
        foreach (var pending in await articles.PendingAsync(10, default))
        {
            var (id, _) = await articles.AddAsync(new ArticleToStore(
                pending.ItemId, pending.Link!, pending.Link!, "Example", pending.Title ?? "", null, Now, "en", null, "Text " + pending.Title, "feed", null, null, Now, null), default);
            ids.Add(id);
        }

        Assert.Equal(ids.Skip(1), await articles.IdsAfterAsync(ids[0], 10, default));
        Assert.Equal([ids[1]], await articles.IdsAfterAsync(ids[0], 1, default));
        Assert.Empty(await articles.IdsAfterAsync(ids[^1], 10, default));
        Assert.Equal([ids[0], ids[2]], (await articles.ByIdsAsync([ids[2], ids[0]], default)).Select(a => a.Id));
        Assert.Empty(await articles.ByIdsAsync([], default));
    }
}
