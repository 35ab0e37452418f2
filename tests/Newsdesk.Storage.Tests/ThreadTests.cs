using Newsdesk.Storage;

namespace Newsdesk.Storage.Tests;

/// <summary>
/// Threads in storage (migration 0006, issue #14), on both backends: the clusterer puts a story in
/// the thread of the story it develops; the thread keeps its first story's id; a lost role writes
/// nothing; merged stories leave the list.
/// </summary>
public sealed class ThreadTests
{
    private const string Role = "cluster";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static RoleLease Held(string owner) => new(Role, new Lease(owner, Now, TimeSpan.FromMinutes(5)));

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_development_joins_the_thread_of_its_first_story(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var leases = new LeaseStore(temp.Database);
        var stories = new StoryStore(temp.Database);
        Assert.Equal(RoleLeaseState.Acquired, await leases.AcquireAsync(Role, Held("a").Lease, default));
        var (shooting, _) = await stories.CreateAsync("four-shot-at-haw-river-bar", Now, default);
        var (arrest, _) = await stories.CreateAsync("man-sought-turns-himself-in", Now.AddDays(9), default);
        var (charges, _) = await stories.CreateAsync("suspect-indicted", Now.AddDays(19), default);
        var (alone, _) = await stories.CreateAsync("council-approves-budget", Now, default);

        Assert.Equal(shooting, await stories.LinkThreadAsync(arrest, shooting, Held("a"), default));
        Assert.Equal(shooting, await stories.LinkThreadAsync(charges, arrest, Held("a"), default));
        Assert.Equal(0, await stories.LinkThreadAsync(alone, 999_999, Held("a"), default));

        var threads = await stories.ThreadsAsync(default);
        Assert.Equal([(shooting, shooting), (arrest, shooting), (charges, shooting)], threads);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_link_without_the_role_writes_nothing_and_a_merged_story_leaves_the_thread(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var leases = new LeaseStore(temp.Database);
        var stories = new StoryStore(temp.Database);
        Assert.Equal(RoleLeaseState.Acquired, await leases.AcquireAsync(Role, Held("a").Lease, default));
        var (first, _) = await stories.CreateAsync("first", Now, default);
        var (second, _) = await stories.CreateAsync("second", Now, default);
        var (third, _) = await stories.CreateAsync("third", Now, default);

        Assert.Null(await stories.LinkThreadAsync(second, first, Held("b"), default));
        Assert.Empty(await stories.ThreadsAsync(default));

        Assert.Equal(first, await stories.LinkThreadAsync(second, first, Held("a"), default));
        Assert.Equal(first, await stories.LinkThreadAsync(third, first, Held("a"), default));
        await stories.MergeAsync(third, second, Now, default);
        Assert.Equal([(first, first), (second, first)], await stories.ThreadsAsync(default));
    }
}
