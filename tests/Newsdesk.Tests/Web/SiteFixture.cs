using System.Net;
using Microsoft.AspNetCore.Builder;
using Newsdesk.Publishing;
using Newsdesk.Web;
using Newsdesk.Writing;

namespace Newsdesk.Tests.Web;

/// <summary>
/// The site on 127.0.0.1 (a free port), over the sample stories, a story whose sources carry HTML
/// and script payloads, and a merged story. One per test class; tests only read from it, except
/// admin tests, which add sources (never stories).
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string AdminKey = "test-admin-key-0123456789";
    public const string XssSlug = "2026-11-20-xss-payload-story";
    public const string MergedSlug = "2026-11-20-merged-away-story";

    private WebApplication? app;

    public SiteFixture()
    {
        var now = DateTimeOffset.UtcNow;
        Stories = SampleStories.Create(24, now);
        foreach (var story in Stories)
        {
            Catalog.Publish(story);
        }

        Catalog.SetSources(SampleStories.Sources(now));
    }

    public InMemoryStoryCatalog Catalog { get; } = new(TimeProvider.System);

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The sample stories as published (story-0001 leads the front page).</summary>
    public IReadOnlyList<PublishedStory> Stories { get; }

    public async Task InitializeAsync()
    {
        Catalog.Publish(XssStory.Create(DateTimeOffset.UtcNow.AddHours(-3)));
        var merged = Stories[0] with { Id = "merged-away", Slug = MergedSlug };
        Catalog.Publish(merged);
        Catalog.Merge("merged-away", "story-0001");
        app = SampleSite.Build("http://127.0.0.1:0", Catalog, TimeProvider.System, o => o.AdminKey = AdminKey);
        await app.StartAsync();
        BaseUrl = new Uri(app.Urls.Single().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>A client that does not follow redirects or keep cookies, so each test sees raw answers.</summary>
    public HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseUrl };

    public static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}

/// <summary>A story whose every field from sources carries markup: titles, text, outlet names, URLs, topics.</summary>
public static class XssStory
{
    public static readonly string[] Payloads =
    [
        "<script>window.__pwned = 1; alert('script')</script>",
        "<img src=x onerror=\"window.__pwned = 2; alert('img')\">",
        "\"><svg onload=alert('svg')>",
        "<a href=\"javascript:window.__pwned=3\">click</a>",
        "<b <i onmouseover=alert('broken')>broken tags",
        "</title><script>alert('title')</script>",
        "'';!--\"<XSS>=&{()}",
        "<iframe srcdoc=\"<script>parent.__pwned=4</script>\"></iframe>",
    ];

    public const string Headline = "Payloads <script>window.__pwned = 1</script> & \"quotes\" in a headline";

    public static PublishedStory Create(DateTimeOffset published)
    {
        var sources = new List<StorySource>
        {
            new("x1", Payloads[2], Payloads[0], "javascript:window.__pwned=5", published),
            new("x2", "Example <b>Wire</b>", Payloads[1], "https://example.org/a?x=<script>&y=\"1\"", published),
            new("x3", Payloads[6], Payloads[5], "data:text/html,<script>alert(1)</script>", published),
            new("x4", "Broken Outlet", Payloads[4], "//evil.example.org/protocol-relative", published),
        };
        var sentences = Payloads.Select((p, i) => new CitedSentence("Sentence " + i + ": " + p, [sources[i % sources.Count].Id])).ToList();
        var content = new Story(
            Headline,
            "NOWHERE " + Payloads[1],
            "The lede " + Payloads[0],
            ["x1", "x2"],
            [new StorySection("Heading " + Payloads[7], [sentences], [new CitedSentence(Payloads[3], ["x3"])])],
            [new StoryFact(Payloads[2], Payloads[1], ["x4"])],
            sources);
        return new PublishedStory(
            "xss", SiteFixture.XssSlug, content, published, published.AddMinutes(5), 2.0, true,
            ["Technology", "<script>alert('topic')</script>"], ["<img src=x onerror=alert('entity')>", "Example Org"], 4,
            new VerificationSummary(10, 9, 1), [new StoryRevision(1, published, Payloads[0])]);
    }
}
