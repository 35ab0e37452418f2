using System.Text;
using Newsdesk.Feeds;

namespace Newsdesk.Core.Tests.Feeds;

/// <summary>
/// Links a feed escaped twice: the NZ Herald's RSS (real feeds, May 2020) writes
/// <c>&amp;amp;ref=rss</c>, which left "&amp;ref=rss" in every stored article URL.
/// </summary>
public sealed class FeedLinkEntityTests
{
    private const string Herald = "https://www.nzherald.co.nz/nz/news/article.cfm?c_id=1&objectid=12328630&ref=rss";

    private static Feed Parse(string xml) =>
        Assert.IsType<FeedParseResult.Parsed>(FeedParser.Parse(Encoding.UTF8.GetBytes(xml))).Feed;

    [Fact]
    public void An_rss_item_link_escaped_twice_is_decoded_once()
    {
        var feed = Parse("""
            <rss version="2.0"><channel><title>NZ Herald</title><link>https://www.nzherald.co.nz/</link>
            <item><title>Covid 19 coronavirus: no new cases</title>
            <link>https://www.nzherald.co.nz/nz/news/article.cfm?c_id=1&amp;objectid=12328630&amp;amp;ref=rss</link>
            <guid isPermaLink="false">12328630</guid></item>
            <item><title>Second</title><guid>https://www.nzherald.co.nz/nz/news/article.cfm?c_id=1&amp;amp;objectid=2</guid></item>
            </channel></rss>
            """);

        Assert.Equal(Herald, feed.Items[0].Link);
        Assert.Equal("https://www.nzherald.co.nz/nz/news/article.cfm?c_id=1&objectid=2", feed.Items[1].Link);   // a permalink guid
    }

    [Fact]
    public void An_atom_link_escaped_twice_is_decoded_once()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id>
            <entry><id>urn:e</id><title>E</title><link href="https://example.org/a?b=1&amp;amp;c=2"/></entry></feed>
            """);

        Assert.Equal("https://example.org/a?b=1&c=2", feed.Items[0].Link);
    }

    public static TheoryData<string, string, string> Links => new()
    {
        { "an ampersand escaped twice", "https://a.example/?x=1&amp;ref=rss", "https://a.example/?x=1&ref=rss" },
        { "numeric forms", "https://a.example/?x=1&#38;y=2&#x26;z=3", "https://a.example/?x=1&y=2&z=3" },
        { "a plain query is left as it is", "https://a.example/?a=1&b=2&c", "https://a.example/?a=1&b=2&c" },
        { "decoded once, not until nothing is left", "https://a.example/?x=1&amp;amp;y", "https://a.example/?x=1&amp;y" },
        { "other entities are not decoded (no scheme is made)", "&#106;avascript:alert(1)", "&#106;avascript:alert(1)" },
        { "an ampersand at the end", "https://a.example/?x=1&", "https://a.example/?x=1&" },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void Only_the_ampersand_entities_are_decoded(string name, string link, string expected)
    {
        Assert.True(name.Length > 0);
        Assert.Equal(expected, FeedUris.WithoutEscapedAmpersands(link));
    }
}
