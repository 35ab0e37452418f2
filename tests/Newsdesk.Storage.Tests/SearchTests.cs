using Newsdesk.Storage;

namespace Newsdesk.Storage.Tests;

public sealed class SearchTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static async Task<long> Story(StoryStore stories, string slug, StoryText text)
    {
        var (id, _) = await stories.CreateAsync(slug, Now, default);
        await stories.SaveRevisionAsync(id, "{}", "first", text.Headline, 1, false, Now, Now, default, text);
        return id;
    }

    public static TheoryData<string, string, string[]> Queries => new()
    {
        // backend, query, slugs expected in order
        { Backends.Sqlite, "harbour bridge", ["bridge"] },
        { Backends.Sqlite, "elections", ["election", "budget"] },   // stemming; headline ranks above body
        { Backends.Sqlite, "OR NOT \"* ( ) :", [] },               // query syntax is never passed through
        { Backends.Sqlite, "nothing-matches-this", [] },
        { Backends.Postgres, "harbour bridge", ["bridge"] },
        { Backends.Postgres, "elections", ["election", "budget"] },
        { Backends.Postgres, "OR NOT \"* ( ) :", [] },
        { Backends.Postgres, "nothing-matches-this", [] },
    };

    [SkippableTheory]
    [MemberData(nameof(Queries))]
    public async Task Search_finds_live_stories_by_their_latest_revision(string backend, string query, string[] expected)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var stories = new StoryStore(temp.Database);
        await Story(stories, "election", new StoryText("Election results are in", "The vote was counted overnight.", "Turnout was high."));
        await Story(stories, "budget", new StoryText("Budget passes", "Parliament approved the budget.", "It was delayed by the election campaign."));
        var bridge = await Story(stories, "bridge", new StoryText("Old headline", "Old lede", "Old body"));
        await stories.SaveRevisionAsync(bridge, "{}", "update", "Harbour bridge reopens", 1, false, Now, Now, default,
            new StoryText("Harbour bridge reopens", "The bridge reopened on Monday.", "Repairs took a year."));

        var hits = await StorySearch.For(temp.Database).SearchAsync(query, 0, 10, default);

        Assert.Equal(expected, hits.Select(h => h.Slug));
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Search_sees_only_the_latest_revision_and_no_merged_story(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var stories = new StoryStore(temp.Database);
        var a = await Story(stories, "a", new StoryText("Storm nears coast", "Winds rise.", "Evacuations begin."));
        var b = await Story(stories, "b", new StoryText("Storm hits coast", "Winds peak.", "Power is out."));
        await stories.SaveRevisionAsync(a, "{}", "update", "Flood waters recede", 1, false, Now, Now, default,
            new StoryText("Flood waters recede", "Rivers fall.", "Cleanup starts."));
        var search = StorySearch.For(temp.Database);

        Assert.Equal(["b"], (await search.SearchAsync("storm", 0, 10, default)).Select(h => h.Slug));
        await stories.MergeAsync(b, a, Now, default);
        Assert.Empty(await search.SearchAsync("storm", 0, 10, default));
        Assert.Equal(["a"], (await search.SearchAsync("flood", 0, 10, default)).Select(h => h.Slug));
    }
}
