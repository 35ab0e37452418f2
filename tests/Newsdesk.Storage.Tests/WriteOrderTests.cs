using Dapper;

namespace Newsdesk.Storage.Tests;

/// <summary>
/// The order in which the writer leases due stories (StoryStore.LeaseDueAsync): the newest change
/// first, except that a story that has waited longer than the bound (since its oldest unwritten
/// change) goes before newer ones, longest wait first. Every time is given explicitly (the news
/// clock is a value stepped by the test), so nothing depends on the wall clock or on load.
/// </summary>
public sealed class WriteOrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan LeaseFor = TimeSpan.FromMinutes(5);

    private static Lease Writer(DateTimeOffset at) => new("writer", at, LeaseFor);

    public static TheoryData<string, int, string[]> Orders()
    {
        // Three new stories, due since 3 h, 2 h and 1 h ago ("old", "middle", "new"), leased at Now.
        var rows = new (int BoundMinutes, string[] Order)[]
        {
            (240, ["new", "middle", "old"]),   // none overdue: newest change first
            (150, ["old", "new", "middle"]),   // "old" overdue: it goes first, the rest newest first
            (90, ["old", "middle", "new"]),    // two overdue: longest wait first, then the rest
            (30, ["old", "middle", "new"]),    // all overdue: oldest first
        };
        var data = new TheoryData<string, int, string[]>();
        foreach (var backend in new[] { Backends.Sqlite, Backends.Postgres })
        {
            foreach (var (bound, order) in rows)
            {
                data.Add(backend, bound, order);
            }
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Orders))]
    public async Task Newest_change_first_but_a_story_waiting_past_the_bound_goes_first(string backend, int boundMinutes, string[] expected)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var stories = new StoryStore(temp.Database);
        var ids = new Dictionary<long, string>();
        foreach (var (name, hoursAgo) in new[] { ("old", 3), ("new", 1), ("middle", 2) })
        {
            ids[(await stories.CreateAsync(name, Now.AddHours(-hoursAgo), default)).Id] = name;
        }

        var leased = await stories.LeaseDueAsync(Writer(Now), Now, TimeSpan.Zero, 10, default, TimeSpan.FromMinutes(boundMinutes));

        Assert.Equal(expected, leased.Select(s => ids[s.Id]));
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_story_that_keeps_changing_waits_from_its_oldest_unwritten_change(string backend)
    {
        var bound = TimeSpan.FromMinutes(30);
        await using var temp = await TempDatabase.CreateAsync(backend);
        var stories = new StoryStore(temp.Database);
        var (busy, _) = await stories.CreateAsync("busy", Now.AddMinutes(-40), default);
        await stories.RequestRewriteAsync(busy, Now.AddMinutes(-2), default);   // changes again, still unwritten
        var (fresh, _) = await stories.CreateAsync("fresh", Now.AddMinutes(-1), default);

        // By its latest change "busy" is older than "fresh" but not overdue; it has waited 40 minutes.
        var leased = await stories.LeaseDueAsync(Writer(Now), Now, TimeSpan.Zero, 10, default, bound);
        Assert.Equal([busy, fresh], leased.Select(s => s.Id));
        Assert.Equal(Now.AddMinutes(-40).ToUnixTimeMilliseconds(), await DueSinceAsync(temp, busy));

        // Written: no longer waiting. A change that arrived while it was written counts from that change.
        Assert.Equal(1, await stories.SaveRevisionAsync(busy, "{}", "first", "Busy", 1, false, leased[0].ChangedAt, Now, Writer(Now), default));
        Assert.Null(await DueSinceAsync(temp, busy));
        var (written, _) = await stories.CreateAsync("written", Now, default);
        var whileWriting = (await stories.LeaseDueAsync(Writer(Now), Now, TimeSpan.Zero, 10, default, bound)).Single(s => s.Id == written);
        await stories.RequestRewriteAsync(written, Now.AddMinutes(1), default);
        Assert.Equal(1, await stories.SaveRevisionAsync(written, "{}", "first", "Written", 1, false, whileWriting.ChangedAt, Now.AddMinutes(1), Writer(Now), default));
        Assert.Equal(Now.AddMinutes(1).ToUnixTimeMilliseconds(), await DueSinceAsync(temp, written));
    }

    public static TheoryData<string, int?, int> Starvation()
    {
        // Bound in minutes (null: no bound, i.e. far beyond the run), and the longest wait allowed.
        var data = new TheoryData<string, int?, int>();
        foreach (var backend in new[] { Backends.Sqlite, Backends.Postgres })
        {
            data.Add(backend, 10, 10 + Backlog);   // the bound plus the overdue stories ahead of it, one a minute
            data.Add(backend, null, int.MaxValue); // newest first alone: the backlog is never written
        }

        return data;
    }

    private const int Backlog = 8;
    private const int Steps = 60;

    [SkippableTheory]
    [MemberData(nameof(Starvation))]
    public async Task A_writer_that_lags_behind_a_stream_of_new_stories_still_writes_the_old_ones_within_the_bound(string backend, int? boundMinutes, int allowedWaitMinutes)
    {
        // A news clock stepped one minute at a time. A backlog of stories is due at the start; then
        // one new story arrives every minute and the writer writes one story a minute: it never
        // catches up, so newest first alone would leave the backlog waiting for ever.
        var bound = boundMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : TimeSpan.FromDays(365);
        await using var temp = await TempDatabase.CreateAsync(backend);
        var stories = new StoryStore(temp.Database);
        var dueSince = new Dictionary<long, DateTimeOffset>();
        var waits = new Dictionary<long, TimeSpan>();
        for (var i = 0; i < Backlog; i++)
        {
            var at = Now.AddSeconds(i);
            dueSince[(await stories.CreateAsync($"backlog-{i}", at, default)).Id] = at;
        }

        for (var step = 1; step <= Steps; step++)
        {
            var now = Now.AddMinutes(step);
            dueSince[(await stories.CreateAsync($"arrival-{step}", now, default)).Id] = now;
            var story = Assert.Single(await stories.LeaseDueAsync(Writer(now), now, TimeSpan.Zero, 1, default, bound));
            Assert.Equal(1, await stories.SaveRevisionAsync(story.Id, "{}", "first", "Story", 1, false, story.ChangedAt, now, Writer(now), default));
            waits[story.Id] = now - dueSince[story.Id];
        }

        var end = Now.AddMinutes(Steps);
        var longest = dueSince.Keys.Max(id => waits.TryGetValue(id, out var wait) ? wait : end - dueSince[id]);
        if (boundMinutes is null)
        {
            Assert.All(dueSince.Keys.Take(Backlog), id => Assert.False(waits.ContainsKey(id)));   // starved
            Assert.True(longest >= TimeSpan.FromMinutes(Steps - 1), $"longest wait {longest}");
        }
        else
        {
            Assert.True(dueSince.Keys.Take(Backlog).All(waits.ContainsKey), "every backlog story is written");
            Assert.True(longest <= TimeSpan.FromMinutes(allowedWaitMinutes), $"longest wait {longest} > {allowedWaitMinutes} min");
        }
    }

    private static Task<long?> DueSinceAsync(TempDatabase temp, long id) =>
        temp.Database.ReadAsync(c => c.QuerySingleAsync<long?>("SELECT due_since FROM stories WHERE id = @id", new { id }), default);
}
