using System.Text;
using Newsdesk.Feeds;
using Newsdesk.Sources;

namespace Newsdesk.Core.Tests.Feeds;

public sealed class CutOffFeedTests
{
    public sealed record Case(string Name, string Body, FeedFormat Format, bool EndsEarly)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        new("whole RSS", "<rss><channel><item><title>A</title></item></channel></rss>\n", FeedFormat.Rss, false),
        new("whole Atom with a closing tag that has a space", "<feed><entry/></feed >", FeedFormat.Atom, false),
        new("whole RDF", "<rdf:RDF><item/></rdf:RDF>\r\n\r\n", FeedFormat.Rdf, false),
        new("a comment after the root", "<rss><channel/></rss>\n<!-- served by cache 12 -->\n", FeedFormat.Rss, false),
        new("cut inside a title", "<rss><channel><item><title>Storm cuts pow", FeedFormat.Rss, true),
        new("cut after an opening tag", "<rss><channel><item><title>A</title></item><item>", FeedFormat.Rss, true),
        new("cut inside a tag", "<rss><channel><item><title>A</title></item></chan", FeedFormat.Rss, true),
        new("empty", "  \n", FeedFormat.Rss, true),
        new("whole JSON Feed", "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[]}\n", FeedFormat.Json, false),
        new("cut JSON Feed", "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"id\":\"1\"", FeedFormat.Json, true),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TellsACutOffDocumentFromAWholeOne(Case c) =>
        Assert.Equal(c.EndsEarly, CutOffFeed.EndsEarly(Encoding.UTF8.GetBytes(c.Body), c.Format));

    [Fact]
    public void ACutOffFeedLosesItsLastItemAndAnItemWithoutTitleOrLinkIsNeverStored()
    {
        var items = new List<FeedItem>
        {
            new("1", "Whole", "https://example.org/1", null, null, null, null, null),
            new("2", null, null, null, null, null, "<p>only a summary</p>", null),
            new("3", "Storm cuts pow", null, null, null, null, null, null),
        };
        var feed = new Feed(FeedFormat.Rss, "F", null, items);
        Assert.Equal(["1"], CutOffFeed.WholeItems(feed, Encoding.UTF8.GetBytes("<rss><channel><item><title>Storm cuts pow")).Select(i => i.Id));
        Assert.Equal(["1", "3"], CutOffFeed.WholeItems(feed, Encoding.UTF8.GetBytes("<rss></rss>")).Select(i => i.Id));
    }
}
