using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Newsdesk.Publishing;
using Newsdesk.Web;

namespace Newsdesk.Tests.Web;

/// <summary>
/// Threads on the site (issue #14): a story page shows the earlier and later stories of its thread
/// (date, headline, link), <c>/thread/{slug}</c> lists the whole thread, its feeds carry it and the
/// JSON API gives it with the story. Three sample stories make a thread; a fourth is in none.
/// </summary>
public sealed class ThreadPageTests : IAsyncLifetime
{
    private readonly InMemoryStoryCatalog catalog = new(TimeProvider.System);
    private readonly List<PublishedStory> stories = [];
    private WebApplication? app;
    private HttpClient? client;

    public sealed record Row(string Name, Func<ThreadPageTests, string> Path, HttpStatusCode Status, Func<ThreadPageTests, string[]> Contains, Func<ThreadPageTests, string[]> Lacks)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Row> Rows => new()
    {
        new("the middle story shows the earlier and the later story of its thread, each linked",
            t => "/story/" + t.Slug(1), HttpStatusCode.OK,
            t => ["Earlier in this thread", "href=\"/story/" + t.Slug(0) + "\"", "Later in this thread", "href=\"/story/" + t.Slug(2) + "\"", "href=\"/thread/" + t.Slug(0) + "\"", "The whole thread: 3 stories", "href=\"/thread/" + t.Slug(0) + "/rss.xml\""],
            t => []),
        new("the first story shows only later stories",
            t => "/story/" + t.Slug(0), HttpStatusCode.OK,
            t => ["Later in this thread", "href=\"/story/" + t.Slug(1) + "\""],
            t => ["Earlier in this thread"]),
        new("a story in no thread shows no thread",
            t => "/story/" + t.Slug(3), HttpStatusCode.OK,
            t => [],
            t => ["thread-heading", "/thread/"]),
        new("the thread page lists the whole thread, oldest first, from any of its stories",
            t => "/thread/" + t.Slug(2), HttpStatusCode.OK,
            t => ["Thread: " + WebUtility.HtmlEncode(t.stories[0].Content.Headline), "3 stories in this thread"],
            t => ["href=\"/story/" + t.Slug(3) + "\""]),
        new("the thread feed carries every story of the thread",
            t => "/thread/" + t.Slug(0) + "/rss.xml", HttpStatusCode.OK,
            t => ["/story/" + t.Slug(0) + "</link>", "/story/" + t.Slug(1) + "</link>", "/story/" + t.Slug(2) + "</link>"],
            t => ["/story/" + t.Slug(3) + "</link>"]),
        new("an unknown slug has no thread", t => "/thread/2026-01-01-no-such-story", HttpStatusCode.NotFound, t => [], t => []),
        new("a slug with markup has no thread", t => "/thread/%3Cscript%3E", HttpStatusCode.NotFound, t => [], t => []),
        new("an unknown slug has no thread feed", t => "/thread/2026-01-01-no-such-story/atom.xml", HttpStatusCode.NotFound, t => [], t => []),
    };

    public async Task InitializeAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var samples = SampleStories.Create(4, now);
        for (var i = 0; i < samples.Count; i++)
        {
            stories.Add(samples[i] with { Published = now.AddDays(-12 + (3 * i)), Updated = now.AddDays(-12 + (3 * i)) });
            catalog.Publish(stories[i]);
        }

        catalog.Thread([(stories[0].Id, stories[0].Id), (stories[1].Id, stories[0].Id)]);
        catalog.Thread(stories[2].Id, stories[0].Id);
        app = SampleSite.Build("http://127.0.0.1:0", catalog, TimeProvider.System);
        await app.StartAsync();
        client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.Urls.Single().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/") };
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task ThreadsAreShownListedAndFed(Row row)
    {
        var (status, body) = await SiteFixture.GetAsync(client!, row.Path(this));

        Assert.Equal(row.Status, status);
        foreach (var text in row.Contains(this))
        {
            Assert.Contains(text, body, StringComparison.Ordinal);
        }

        foreach (var text in row.Lacks(this))
        {
            Assert.DoesNotContain(text, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheThreadPageListsItsStoriesOldestFirst()
    {
        var (_, body) = await SiteFixture.GetAsync(client!, "/thread/" + Slug(1));
        var at = Enumerable.Range(0, 3).Select(i => body.IndexOf("href=\"/story/" + Slug(i) + "\"", StringComparison.Ordinal)).ToList();

        Assert.All(at, i => Assert.True(i > 0));
        Assert.True(at[0] < at[1] && at[1] < at[2], string.Join(", ", at));
    }

    [Fact]
    public async Task TheApiCarriesTheStorysThreadInTimeOrder()
    {
        var (status, body) = await SiteFixture.GetAsync(client!, "/api/stories/" + Slug(1));
        using var doc = JsonDocument.Parse(body);
        var thread = doc.RootElement.GetProperty("thread").EnumerateArray().Select(e => e.GetProperty("slug").GetString()).ToList();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([Slug(0), Slug(1), Slug(2)], thread);
        Assert.EndsWith("/thread/" + Slug(1), doc.RootElement.GetProperty("threadUrl").GetString(), StringComparison.Ordinal);

        var (_, alone) = await SiteFixture.GetAsync(client!, "/api/stories/" + Slug(3));
        using var aloneDoc = JsonDocument.Parse(alone);
        Assert.Single(aloneDoc.RootElement.GetProperty("thread").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, aloneDoc.RootElement.GetProperty("threadUrl").ValueKind);
    }

    private string Slug(int i) => stories[i].Slug;
}
