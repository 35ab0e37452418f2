namespace Newsdesk.Storage.Tests;

/// <summary>
/// A story whose headline changes keeps its id and gets a slug of its new headline; its old slug
/// redirects to it and is never given to another story (real feeds, May 2020: the Rio Tinto
/// heritage story answered at "kias-new-rio-supermini-gets-hybrid-technology-for-2020").
/// </summary>
public sealed class RetitleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static Lease Writer(DateTimeOffset at) => new("writer", at, TimeSpan.FromMinutes(5));

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_retitled_story_keeps_its_id_and_its_old_slug_redirects(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var stories = new StoryStore(temp.Database);
        var (id, first) = await stories.CreateAsync("kias-new-rio-supermini", Now, default);
        Assert.Single(await stories.LeaseDueAsync(Writer(Now), Now, TimeSpan.Zero, 10, default));

        var slug = await stories.RetitleAsync(id, "rio-tinto-apologises", Writer(Now), default);

        Assert.Equal("rio-tinto-apologises", slug);
        Assert.Equal(slug, Assert.Single(await stories.DueAsync(Now, TimeSpan.Zero, 10, default)).Slug);
        Assert.Equal((first, id), Assert.Single(await stories.RedirectsAsync(default)));

        // The old slug is never another story's.
        var (_, other) = await stories.CreateAsync("kias-new-rio-supermini", Now, default);
        Assert.Equal("kias-new-rio-supermini-2", other);
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_story_may_take_back_a_slug_of_its_own_but_not_another_storys(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var stories = new StoryStore(temp.Database);
        var (id, _) = await stories.CreateAsync("first-headline", Now, default);
        var (_, taken) = await stories.CreateAsync("second-headline", Now, default);
        await stories.LeaseDueAsync(Writer(Now), Now, TimeSpan.Zero, 10, default);

        Assert.Equal("second-headline-2", await stories.RetitleAsync(id, taken, Writer(Now), default));
        Assert.Equal("first-headline", await stories.RetitleAsync(id, "first-headline", Writer(Now), default));
        Assert.Equal("first-headline", await stories.RetitleAsync(id, "first-headline", Writer(Now), default));   // unchanged: no new redirect
        Assert.Equal([("second-headline-2", id)], await stories.RedirectsAsync(default));
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_writer_whose_lease_ran_out_retitles_nothing(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var stories = new StoryStore(temp.Database);
        var (id, first) = await stories.CreateAsync("first-headline", Now, default);
        await stories.LeaseDueAsync(Writer(Now), Now, TimeSpan.Zero, 10, default);

        Assert.Null(await stories.RetitleAsync(id, "other-headline", Writer(Now.AddMinutes(10)), default));
        Assert.Equal(first, Assert.Single(await stories.DueAsync(Now, TimeSpan.Zero, 10, default)).Slug);
        Assert.Empty(await stories.RedirectsAsync(default));
    }
}
