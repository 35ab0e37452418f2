using System.Collections.Concurrent;
using Dapper;
using Newsdesk.Feeds;
using Newsdesk.Sources;
using Newsdesk.Storage;

namespace Newsdesk.Storage.Tests;

/// <summary>
/// Row and role leases, on both backends: a lease is held by one worker at a time, an expired one
/// is taken over, and a holder whose lease expired stores nothing. Times are given explicitly
/// (each Lease carries its own "now"), so no test waits on the clock.
/// </summary>
public sealed class LeaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(30);

    private static Lease A(DateTimeOffset at) => new("worker-a", at, Duration);

    private static Lease B(DateTimeOffset at) => new("worker-b", at, Duration);

    private static DateTimeOffset AfterExpiry => Now + Duration + TimeSpan.FromMilliseconds(1);

    private static SourcePollUpdate Polled(DateTimeOffset at) => new(at, true, null, new PollSchedule(at + Interval, Interval, 0));

    private static ItemToStore Item(string guid, string link)
    {
        var item = new FeedItem(guid, "Title " + guid, link, Now, null, null, "summary", null);
        return new ItemToStore(ItemIdentity.Guid(item), ItemIdentity.CanonicalLink(link), ItemIdentity.ContentHash(item), item);
    }

    private static ArticleToStore Article(long itemId, string url) =>
        new(itemId, url, url, "Outlet", "Title", null, Now, "en", null, "Text of the article.", "feed", null, null, Now, null);

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_leased_source_is_skipped_until_its_lease_expires_then_taken_over(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var sources = new SourceStore(temp.Database);
        var (source, _) = await sources.AddAsync(new NewSource("https://example.org/feed"), Interval, Now, default);

        var first = await sources.LeaseDueAsync(A(Now), 10, default);
        var whileHeld = await sources.LeaseDueAsync(B(Now + Duration - TimeSpan.FromMilliseconds(1)), 10, default);
        var afterExpiry = await sources.LeaseDueAsync(B(AfterExpiry), 10, default);

        Assert.Equal([source.Id], first.Select(s => s.Id));
        Assert.Empty(whileHeld);
        Assert.Equal([source.Id], afterExpiry.Select(s => s.Id));

        // The dead holder's late result is refused; the new holder's is stored and frees the lease.
        Assert.False(await sources.RecordPollAsync(source.Id, Polled(AfterExpiry), A(AfterExpiry), default));
        Assert.True(await sources.RecordPollAsync(source.Id, Polled(AfterExpiry), B(AfterExpiry), default));
        var stored = (await sources.GetAsync(source.Id, default))!;
        Assert.Equal(AfterExpiry, stored.LastPollAt);
        var lease = await temp.Database.ReadAsync(c => c.QuerySingleAsync<(string? Owner, long? Until)>(
            "SELECT lease_owner, lease_expires_at FROM sources WHERE id = @Id", new { source.Id }), default);
        Assert.Equal((null, null), lease);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_paused_poller_whose_lease_expired_stores_no_items(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var sources = new SourceStore(temp.Database);
        var items = new ItemStore(temp.Database);
        var (source, _) = await sources.AddAsync(new NewSource("https://example.org/feed"), Interval, Now, default);
        await sources.LeaseDueAsync(A(Now), 10, default);

        // Expired even though no one took it over: the holder cannot know that, so it stores nothing.
        var late = await items.SavePollAsync(source.Id, [Item("a", "https://example.org/a")], AfterExpiry, _ => Polled(AfterExpiry), A(AfterExpiry), default);
        Assert.Null(late);
        Assert.Equal(0, await items.CountAsync(default));

        Assert.Single(await sources.LeaseDueAsync(B(AfterExpiry), 10, default));
        var counts = await items.SavePollAsync(source.Id, [Item("a", "https://example.org/a")], AfterExpiry, _ => Polled(AfterExpiry), B(AfterExpiry), default);
        Assert.Equal(new ItemSaveCounts(1, 0, 0, 0), counts);
        Assert.Equal(1, await items.CountAsync(default));
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_paused_writer_whose_lease_expired_cannot_commit_a_revision(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var stories = new StoryStore(temp.Database);
        var (id, _) = await stories.CreateAsync("flood", Now, default);

        var takenByA = await stories.LeaseDueAsync(A(Now), Now, TimeSpan.Zero, 10, default);
        Assert.Equal([id], takenByA.Select(s => s.Id));
        Assert.Empty(await stories.LeaseDueAsync(B(Now.AddMinutes(1)), Now, TimeSpan.Zero, 10, default));

        // A pauses past its lease; B takes the story over and publishes it.
        var takenByB = await stories.LeaseDueAsync(B(AfterExpiry), Now, TimeSpan.Zero, 10, default);
        Assert.Equal([id], takenByB.Select(s => s.Id));
        var covers = takenByB[0].ChangedAt;
        Assert.Equal(1, await stories.SaveRevisionAsync(id, "{}", "first", "Flood", 1, false, covers, AfterExpiry, B(AfterExpiry), default));

        // A wakes up and tries to publish the same version: refused, nothing written.
        Assert.Null(await stories.SaveRevisionAsync(id, "{}", "first", "Flood", 1, false, covers, AfterExpiry, A(AfterExpiry), default));
        Assert.False(await stories.SkipAsync(id, covers, A(AfterExpiry), default));
        var revisions = await stories.RevisionsAsync(id, default);
        Assert.Single(revisions);
        Assert.Empty(await stories.LeaseDueAsync(A(AfterExpiry), AfterExpiry, TimeSpan.Zero, 10, default));
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_source_made_due_is_leased_before_its_schedule(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var sources = new SourceStore(temp.Database);
        var (source, _) = await sources.AddAsync(new NewSource("https://example.org/feed"), Interval, Now, default);
        Assert.Single(await sources.LeaseDueAsync(A(Now), 10, default));
        Assert.True(await sources.RecordPollAsync(source.Id, Polled(Now), A(Now), default));
        Assert.Empty(await sources.LeaseDueAsync(A(Now.AddMinutes(1)), 10, default));

        Assert.True(await sources.MakeDueAsync(source.Id, Now.AddMinutes(1), default));
        Assert.False(await sources.MakeDueAsync(source.Id + 1, Now.AddMinutes(1), default));
        Assert.Equal([source.Id], (await sources.LeaseDueAsync(A(Now.AddMinutes(1)), 10, default)).Select(s => s.Id));
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_fetcher_whose_item_lease_expired_stores_no_article(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var sources = new SourceStore(temp.Database);
        var items = new ItemStore(temp.Database);
        var articles = new ArticleStore(temp.Database);
        var (source, _) = await sources.AddAsync(new NewSource("https://example.org/feed"), Interval, Now, default);
        await items.SavePollAsync(source.Id, [Item("a", "https://example.org/a")], Now, _ => Polled(Now), default);

        var pending = await articles.LeasePendingAsync(A(Now), 10, default);
        var item = Assert.Single(pending);
        Assert.Empty(await articles.LeasePendingAsync(B(Now), 10, default));

        Assert.IsType<ArticleAdd.LeaseLost>(await articles.AddAsync(Article(item.ItemId, "https://example.org/a"), A(AfterExpiry), default));
        Assert.Equal(0, await articles.CountAsync(default));
        Assert.Single(await articles.LeasePendingAsync(B(AfterExpiry), 10, default));
        var stored = await articles.AddAsync(Article(item.ItemId, "https://example.org/a"), B(AfterExpiry), default);
        Assert.True(stored is ArticleAdd.Stored { Added: true });
        Assert.Equal(1, await articles.CountAsync(default));
        Assert.Empty(await articles.LeasePendingAsync(A(AfterExpiry.AddHours(1)), 10, default));
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task An_item_edited_while_its_page_is_fetched_gets_its_article_from_the_edit(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var sources = new SourceStore(temp.Database);
        var items = new ItemStore(temp.Database);
        var articles = new ArticleStore(temp.Database);
        var (source, _) = await sources.AddAsync(new NewSource("https://example.org/feed"), Interval, Now, default);
        await items.SavePollAsync(source.Id, [Item("a", "https://example.org/a")], Now, _ => Polled(Now), default);
        var read = Assert.Single(await articles.LeasePendingAsync(A(Now), 10, default));
        Assert.Equal("Title a", read.Title);

        // A poll stores an edit of the item while the article stage is still fetching its page.
        var edited = new FeedItem("a", "Title a, edited", "https://example.org/a", Now, null, null, "summary", null);
        await items.SavePollAsync(
            source.Id, [new ItemToStore(ItemIdentity.Guid(edited), ItemIdentity.CanonicalLink(edited.Link!), ItemIdentity.ContentHash(edited), edited)],
            Now, _ => Polled(Now), default);

        var stale = Article(read.ItemId, "https://example.org/a") with { Title = read.Title!, ItemContentHash = read.ContentHash };
        Assert.IsType<ArticleAdd.ItemChanged>(await articles.AddAsync(stale, A(Now), default));
        Assert.Equal(0, await articles.CountAsync(default));

        // The item is free and pending again, read with the edit; stored from it, it is kept.
        var again = Assert.Single(await articles.LeasePendingAsync(B(Now), 10, default));
        Assert.Equal("Title a, edited", again.Title);
        var fresh = Article(again.ItemId, "https://example.org/a") with { Title = again.Title!, ItemContentHash = again.ContentHash };
        Assert.IsType<ArticleAdd.Stored>(await articles.AddAsync(fresh, B(Now), default));
        Assert.Equal(1, await articles.CountAsync(default));
    }

    public enum Table
    {
        Sources,
        Items,
        Stories,
    }

    public static TheoryData<string, Table> BackendsAndTables()
    {
        var data = new TheoryData<string, Table>();
        foreach (var backend in new[] { Backends.Sqlite, Backends.Postgres })
        {
            foreach (var table in Enum.GetValues<Table>())
            {
                data.Add(backend, table);
            }
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(BackendsAndTables))]
    public async Task Concurrent_takers_never_get_the_same_row(string backend, Table table)
    {
        const int Rows = 60;
        const int Takers = 8;
        const int Chunk = 3;
        await using var temp = await TempDatabase.CreateAsync(backend);
        var sources = new SourceStore(temp.Database);
        var items = new ItemStore(temp.Database);
        var articles = new ArticleStore(temp.Database);
        var stories = new StoryStore(temp.Database);
        var (feed, _) = await sources.AddAsync(new NewSource("https://example.org/feed"), Interval, Now.AddDays(1), default);
        for (var i = 0; i < Rows; i++)
        {
            switch (table)
            {
                case Table.Sources:
                    await sources.AddAsync(new NewSource($"https://example.org/feed/{i}"), Interval, Now, default);
                    break;
                case Table.Stories:
                    await stories.CreateAsync($"story-{i}", Now, default);
                    break;
            }
        }

        if (table == Table.Items)
        {
            await items.SavePollAsync(feed.Id, Enumerable.Range(0, Rows).Select(i => Item($"i{i}", $"https://example.org/{i}")).ToList(), Now, _ => Polled(Now), default);
        }

        var taken = new ConcurrentBag<(int Taker, long Id)>();
        using var start = new Barrier(Takers);
        var workers = Enumerable.Range(0, Takers).Select(t => Task.Run(async () =>
        {
            start.SignalAndWait();
            var lease = new Lease($"worker-{t}", Now, Duration);
            while (true)
            {
                IReadOnlyList<long> ids = table switch
                {
                    Table.Sources => (await sources.LeaseDueAsync(lease, Chunk, default)).Select(s => s.Id).ToList(),
                    Table.Items => (await articles.LeasePendingAsync(lease, Chunk, default)).Select(p => p.ItemId).ToList(),
                    _ => (await stories.LeaseDueAsync(lease, Now, TimeSpan.Zero, Chunk, default)).Select(s => s.Id).ToList(),
                };
                if (ids.Count == 0)
                {
                    return;
                }

                foreach (var id in ids)
                {
                    taken.Add((t, id));
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);

        var ids = taken.Select(t => t.Id).ToList();
        Assert.Equal(Rows, ids.Count);
        Assert.Equal(Rows, ids.Distinct().Count());
        var owners = await temp.Database.ReadAsync(c => c.QueryAsync<(long Id, string Owner)>(
            $"SELECT id, lease_owner FROM {(table == Table.Items ? "feed_items" : table.ToString().ToLowerInvariant())} WHERE lease_owner IS NOT NULL"), default);
        var ownerOf = taken.ToDictionary(t => t.Id, t => $"worker-{t.Taker}");
        Assert.All(owners, row => Assert.Equal(ownerOf[row.Id], row.Owner));
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task The_cluster_role_has_one_holder_renewed_while_held_and_taken_over_after_expiry(string backend)
    {
        const string Role = "cluster";
        await using var temp = await TempDatabase.CreateAsync(backend);
        var leases = new LeaseStore(temp.Database);
        var stories = new StoryStore(temp.Database);

        Assert.Equal(RoleLeaseState.Acquired, await leases.AcquireAsync(Role, A(Now), default));
        Assert.Equal(RoleLeaseState.HeldElsewhere, await leases.AcquireAsync(Role, B(Now.AddMinutes(4)), default));
        Assert.Equal(RoleLeaseState.Renewed, await leases.AcquireAsync(Role, A(Now.AddMinutes(4)), default));
        // Renewed at +4 min: still A's at +8 min, which the first lease alone would not have covered.
        Assert.Equal(RoleLeaseState.HeldElsewhere, await leases.AcquireAsync(Role, B(Now.AddMinutes(8)), default));

        // A stops renewing; after expiry B takes the role, and A's placements are refused.
        var later = Now.AddMinutes(10);
        Assert.Equal(RoleLeaseState.Acquired, await leases.AcquireAsync(Role, B(later), default));
        Assert.Null(await stories.CreateAsync("flood", 1, later, new RoleLease(Role, A(later)), default));
        Assert.Equal(0, await stories.CountAsync(default));
        Assert.Equal(RoleLeaseState.HeldElsewhere, await leases.AcquireAsync(Role, A(later), default));
        Assert.Equal("worker-b", (await leases.GetAsync(Role, default))!.Value.Owner);

        // A clean release hands the role over at once.
        Assert.True(await leases.ReleaseAsync(Role, "worker-b", default));
        Assert.Equal(RoleLeaseState.Acquired, await leases.AcquireAsync(Role, A(later), default));
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Concurrent_role_takers_get_one_holder(string backend)
    {
        const int Takers = 8;
        await using var temp = await TempDatabase.CreateAsync(backend);
        var leases = new LeaseStore(temp.Database);
        using var start = new Barrier(Takers);
        var states = await Task.WhenAll(Enumerable.Range(0, Takers).Select(t => Task.Run(async () =>
        {
            start.SignalAndWait();
            return await leases.AcquireAsync("cluster", new Lease($"worker-{t}", Now, Duration), default);
        })));

        Assert.Single(states, s => s == RoleLeaseState.Acquired);
        Assert.Equal(Takers - 1, states.Count(s => s == RoleLeaseState.HeldElsewhere));
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Opening_a_story_twice_for_one_article_opens_one(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var sources = new SourceStore(temp.Database);
        var items = new ItemStore(temp.Database);
        var articles = new ArticleStore(temp.Database);
        var stories = new StoryStore(temp.Database);
        var leases = new LeaseStore(temp.Database);
        var (source, _) = await sources.AddAsync(new NewSource("https://example.org/feed"), Interval, Now, default);
        await items.SavePollAsync(source.Id, [Item("a", "https://example.org/a")], Now, _ => Polled(Now), default);
        var item = (await articles.PendingAsync(1, default)).Single();
        var (articleId, _) = await articles.AddAsync(Article(item.ItemId, "https://example.org/a"), default);
        await leases.AcquireAsync("cluster", A(Now), default);

        // A retried write whose first try committed (the answer was lost with the connection).
        var first = await stories.CreateAsync("flood", articleId, Now, new RoleLease("cluster", A(Now)), default);
        var again = await stories.CreateAsync("flood", articleId, Now, new RoleLease("cluster", A(Now)), default);

        Assert.Equal(first, again);
        Assert.Equal(1, await stories.CountAsync(default));
    }
}
