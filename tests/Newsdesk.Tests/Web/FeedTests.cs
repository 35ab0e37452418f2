using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace Newsdesk.Tests.Web;

/// <summary>The feeds out: well-formed, correct dates, absolute links, and markup from sources escaped, never interpreted.</summary>
public sealed class FeedTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task RssIsWellFormedWithRfc822DatesAndAbsolutePermalinks()
    {
        using var client = site.Client();
        using var response = await client.GetAsync("/feeds/rss.xml");
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        var doc = XDocument.Parse(await response.Content.ReadAsStringAsync());

        var items = doc.Root!.Element("channel")!.Elements("item").ToList();
        Assert.True(items.Count >= 20);
        foreach (var item in items)
        {
            Assert.StartsWith(site.BaseUrl + "story/", item.Element("link")!.Value, StringComparison.Ordinal);
            Assert.True(DateTimeOffset.TryParseExact(item.Element("pubDate")!.Value, "ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _));
        }

        var xss = items.Single(i => i.Element("link")!.Value.EndsWith(SiteFixture.XssSlug, StringComparison.Ordinal));
        Assert.Equal(XssStory.Headline, xss.Element("title")!.Value);   // escaped on the wire, exact text after parsing
        Assert.Equal(site.BaseUrl + "feeds/rss.xml", doc.Root.Element("channel")!.Element(Atom + "link")!.Attribute("href")!.Value);
    }

    [Fact]
    public async Task AtomIsWellFormedWithRfc3339DatesAndTextSummaries()
    {
        using var client = site.Client();
        var doc = XDocument.Parse(await client.GetStringAsync("/feeds/atom.xml"));

        Assert.Equal(Atom + "feed", doc.Root!.Name);
        var entries = doc.Root.Elements(Atom + "entry").ToList();
        Assert.True(entries.Count >= 20);
        Assert.All(entries, e =>
        {
            Assert.Matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", e.Element(Atom + "updated")!.Value);
            Assert.Equal("text", e.Element(Atom + "summary")!.Attribute("type")!.Value);
        });
        Assert.Contains(entries, e => e.Element(Atom + "title")!.Value == XssStory.Headline);
    }

    [Fact]
    public async Task JsonFeedIsVersion11WithDatesAndUrls()
    {
        using var client = site.Client();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/feeds/feed.json"));

        Assert.Equal("https://jsonfeed.org/version/1.1", doc.RootElement.GetProperty("version").GetString());
        var items = doc.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.True(items.Count >= 20);
        Assert.All(items, i => Assert.True(DateTimeOffset.TryParse(i.GetProperty("date_published").GetString(), CultureInfo.InvariantCulture, out _)));
        Assert.Contains(items, i => i.GetProperty("title").GetString() == XssStory.Headline);
    }

    [Fact]
    public async Task EachTopicHasItsOwnFeeds()
    {
        using var client = site.Client();
        var doc = XDocument.Parse(await client.GetStringAsync("/topic/science/rss.xml"));
        var page = await client.GetStringAsync("/topic/science");

        var items = doc.Root!.Element("channel")!.Elements("item").ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Contains(i.Elements("category"), c => c.Value == "Science"));
        Assert.Contains("href=\"/topic/science/rss.xml\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiPagesStoriesAndServesOneWhole()
    {
        using var client = site.Client();
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/stories?page=1"));
        var stories = list.RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(20, stories.Count);
        Assert.Equal("/api/stories?page=2", list.RootElement.GetProperty("next").GetString());

        var slug = site.Stories[0].Slug;
        using var one = JsonDocument.Parse(await client.GetStringAsync("/api/stories/" + slug));
        Assert.Equal(site.Stories[0].Content.Headline, one.RootElement.GetProperty("headline").GetString());
        Assert.Equal(4, one.RootElement.GetProperty("sources").GetArrayLength());
        Assert.True(one.RootElement.GetProperty("verification").GetProperty("supported").GetInt32() > 0);

        using var sources = JsonDocument.Parse(await client.GetStringAsync("/api/sources"));
        Assert.Contains(sources.RootElement.EnumerateArray(), s => s.GetProperty("state").GetString() == "failing");

        using var merged = await client.GetAsync("/api/stories/" + SiteFixture.MergedSlug);
        Assert.Equal(HttpStatusCode.MovedPermanently, merged.StatusCode);
    }
}
