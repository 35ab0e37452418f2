using Newsdesk.Core.Tests.Notify;
using Newsdesk.Publishing;

namespace Newsdesk.Core.Tests.Publishing;

public sealed class EntityKeysTests
{
    [Theory]
    [InlineData("Donald Trump", "donald-trump", true)]
    [InlineData("Trump", "donald-trump", true)]
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
    public void AFullNamesPageTakesTheSurnameAloneButNoPlace(string entity, string key, bool names)
    {
        // Real feeds, May 2020: 32 stories carried "Trump" alone and 43 "Donald Trump"; "Jordan" is a country too.
        Assert.Equal(names, EntityKeys.Names(entity, key));
    }

    [Fact]
    public async Task TheEntityPageListsTheStoriesThatNameTheSurnameOnly()
    {
        var catalog = new InMemoryStoryCatalog(TimeProvider.System);
        var full = NoticeStories.Quay(entities: ["Ellen Marsh"]) with { Id = "1", Slug = "full" };
        var surname = NoticeStories.Quay(entities: ["Marsh"]) with { Id = "2", Slug = "surname" };
        var other = NoticeStories.Quay(entities: ["Tom Marsh"]) with { Id = "3", Slug = "other" };
        catalog.Publish(full);
        catalog.Publish(surname);
        catalog.Publish(other);

        var listed = (await catalog.EntityAsync("ellen-marsh", 1, 10, default)).Select(s => s.Slug).Order().ToList();

        Assert.Equal(["full", "surname"], listed);
        Assert.Equal(["surname"], (await catalog.EntityAsync("marsh", 1, 10, default)).Select(s => s.Slug).ToList());
    }
}
