using System.Net;
using System.Text.RegularExpressions;

namespace Newsdesk.Tests.Web;

/// <summary>The site's contracts (design.md §3) and its answers to bad input, over HTTP on loopback.</summary>
public sealed partial class SiteHttpTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    public sealed record BadInput(string Name, string Path, HttpStatusCode Expected)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<BadInput> BadInputs => new()
    {
        new("unknown slug", "/story/2026-01-01-no-such-story", HttpStatusCode.NotFound),
        new("slug with upper case", "/story/Some-Story", HttpStatusCode.NotFound),
        new("slug with dots", "/story/..%2F..%2Fetc%2Fpasswd", HttpStatusCode.NotFound),
        new("slug far too long", "/story/" + new string('a', 5000), HttpStatusCode.NotFound),
        new("unknown page", "/no/such/page", HttpStatusCode.NotFound),
        new("huge page number", "/?page=99999999999999999999", HttpStatusCode.BadRequest),
        new("page past the limit", "/?page=1001", HttpStatusCode.BadRequest),
        new("page zero", "/?page=0", HttpStatusCode.BadRequest),
        new("negative page", "/?page=-1", HttpStatusCode.BadRequest),
        new("page not a number", "/?page=abc", HttpStatusCode.BadRequest),
        new("page repeated", "/?page=1&page=2", HttpStatusCode.BadRequest),
        new("page past the stories", "/?page=900", HttpStatusCode.NotFound),
        new("malformed query string", "/?page=%zz&&==&%", HttpStatusCode.BadRequest),
        new("malformed search encoding", "/search?q=%E0%A4%A", HttpStatusCode.OK),
        new("search of 10,000 punctuation characters", "/search?q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("!?.,;:'\"()[]{}<>/\\|@#$%^&*-_=+~`", 313))[..10_000]), HttpStatusCode.BadRequest),
        new("search of only punctuation", "/search?q=" + Uri.EscapeDataString("!!! ??? ..."), HttpStatusCode.OK),
        new("search repeated", "/search?q=a&q=b", HttpStatusCode.BadRequest),
        new("search page too deep", "/search?q=bank&page=5000", HttpStatusCode.BadRequest),
        new("search page past results", "/search?q=bank&page=50", HttpStatusCode.NotFound),
        new("unknown topic", "/topic/no-such-topic", HttpStatusCode.NotFound),
        new("topic with markup", "/topic/%3Cscript%3E", HttpStatusCode.NotFound),
        new("unknown entity", "/entity/nobody-at-all", HttpStatusCode.NotFound),
        new("unknown topic feed", "/topic/no-such-topic/rss.xml", HttpStatusCode.NotFound),
        new("api unknown story", "/api/stories/no-such-story", HttpStatusCode.NotFound),
        new("api huge page", "/api/stories?page=1000000", HttpStatusCode.BadRequest),
        new("api page past stories", "/api/stories?page=999", HttpStatusCode.NotFound),
        new("api bad page", "/api/stories?page=1e3", HttpStatusCode.BadRequest),
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task BadInputGetsAProperAnswerNeverA500(BadInput input)
    {
        using var client = site.Client();
        var (status, body) = await SiteFixture.GetAsync(client, input.Path);

        Assert.Equal(input.Expected, status);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        if (!input.Path.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Contains("<h1", body, StringComparison.Ordinal);   // a real page, not an empty body
        }
    }

    [Fact]
    public async Task FrontPageLinksEveryStoryAsStorySlugAndMarksBreaking()
    {
        using var client = site.Client();
        var (status, body) = await SiteFixture.GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"href=\"/story/{site.Stories[0].Slug}\"", body, StringComparison.Ordinal);
        Assert.True(StoryLink().Matches(body).Count >= 20);
        Assert.Contains("<span class=\"breaking\">Breaking</span>", body, StringComparison.Ordinal);
        // The lead is the story the ranking function puts first.
        var expected = Newsdesk.Publishing.FrontPageRanking.Rank(site.Stories.Select(s => s.ToSummary()), DateTimeOffset.UtcNow)[0];
        var lead = Regex.Match(body, "class=\"teaser lead-story\">\\s*<h2[^>]*>.*?href=\"/story/([^\"]+)\"", RegexOptions.Singleline);
        Assert.Equal(expected.Slug, lead.Groups[1].Value);
    }

    [Fact]
    public async Task TheNavigationLinksTheTopicsStoriesAreFiledUnder()
    {
        // It listed "World" and "Climate", which no story is filed under: on the real May 2020 feeds both led to empty pages.
        using var client = site.Client();
        var body = await client.GetStringAsync("/");
        var nav = Regex.Match(body, "<nav[^>]*>.*?</nav>", RegexOptions.Singleline).Value;

        var linked = Regex.Matches(nav, "href=\"/topic/([^\"]+)\"").Select(m => m.Groups[1].Value);
        Assert.Equal(Newsdesk.Stories.StoryTags.TopicOrder.Select(Newsdesk.Text.Slug.ForTerm), linked);
        Assert.Contains("href=\"/topic/climate-environment\"", nav, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=bank")]
    [InlineData("/topic/business")]
    [InlineData("/entity/bank-of-england")]
    [InlineData("/story/nope")]
    public async Task EveryPageAdvertisesItsFeedsAndCarriesSecurityHeaders(string path)
    {
        using var client = site.Client();
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("<link rel=\"alternate\" type=\"application/rss+xml\"", body, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\"", body, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/feed+json\"", body, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", body, StringComparison.Ordinal);
        Assert.Contains("href=\"#main\"", body, StringComparison.Ordinal);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task StoryPageCitesWithSuperscriptLinksToItsOwnSourcesList()
    {
        var story = site.Stories[0];
        using var client = site.Client();
        var (status, body) = await SiteFixture.GetAsync(client, "/story/" + story.Slug);

        Assert.Equal(HttpStatusCode.OK, status);
        var cites = Citation().Matches(body).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.Equal(Enumerable.Range(1, story.Content.Sources.Count).ToHashSet(), cites);
        for (var i = 0; i < story.Content.Sources.Count; i++)
        {
            var source = story.Content.Sources[i];
            Assert.Matches($"<li id=\"source-{i + 1}\">.*?<a href=\"{Regex.Escape(source.Url)}\" rel=\"noopener nofollow\"", body);
        }

        Assert.Contains("written by software from the 4 sources", body, StringComparison.Ordinal);
        Assert.Contains("How this story was checked", body, StringComparison.Ordinal);
        Assert.Contains("all supported", body, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"revisions-heading\">Revisions</h2>", body, StringComparison.Ordinal);
        Assert.Contains("Related stories", body, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:type\" content=\"article\">", body, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:url\" content=\"{site.BaseUrl}story/{story.Slug}\">", body, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(body, "<h1[ >]"));
    }

    [Fact]
    public async Task AMergedSlugRedirectsToTheStoryItNowBelongsTo()
    {
        using var client = site.Client();
        using var response = await client.GetAsync("/story/" + SiteFixture.MergedSlug);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/story/" + site.Stories[0].Slug, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ARepeatedRequestWithTheETagGets304()
    {
        using var client = site.Client();
        using var first = await client.GetAsync("/story/" + site.Stories[2].Slug);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/story/" + site.Stories[2].Slug);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task SearchFindsStoriesByTheirWordsAndEncodesTheQuery()
    {
        using var client = site.Client();
        var (status, body) = await SiteFixture.GetAsync(client, "/search?q=" + Uri.EscapeDataString("earthquake <b>tsunami</b>"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("href=\"/story/" + site.Stories[1].Slug + "\"", body, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;tsunami&lt;/b&gt;", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>tsunami</b>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthAndSitemapAnswer()
    {
        using var client = site.Client();
        var (health, healthBody) = await SiteFixture.GetAsync(client, "/healthz");
        var (sitemap, sitemapBody) = await SiteFixture.GetAsync(client, "/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, health);
        Assert.Contains("\"ok\"", healthBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, sitemap);
        var doc = System.Xml.Linq.XDocument.Parse(sitemapBody);
        Assert.Contains(doc.Descendants(), e => e.Name.LocalName == "loc" && e.Value == site.BaseUrl + "story/" + site.Stories[0].Slug);
    }

    [Fact]
    public async Task ThePublicSiteIsReadOnly()
    {
        using var client = site.Client();
        using var post = await client.PostAsync("/", new StringContent("x"));
        using var delete = await client.DeleteAsync("/story/" + site.Stories[0].Slug);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
    }

    [GeneratedRegex("href=\"/story/[a-z0-9-]+\"")]
    private static partial Regex StoryLink();

    [GeneratedRegex("<sup><a href=\"#source-(\\d+)\">\\1</a></sup>")]
    private static partial Regex Citation();
}
