using Newsdesk.Core.Tests.Notify;
using Newsdesk.Publishing;

namespace Newsdesk.Core.Tests.Publishing;

public sealed class EntityKeysTests
{
    /// <summary>Whose "Trump" alone is, as on the real May 2020 feeds (32 stories carried "Trump" alone, 43 "Donald Trump").</summary>
    private static readonly IReadOnlyDictionary<string, string> Owners = EntityKeys.SurnameOwners(
        [.. Enumerable.Repeat<string[]>(["Donald Trump"], 43), ["Melania Trump"], ["Ivanka Trump", "Donald Trump"],
         ["Boris Johnson"], ["Jacinda Ardern"], ["New York"], ["Northern Ireland"], ["Bank of England"], ["North Korea"], ["Michael Jordan"],
         ["Trump Tower Grill Room"], ["Ellen Marsh"], ["Tom Marsh"]]);

    [Theory]
    [InlineData("Donald Trump", "donald-trump", true)]
    [InlineData("Trump", "donald-trump", true)]
    [InlineData("Trump", "melania-trump", false)]
    [InlineData("Trump", "ivanka-trump", false)]
    [InlineData("Johnson", "boris-johnson", true)]
    [InlineData("Ardern", "jacinda-ardern", true)]
    [InlineData("Donald Trump", "trump", false)]
    [InlineData("Melania Trump", "donald-trump", false)]
    [InlineData("York", "new-york", false)]
    [InlineData("Ireland", "northern-ireland", false)]
    [InlineData("England", "bank-of-england", false)]
    [InlineData("Korea", "north-korea", false)]
    [InlineData("Jordan", "michael-jordan", false)]
    [InlineData("Trump", "trump-tower-grill-room", false)]
    [InlineData("Rump", "donald-trump", false)]
    [InlineData("Marsh", "ellen-marsh", false)]
    [InlineData("Marsh", "tom-marsh", false)]
    public void AFullNamesPageTakesTheSurnameAloneOfItsOwnerButNoPlace(string entity, string key, bool names)
    {
        // "Jordan" is a country too; Ellen and Tom Marsh are named alike, so "Marsh" alone is nobody's.
        Assert.Equal(names, EntityKeys.Names(entity, key, Owners));
    }

    [Fact]
    public async Task TheEntityPageListsTheStoriesThatNameTheSurnameOnly()
    {
        var catalog = new InMemoryStoryCatalog(TimeProvider.System);
        var full = NoticeStories.Quay(entities: ["Ellen Marsh"]) with { Id = "1", Slug = "full" };
        var again = NoticeStories.Quay(entities: ["Ellen Marsh"]) with { Id = "4", Slug = "again" };
        var surname = NoticeStories.Quay(entities: ["Marsh"]) with { Id = "2", Slug = "surname" };
        var other = NoticeStories.Quay(entities: ["Tom Marsh"]) with { Id = "3", Slug = "other" };
        catalog.Publish(full);
        catalog.Publish(surname);
        catalog.Publish(other);

        // Ellen and Tom Marsh named alike: "Marsh" alone is neither's.
        Assert.Equal(["full"], (await catalog.EntityAsync("ellen-marsh", 1, 10, default)).Select(s => s.Slug).ToList());

        catalog.Publish(again);
        var listed = (await catalog.EntityAsync("ellen-marsh", 1, 10, default)).Select(s => s.Slug).Order().ToList();

        Assert.Equal(["again", "full", "surname"], listed);
        Assert.Equal(["other"], (await catalog.EntityAsync("tom-marsh", 1, 10, default)).Select(s => s.Slug).ToList());
        Assert.Equal(["surname"], (await catalog.EntityAsync("marsh", 1, 10, default)).Select(s => s.Slug).ToList());
    }
}
