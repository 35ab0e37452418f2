using System.Net;
using Microsoft.AspNetCore.Builder;
using Newsdesk.Publishing;
using Newsdesk.Web;

namespace Newsdesk.Tests.Web;

/// <summary>
/// Stories in the sources' languages on the site (issue #18): a story's language is marked with
/// <c>lang</c> on its page and on the front page's teasers, in the three feed formats and in the
/// JSON API; <c>/?lang=de</c> is the front page of one language, with a feed of its own at
/// <c>/language/de/</c>. Three sample stories: one left in English, one German, one French.
/// </summary>
public sealed class LanguageSiteTests : IAsyncLifetime
{
    private readonly InMemoryStoryCatalog catalog = new(TimeProvider.System);
    private readonly List<PublishedStory> stories = [];
    private WebApplication? app;
    private HttpClient? client;

    public sealed record Row(string Name, Func<LanguageSiteTests, string> Path, HttpStatusCode Status, Func<LanguageSiteTests, string[]> Contains, Func<LanguageSiteTests, string[]> Lacks)
    {
        public override string ToString() => Name;
    }

    /// <summary>Stories: 0 English, 1 German, 2 French.</summary>
    public static TheoryData<Row> Rows => new()
    {
        new("the front page marks each teaser's headline and lede with its story's language",
            t => "/", HttpStatusCode.OK,
            t => ["<h2 class=\"teaser-headline\" lang=\"", "lang=\"de\"", "lang=\"fr\"", "lang=\"en\"", "<html lang=\"en\">"],
            t => []),
        new("a German story's page marks its headline, lede and sections as German",
            t => "/story/" + t.Slug(1), HttpStatusCode.OK,
            t => ["<h1 class=\"headline\" lang=\"de\">", "<p class=\"lede\" lang=\"de\">", "<section class=\"story-section\" lang=\"de\">"],
            t => ["lang=\"fr\""]),
        new("a German story's software note and sources heading are German; the site's own words stay English",
            t => "/story/" + t.Slug(1), HttpStatusCode.OK,
            t => ["class=\"ai-note\" role=\"note\" lang=\"de\">Dieser Text wurde von einer Software", "<h2 id=\"sources-heading\" lang=\"de\">Quellen</h2>", "How this story was checked"],
            t => ["This story was written by software", ">Sources</h2>"]),
        new("a French story's software note is French",
            t => "/story/" + t.Slug(2), HttpStatusCode.OK,
            t => ["lang=\"fr\">Cet article a été rédigé par un logiciel"],
            t => ["This story was written by software"]),
        new("an English story's page marks it as English",
            t => "/story/" + t.Slug(0), HttpStatusCode.OK,
            t => ["<h1 class=\"headline\" lang=\"en\">"],
            t => ["lang=\"de\""]),
        new("/?lang=de lists the German story only and advertises the German feeds",
            t => "/?lang=de", HttpStatusCode.OK,
            t => ["Top stories in German", "href=\"/story/" + t.Slug(1) + "\"", "href=\"/language/de/rss.xml\"", "href=\"/language/de/feed.json\""],
            t => ["href=\"/story/" + t.Slug(0) + "\"", "href=\"/story/" + t.Slug(2) + "\""]),
        new("/?lang=fr lists the French story only",
            t => "/?lang=fr", HttpStatusCode.OK,
            t => ["href=\"/story/" + t.Slug(2) + "\""],
            t => ["href=\"/story/" + t.Slug(0) + "\"", "href=\"/story/" + t.Slug(1) + "\""]),
        new("a known language without stories says so", t => "/?lang=sv", HttpStatusCode.OK, t => ["No story in Swedish"], t => ["/story/"]),
        new("an unknown language is refused", t => "/?lang=xx", HttpStatusCode.BadRequest, t => ["two-letter codes"], t => []),
        new("markup as a language is refused", t => "/?lang=%3Cb%3E", HttpStatusCode.BadRequest, t => [], t => ["<b>"]),
        new("two languages at once are refused", t => "/?lang=de&lang=fr", HttpStatusCode.BadRequest, t => [], t => []),
        new("the German RSS feed holds the German story, in German, item by item",
            t => "/language/de/rss.xml", HttpStatusCode.OK,
            t => ["<language>de</language>", "<dc:language>de</dc:language>", "/story/" + t.Slug(1) + "</link>"],
            t => ["/story/" + t.Slug(0) + "</link>", "/story/" + t.Slug(2) + "</link>", "<dc:language>en</dc:language>"]),
        new("the German Atom feed says xml:lang de on the feed and the entry",
            t => "/language/de/atom.xml", HttpStatusCode.OK,
            t => ["<feed xml:lang=\"de\"", "<entry xml:lang=\"de\">"],
            t => ["/story/" + t.Slug(0)]),
        new("the French JSON feed says its language and each item's",
            t => "/language/fr/feed.json", HttpStatusCode.OK,
            t => ["\"language\": \"fr\"", "/story/" + t.Slug(2)],
            t => ["\"language\": \"en\"", "/story/" + t.Slug(1)]),
        new("the front page's RSS feed is English and marks each item's own language",
            t => "/feeds/rss.xml", HttpStatusCode.OK,
            t => ["<language>en</language>", "<dc:language>de</dc:language>", "<dc:language>fr</dc:language>", "<dc:language>en</dc:language>"],
            t => []),
        new("the front page's Atom feed marks each entry's language",
            t => "/feeds/atom.xml", HttpStatusCode.OK,
            t => ["<entry xml:lang=\"de\">", "<entry xml:lang=\"fr\">", "<entry xml:lang=\"en\">"],
            t => []),
        new("an unknown language has no feed", t => "/language/xx/rss.xml", HttpStatusCode.NotFound, t => [], t => []),
        new("the API's story list carries each story's language",
            t => "/api/stories", HttpStatusCode.OK,
            t => ["\"language\":\"de\"", "\"language\":\"fr\"", "\"language\":\"en\""],
            t => []),
        new("the API filters by language",
            t => "/api/stories?lang=de", HttpStatusCode.OK,
            t => ["\"language\":\"de\"", "\"slug\":\"" + t.Slug(1) + "\""],
            t => ["\"language\":\"en\"", "\"language\":\"fr\""]),
        new("the API refuses an unknown language", t => "/api/stories?lang=klingon", HttpStatusCode.BadRequest, t => [], t => []),
        new("the API's whole story carries its language",
            t => "/api/stories/" + t.Slug(2), HttpStatusCode.OK,
            t => ["\"language\":\"fr\""],
            t => []),
    };

    public async Task InitializeAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var samples = SampleStories.Create(3, now);
        string[] languages = ["en", "de", "fr"];
        for (var i = 0; i < samples.Count; i++)
        {
            stories.Add(samples[i] with { Language = languages[i] });
            catalog.Publish(stories[i]);
        }

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
    public async Task StoriesCarryTheirLanguage(Row row)
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
    public void ARevisionStoredBeforeLanguagesReadsAsEnglish()
    {
        var options = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web);
        var json = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(stories[1], options))!.AsObject();
        Assert.Equal("de", json["language"]!.GetValue<string>());

        json.Remove("language");
        var old = System.Text.Json.JsonSerializer.Deserialize<PublishedStory>(json.ToJsonString(), options)!;

        Assert.Equal("en", old.Language);
        Assert.Equal("de", System.Text.Json.JsonSerializer.Deserialize<PublishedStory>(System.Text.Json.JsonSerializer.Serialize(stories[1], options), options)!.Language);
    }

    private string Slug(int i) => stories[i].Slug;
}
