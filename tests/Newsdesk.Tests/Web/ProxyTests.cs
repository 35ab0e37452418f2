using Newsdesk.Publishing;
using Newsdesk.Web;

namespace Newsdesk.Tests.Web;

/// <summary>
/// Behind a reverse proxy on loopback, links are built from the proxy's X-Forwarded-Proto and
/// X-Forwarded-Host when Site:BehindProxy is on, and those headers are ignored when it is off.
/// </summary>
public sealed class ProxyTests
{
    [Theory]
    [InlineData(true, "https://news.example.org/story/")]
    [InlineData(false, "http://127.0.0.1:")]
    public async Task FeedLinksFollowTheProxyOnlyWhenTrusted(bool behindProxy, string expectedLinkStart)
    {
        var catalog = new InMemoryStoryCatalog(TimeProvider.System);
        var story = SampleStories.Create(1, DateTimeOffset.UtcNow)[0];
        catalog.Publish(story);
        await using var app = SampleSite.Build("http://127.0.0.1:0", catalog, TimeProvider.System, o => o.BehindProxy = behindProxy);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/rss.xml");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "news.example.org");

        using var response = await client.SendAsync(request);
        var feed = await response.Content.ReadAsStringAsync();

        var link = System.Xml.Linq.XDocument.Parse(feed).Descendants("item").Single().Element("link")!.Value;
        Assert.StartsWith(expectedLinkStart, link, StringComparison.Ordinal);
        await app.StopAsync();
    }
}
