using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Hosting;
using Newsdesk.Sources;
using Newsdesk.Storage;
using Newsdesk.Testing;
using Newsdesk.Tests.Polling;

namespace Newsdesk.Tests.Workers;

/// <summary>
/// The pipeline fetches article pages only where the site's robots.txt allows Newsdesk; a page it
/// may not fetch is never requested and the article keeps the feed's own text.
/// </summary>
public sealed class ArticleRobotsTests
{
    private const string Paragraph =
        "The harbour board voted on Tuesday to extend the eastern quay by 120 metres, a project it says will let larger container ships berth at Port Calder from 2028. ";

    [Fact]
    public async Task PagesRobotsTxtDisallowsAreNotFetchedAndKeepTheFeedText()
    {
        await using var server = new FeedServer();
        server.MapText("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain");
        server.MapText("/feed.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Harbour News</title><link>{server.Url("/")}</link>
            <item><title>Quay to be extended</title><link>{server.Url("/news/quay")}</link><guid>quay</guid>
              <description>The harbour board voted to extend the eastern quay.</description><pubDate>Tue, 24 Nov 2026 09:00:00 GMT</pubDate></item>
            <item><title>Board minutes published</title><link>{server.Url("/private/minutes")}</link><guid>minutes</guid>
              <description>The board's minutes of Tuesday's vote were published.</description><pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate></item>
            </channel></rss>
            """);
        foreach (var path in new[] { "/news/quay", "/private/minutes" })
        {
            server.MapText(path, $"<html><head><title>Page</title></head><body><article><h1>Page</h1><p>{string.Concat(Enumerable.Repeat(Paragraph, 6))}</p></article></body></html>", "text/html; charset=utf-8");
        }

        var data = Path.Combine(Path.GetTempPath(), "newsdesk-robots-" + Guid.NewGuid().ToString("N"));
        var app = ServeHost.Build(ServeRole.Worker, "http://127.0.0.1:0", new Dictionary<string, string?>
        {
            ["Newsdesk:DataDir"] = data,
            ["Newsdesk:Fetch:AllowPrivateAddresses"] = "true",
            ["Newsdesk:Fetch:PerHostMinGap"] = "00:00:00",
            ["Newsdesk:Pipeline:IdleDelay"] = "00:00:00.200",
        });
        await using (app)
        {
            await app.StartAsync();
            await app.Services.GetRequiredService<SourceStore>().AddAsync(
                new NewSource(server.Url("/feed.xml").AbsoluteUri), TimeSpan.FromMinutes(5), DateTimeOffset.UtcNow, default);

            var articles = app.Services.GetRequiredService<ArticleStore>();
            var deadline = DateTime.UtcNow + Patience.Hang;
            IReadOnlyList<StoredArticle> stored = [];
            while (DateTime.UtcNow < deadline && stored.Count < 2)
            {
                await Task.Delay(200);
                stored = await articles.RecentAsync(10, default);
            }

            await app.StopAsync();
            Assert.Equal(2, stored.Count);
            Assert.Equal("page", stored.Single(a => a.Url.EndsWith("/news/quay", StringComparison.Ordinal)).TextSource);
            var minutes = stored.Single(a => a.Url.EndsWith("/private/minutes", StringComparison.Ordinal));
            Assert.Equal("feed", minutes.TextSource);
            Assert.Contains("minutes", minutes.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(server.Requests, r => r.Path.StartsWith("/private/", StringComparison.Ordinal));
            Assert.Contains(server.Requests, r => r.Path == "/robots.txt");
        }

        Directory.Delete(data, recursive: true);
    }
}
