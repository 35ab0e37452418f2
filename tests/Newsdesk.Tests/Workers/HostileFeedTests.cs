using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Hosting;
using Newsdesk.Sources;
using Newsdesk.Storage;
using Newsdesk.Testing;
using Newsdesk.Tests.Polling;
using Newsdesk.Text;

namespace Newsdesk.Tests.Workers;

/// <summary>
/// Two unrelated events (a storm, a burst water main) from two feeds whose every field carries
/// markup payloads (titles, descriptions escaped once and twice, authors, page text) make two
/// stories, not one: markup is cleaned where feed items become articles, so its tokens never join
/// events, and no stored title or text still carries any.
/// </summary>
public sealed class HostileFeedTests
{
    private static readonly string[] Payloads =
    [
        "<script>document.title='PW'+'NED'</script>",
        "<img src=x onerror=alert(1)>",
        "img src=x onerror=alert('x')",
        "&lt;b&gt;bold&lt;/b&gt;",
        "document.title='PW'+'NED'",
        "<a href=\"javascript:alert(3)\">click</a>",
    ];

    private static readonly string[] Storm =
    [
        "Storm Orla brings 90 mph gusts to the west coast|Storm Orla brought gusts of 90 mph to the west coast on Tuesday. The Met Office issued an amber warning for wind.",
        "Power cut to 40,000 homes as Storm Orla hits|Power was cut to 40,000 homes as Storm Orla hit the west coast. Engineers worked through the night in the gusts.",
        "Storm Orla: trains cancelled and schools shut|Trains were cancelled and schools shut as Storm Orla brought 90 mph gusts. The amber wind warning runs until Wednesday.",
    ];

    private static readonly string[] Water =
    [
        "Water main bursts in Leeds city centre|A water main burst in Leeds city centre on Tuesday morning. Yorkshire Water said engineers were repairing the pipe.",
        "Burst water main floods Briggate shops|Shops on Briggate were flooded after a water main burst in Leeds. Yorkshire Water apologised to traders.",
        "Leeds water main repair to take three days|Repairs to the burst water main in Leeds will take three days, Yorkshire Water said. Briggate stays closed to traffic.",
    ];

    [Fact]
    public async Task Storm_and_water_main_feeds_with_payloads_in_every_field_make_two_stories()
    {
        await using var server = new FeedServer();
        server.MapText("/robots.txt", "User-agent: *\nAllow: /\n", "text/plain");
        MapFeed(server, "storm", Storm, hour: 9);
        MapFeed(server, "water", Water, hour: 9);

        var data = Path.Combine(Path.GetTempPath(), "newsdesk-hostile-" + Guid.NewGuid().ToString("N"));
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
            var sources = app.Services.GetRequiredService<SourceStore>();
            foreach (var feed in new[] { "storm", "water" })
            {
                await sources.AddAsync(new NewSource(server.Url($"/{feed}.xml").AbsoluteUri), TimeSpan.FromMinutes(5), DateTimeOffset.UtcNow, default);
            }

            var articles = app.Services.GetRequiredService<ArticleStore>();
            var stories = app.Services.GetRequiredService<StoryStore>();
            var deadline = DateTime.UtcNow + Patience.Hang;   // only a hang reaches it; the assertions below say what was missing
            IReadOnlyList<(long StoryId, long ArticleId)> membership = [];
            while (DateTime.UtcNow < deadline && membership.Count < 6)
            {
                await Task.Delay(200);
                membership = await stories.MembershipAsync(default);
            }

            var stored = await articles.RecentAsync(20, default);
            await app.StopAsync();

            Assert.Equal(6, stored.Count);
            Assert.Equal(6, membership.Count);
            foreach (var article in stored)
            {
                Assert.False(MarkupDebris.HasMarkup(article.Title), $"markup left in a title: {article.Title}");
                Assert.False(MarkupDebris.HasMarkup(article.Text), $"markup left in a text: {article.Text}");
                Assert.DoesNotContain("PW", article.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("onerror", article.Title + article.Text, StringComparison.OrdinalIgnoreCase);
            }

            var storyOf = membership.ToDictionary(m => m.ArticleId, m => m.StoryId);
            var stormStories = stored.Where(a => a.Title.Contains("Orla", StringComparison.Ordinal)).Select(a => storyOf[a.Id]).Distinct().ToList();
            var waterStories = stored.Where(a => a.Title.Contains("water main", StringComparison.OrdinalIgnoreCase)).Select(a => storyOf[a.Id]).Distinct().ToList();
            Assert.Single(stormStories);
            Assert.Single(waterStories);
            Assert.NotEqual(stormStories[0], waterStories[0]);
        }

        Directory.Delete(data, recursive: true);
    }

    /// <summary>A feed of three items with a payload in every field, each linking a page whose text carries payloads too.</summary>
    private static void MapFeed(FeedServer server, string name, string[] items, int hour)
    {
        var xml = new System.Text.StringBuilder($"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{name} {WebUtility.HtmlEncode(Payloads[0])}</title><link>{server.Url("/")}</link>");
        for (var i = 0; i < items.Length; i++)
        {
            var (title, text) = (items[i].Split('|')[0], items[i].Split('|')[1]);
            var payload = Payloads[i % Payloads.Length];
            var other = Payloads[(i + 3) % Payloads.Length];
            var page = $"/{name}/{i}";
            // Titles and descriptions are escaped once by the feed (as markup in text must be), and
            // the descriptions carry markup escaped twice as well: text nodes that read as tags.
            xml.Append($"""
                <item><title>{WebUtility.HtmlEncode(payload + " " + title + " " + other)}</title>
                <link>{server.Url(page)}</link><guid>{name}-{i}</guid>
                <author>{WebUtility.HtmlEncode(other)} reporter@example.org</author>
                <description>{WebUtility.HtmlEncode(WebUtility.HtmlEncode(payload) + " <p>" + text + "</p> " + other + " " + string.Join(' ', Payloads))}</description>
                <pubDate>Tue, 24 Nov 2026 {hour + i:00}:00:00 GMT</pubDate></item>
                """);
            server.MapText(page,
                $"<html><head><title>{WebUtility.HtmlEncode(title)}</title></head><body><article><h1>{WebUtility.HtmlEncode(title)}</h1>"
                + $"<p>{WebUtility.HtmlEncode(payload)} {text} {WebUtility.HtmlEncode(string.Join(' ', Payloads))}</p>"
                + $"<p>{text} {WebUtility.HtmlEncode(WebUtility.HtmlEncode(other))}</p></article></body></html>",
                "text/html; charset=utf-8");
        }

        server.MapText($"/{name}.xml", xml.Append("</channel></rss>").ToString());
    }
}
