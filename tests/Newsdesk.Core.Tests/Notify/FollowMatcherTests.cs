using Newsdesk.Notify;
using Newsdesk.Publishing;

namespace Newsdesk.Core.Tests.Notify;

public sealed class FollowMatcherTests
{
    public sealed record Case(string Name, FollowKind Kind, string Term, bool Breaking, bool Matches);

    public static TheoryData<Case> Cases => new()
    {
        new("topic by name", FollowKind.Topic, "Business", false, true),
        new("topic by route key, any case", FollowKind.Topic, "business", false, true),
        new("another topic", FollowKind.Topic, "Politics", false, false),
        new("entity by name", FollowKind.Entity, "Ellen Marsh", false, true),
        new("entity by route key", FollowKind.Entity, "port-calder", false, true),
        new("an entity only mentioned in text is not an entity", FollowKind.Entity, "Harbour News", false, false),
        new("a surname follow does not take the full name", FollowKind.Entity, "Marsh", false, false),
        new("query: every word present", FollowKind.Query, "eastern quay", false, true),
        new("query: words from body and bullets", FollowKind.Query, "container dock", false, true),
        new("query: a word prefix, as the site's search", FollowKind.Query, "contain", false, true),
        new("query: one word missing", FollowKind.Query, "eastern airport", false, false),
        new("query: any case and punctuation", FollowKind.Query, "EASTERN, Quay!", false, true),
        new("query: empty never matches", FollowKind.Query, "", false, false),
        new("breaking story", FollowKind.Breaking, "", true, true),
        new("not breaking", FollowKind.Breaking, "", false, false),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_as_the_site_routes_and_searches(Case row)
    {
        var story = NoticeStories.Quay(row.Breaking);
        Assert.Equal(row.Matches, FollowMatcher.Matches(new FollowSpec("f", row.Kind, row.Term), story, EntityKeys.SurnameOwners([story.Entities])));
    }

    /// <summary>
    /// A follow of a full name takes a story that names only the surname when the published stories
    /// name that person with it far more than anyone else (issue #15 review: a follow of Ivanka Trump took
    /// every story whose reports wrote "Trump" alone, nearly all about Donald Trump).
    /// </summary>
    [Theory]
    [InlineData("Ellen Marsh", true)]
    [InlineData("Tom Marsh", false)]
    public void A_full_name_follow_takes_the_surname_of_its_owner_only(string follow, bool matches)
    {
        var surname = NoticeStories.Quay(entities: ["Marsh"]);
        var owners = EntityKeys.SurnameOwners([["Ellen Marsh"], ["Ellen Marsh", "Port Calder"], ["Tom Marsh"], ["Marsh"]]);
        Assert.Equal(matches, FollowMatcher.Matches(new FollowSpec("f", FollowKind.Entity, follow), surname, owners));
    }

    [Fact]
    public async Task A_query_follow_matches_what_the_in_memory_search_finds()
    {
        var catalog = new InMemoryStoryCatalog(TimeProvider.System);
        var story = NoticeStories.Quay();
        catalog.Publish(story);
        foreach (var query in new[] { "eastern quay", "contain", "eastern airport", "marsh", "business quay" })
        {
            var found = (await catalog.SearchAsync(query, 1, 10, default)).Count > 0;
            Assert.Equal(found, FollowMatcher.MatchesQuery(query, story));
        }
    }
}
