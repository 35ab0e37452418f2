using System.Collections.Concurrent;
using Dapper;
using Newsdesk.Notify;
using Newsdesk.Storage;

namespace Newsdesk.Storage.Tests;

/// <summary>
/// Follows and the notification outbox, on both backends: deliveries are queued in the revision's
/// own transaction (both or neither), never twice for one (follow, story revision), at most once
/// per MinGap a story, and leased so that concurrent workers never get the same row. Times are
/// given explicitly; nothing waits on the clock.
/// </summary>
public sealed class OutboxTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Gap = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    private static FollowSpec Hook(string name, FollowKind kind = FollowKind.Breaking, FollowTrigger on = FollowTrigger.New, string term = "") =>
        new(name, kind, term, on, Channel.Webhook, "http://127.0.0.1:9/hook");

    private static async Task<long> StoryAsync(StoryStore stories, string slug) => (await stories.CreateAsync(slug, Now, default)).Id;

    /// <summary>Writes the story's next revision with the outbox hook, the way the writing stage does.</summary>
    private static Task<int> ReviseAsync(StoryStore stories, long story, DateTimeOffset at, Func<FollowSpec, bool> matches, bool first = false) =>
        stories.SaveRevisionAsync(story, "{}", "test", "Headline", 1, true, at, at, default, hook: (c, tx, id, revision, ct) =>
            NotificationOutbox.EnqueueAsync(c, tx, id, revision, first, matches, Gap, at, ct));

    private static Task<List<(long Follow, long Revision, string State, long Due)>> RowsAsync(TempDatabase temp, long story) =>
        temp.Database.ReadAsync(async c => (await c.QueryAsync<(long, long, string, long)>(
            "SELECT follow_id, revision, state, due_at FROM outbox WHERE story_id = @story ORDER BY id", new { story })).ToList(), default);

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Follows_are_added_listed_and_removed_and_an_invalid_one_is_refused(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var follows = new FollowStore(temp.Database);
        var a = await follows.AddAsync(Hook("Breaking news"), Now, default);
        var b = await follows.AddAsync(Hook("Breaking news"), Now, default);
        Assert.Equal(("breaking-news", "breaking-news-2"), (a.Slug, b.Slug));
        Assert.Equal(64, a.Secret.Length);
        Assert.NotEqual(a.Secret, b.Secret);

        var refused = await Assert.ThrowsAsync<FollowRefusedException>(() =>
            follows.AddAsync(new FollowSpec("x", FollowKind.Query, "  "), Now, default));
        Assert.Contains("has no word", refused.Message, StringComparison.Ordinal);
        refused = await Assert.ThrowsAsync<FollowRefusedException>(() =>
            follows.AddAsync(new FollowSpec("x", FollowKind.Breaking, "", Channel: Channel.Webhook, Target: "ftp://example.org/"), Now, default));
        Assert.Contains("not an http(s) URL", refused.Message, StringComparison.Ordinal);

        Assert.Equal(["breaking-news", "breaking-news-2"], (await follows.ListAsync(default)).Select(f => f.Slug));
        Assert.True(await follows.RemoveAsync("breaking-news", default));
        Assert.False(await follows.RemoveAsync("breaking-news", default));
        Assert.Equal(b, await follows.GetBySlugAsync("breaking-news-2", default));
        Assert.True(await follows.UnsubscribeAsync(b.Slug, b.UnsubscribeToken, default));
        Assert.False(await follows.UnsubscribeAsync(b.Slug, "wrong", default));
        Assert.False((await follows.GetBySlugAsync(b.Slug, default))!.Active);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Deliveries_are_queued_in_the_revisions_transaction_for_matching_active_follows_with_a_destination(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var follows = new FollowStore(temp.Database);
        var stories = new StoryStore(temp.Database);
        var matching = await follows.AddAsync(Hook("matching"), Now, default);
        var other = await follows.AddAsync(Hook("other", FollowKind.Topic, term: "Sport"), Now, default);
        await follows.AddAsync(new FollowSpec("feed only", FollowKind.Breaking, ""), Now, default);
        var off = await follows.AddAsync(Hook("unsubscribed"), Now, default);
        await follows.UnsubscribeAsync(off.Slug, off.UnsubscribeToken, default);
        var story = await StoryAsync(stories, "quay");

        // A revision whose transaction fails stores neither the revision nor its deliveries.
        await Assert.ThrowsAsync<InvalidOperationException>(() => stories.SaveRevisionAsync(story, "{}", "t", "H", 1, true, Now, Now, default,
            hook: async (c, tx, id, revision, ct) =>
            {
                await NotificationOutbox.EnqueueAsync(c, tx, id, revision, true, s => s.Kind == FollowKind.Breaking, Gap, Now, ct);
                throw new InvalidOperationException("the revision's transaction fails after the outbox rows");
            }));
        Assert.Empty(await stories.RevisionsAsync(story, default));
        Assert.Empty(await RowsAsync(temp, story));

        await ReviseAsync(stories, story, Now, s => s.Kind == FollowKind.Breaking, first: true);
        var rows = await RowsAsync(temp, story);
        Assert.Equal([(matching.Id, 1L, "pending", Now.ToUnixTimeMilliseconds())], rows);
        Assert.DoesNotContain(rows, r => r.Follow == other.Id || r.Follow == off.Id);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_story_notifies_once_per_new_follow_and_once_per_MinGap_per_revision_follow(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var follows = new FollowStore(temp.Database);
        var stories = new StoryStore(temp.Database);
        var outbox = new NotificationOutbox(temp.Database);
        var onNew = await follows.AddAsync(Hook("new"), Now, default);
        var onRevision = await follows.AddAsync(Hook("revisions", on: FollowTrigger.Revision), Now, default);
        var story = await StoryAsync(stories, "quay");

        // Five revisions within the hour. The first queues one row per follow; while the revision
        // follow's row waits (untried), later revisions replace its revision; "new" never again.
        for (var i = 0; i < 3; i++)
        {
            await ReviseAsync(stories, story, Now.AddMinutes(i * 5), _ => true, first: i == 0);
        }

        var rows = await RowsAsync(temp, story);
        Assert.Equal([(onNew.Id, 1L), (onRevision.Id, 3L)], rows.Select(r => (r.Follow, r.Revision)));

        // The revision follow's row is sent; the next revision within MinGap waits for the gap.
        var leased = await outbox.LeaseDueAsync(new Lease("w", Now.AddMinutes(11), Duration), 10, default);
        Assert.Equal(2, leased.Count);
        foreach (var entry in leased)
        {
            Assert.True(await outbox.FinishAsync(entry, new Lease("w", Now.AddMinutes(11), Duration), new DeliveryOutcome.Sent("HTTP 200"), default));
        }

        await ReviseAsync(stories, story, Now.AddMinutes(15), _ => true);
        await ReviseAsync(stories, story, Now.AddMinutes(20), _ => true);
        rows = await RowsAsync(temp, story);
        Assert.Equal(3, rows.Count);
        Assert.Equal((onRevision.Id, 5L, "pending", Now.Add(Gap).ToUnixTimeMilliseconds()), rows[2]);
        Assert.Empty(await outbox.LeaseDueAsync(new Lease("w", Now.AddMinutes(29), Duration), 10, default));
        Assert.Single(await outbox.LeaseDueAsync(new Lease("w", Now.AddMinutes(30), Duration), 10, default));

        // The same (follow, story revision) can never be queued twice, whatever calls it.
        await temp.Database.WriteAsync((c, tx) => NotificationOutbox.EnqueueAsync(c, tx, story, 5, false, _ => true, TimeSpan.Zero, Now.AddHours(2), default), default);
        var duplicate = await Record.ExceptionAsync(() => temp.Database.WriteAsync((c, tx) => c.ExecuteAsync(
            "INSERT INTO outbox (follow_id, story_id, revision, event, created_at, due_at) VALUES (@f, @s, 5, 'x', 0, 0)",
            new { f = onRevision.Id, s = story }, tx), default));
        Assert.NotNull(duplicate);
        Assert.Single(await RowsAsync(temp, story), r => r.Follow == onRevision.Id && r.Revision == 5);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Eight_concurrent_workers_never_lease_the_same_delivery_and_a_lapsed_holder_stores_nothing(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var follows = new FollowStore(temp.Database);
        var stories = new StoryStore(temp.Database);
        var outbox = new NotificationOutbox(temp.Database);
        for (var f = 0; f < 4; f++)
        {
            await follows.AddAsync(Hook("f" + f), Now, default);
        }

        for (var s = 0; s < 10; s++)
        {
            await ReviseAsync(stories, await StoryAsync(stories, "s" + s), Now, _ => true, first: true);
        }

        var taken = new ConcurrentBag<long>();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var round = 0; round < 10; round++)
            {
                foreach (var entry in await outbox.LeaseDueAsync(new Lease("w" + w, Now, Duration), 3, default))
                {
                    taken.Add(entry.Id);
                }
            }
        })));
        Assert.Equal(40, taken.Count);
        Assert.Equal(40, taken.Distinct().Count());

        // After expiry another worker takes a row over; the first holder's late outcome is refused.
        var again = await outbox.LeaseDueAsync(new Lease("late", Now + Duration + TimeSpan.FromMilliseconds(1), Duration), 1, default);
        var entryTaken = Assert.Single(again);
        Assert.False(await outbox.FinishAsync(entryTaken, new Lease("w0", Now + Duration + TimeSpan.FromSeconds(1), Duration), new DeliveryOutcome.Sent("x"), default));
        Assert.True(await outbox.FinishAsync(entryTaken, new Lease("late", Now + Duration + TimeSpan.FromSeconds(1), Duration), new DeliveryOutcome.Parked("HTTP 404"), default));
        var failed = Assert.Single(await outbox.ListAsync("failed", 10, default));
        Assert.Equal(("HTTP 404", 1), (failed.LastError, failed.Attempts));
        var follow = (await follows.GetByIdAsync(failed.FollowId, default))!;
        Assert.Equal("HTTP 404", follow.LastError);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_renewed_lease_is_not_taken_over_and_a_lapsed_or_foreign_one_is_never_renewed(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var follows = new FollowStore(temp.Database);
        var stories = new StoryStore(temp.Database);
        var outbox = new NotificationOutbox(temp.Database);
        await follows.AddAsync(Hook("f"), Now, default);
        for (var s = 0; s < 3; s++)
        {
            await ReviseAsync(stories, await StoryAsync(stories, "s" + s), Now, _ => true, first: true);
        }

        var third = Duration / 3;
        var taken = await outbox.LeaseDueAsync(new Lease("a", Now, Duration), 3, default);
        Assert.Equal(3, taken.Count);
        var (kept, freed, heldByB) = (taken[0], taken[1], taken[2]);

        // "a" renews one row every third of the lease, well past the first expiry.
        for (var n = 1; n <= 6; n++)
        {
            Assert.Equal([kept.Id], await outbox.RenewAsync([kept.Id], new Lease("a", Now + third * n, Duration), default));
        }

        // Another owner renews nothing of a's.
        Assert.Empty(await outbox.RenewAsync([kept.Id, freed.Id, heldByB.Id], new Lease("b", Now + third * 6, Duration), default));

        // At twice the lease, the unrenewed rows are free and the renewed one is still a's.
        var late = Now + third * 6 + TimeSpan.FromMilliseconds(1);
        var byB = await outbox.LeaseDueAsync(new Lease("b", late, Duration), 10, default);
        Assert.Equal([freed.Id, heldByB.Id], byB.Select(e => e.Id).Order());

        // A lapsed lease is never renewed: not while "b" holds the row, nor after "b" put it back.
        Assert.Empty(await outbox.RenewAsync([freed.Id, heldByB.Id], new Lease("a", late, Duration), default));
        Assert.True(await outbox.PostponeAsync(byB.Single(e => e.Id == freed.Id), new Lease("b", late, Duration), Now, null, default));
        Assert.Empty(await outbox.RenewAsync([freed.Id], new Lease("a", late, Duration), default));

        // The renewed holder stores its outcome; the lapsed one's is refused.
        Assert.True(await outbox.FinishAsync(kept, new Lease("a", late, Duration), new DeliveryOutcome.Sent("HTTP 200"), default));
        Assert.False(await outbox.FinishAsync(heldByB, new Lease("a", late, Duration), new DeliveryOutcome.Sent("HTTP 200"), default));
        Assert.Equal([kept.Id], (await outbox.ListAsync("sent", 10, default)).Select(e => e.Id));
        Assert.Empty(await outbox.RenewAsync([kept.Id], new Lease("a", late, Duration), default));
    }
}
