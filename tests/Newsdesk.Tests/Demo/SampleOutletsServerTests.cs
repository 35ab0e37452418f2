using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Newsdesk.Demo;
using Newsdesk.Testing;

namespace Newsdesk.Tests.Demo;

/// <summary>The replay server on 127.0.0.1, port 0, driven by a hand-moved clock.</summary>
public sealed class SampleOutletsServerTests : IAsyncLifetime
{
    // 72 story hours in 72 real seconds: advancing the clock one second moves the story one hour.
    private static readonly TimeSpan StoryHour = TimeSpan.FromSeconds(1);
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";

    private readonly SampleOutletsClock _clock = new(new DateTimeOffset(2030, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private SampleOutletServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var options = new SampleOutletOptions
        {
            Port = 0,
            ReplayLength = TimeSpan.FromSeconds(72),
            SamplesPath = Path.Combine(TestEnvironment.RepoRoot, "samples"),
        };
        _server = await SampleOutletServer.StartAsync(options, _clock, CancellationToken.None);
        _http = new HttpClient { BaseAddress = _server.BaseUri, Timeout = Patience.Hang };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private void AdvanceStoryTo(TimeSpan offset) => _clock.Advance((offset - _server.Timeline.StoryElapsed) / _server.Timeline.Speed);

    private Uri FeedOf(string slug) => _server.Outlets.Single(o => o.Slug == slug).FeedUrl;

    private async Task<List<string>> RssTitlesAsync(string slug)
    {
        var xml = XDocument.Parse(await _http.GetStringAsync(FeedOf(slug)));
        return xml.Descendants("item").Select(i => (string)i.Element("title")!).ToList();
    }

    [Fact]
    public void Binds_to_loopback_and_lists_every_outlet()
    {
        Assert.Equal("127.0.0.1", _server.BaseUri.Host);
        Assert.NotEqual(0, _server.BaseUri.Port);
        Assert.Equal(_server.Samples.Outlets.Count, _server.Outlets.Count);
        var opml = XDocument.Parse(_server.ToOpml());
        Assert.Equal(
            _server.Outlets.SelectMany(o => o.SectionFeedList.Select(f => f.FeedUrl).Prepend(o.FeedUrl)).Select(u => u.AbsoluteUri),
            opml.Descendants("outline").Select(o => (string)o.Attribute("xmlUrl")!));
    }

    [Fact]
    public async Task A_feed_lists_only_what_is_published_and_grows_as_the_clock_advances()
    {
        Assert.Empty(await RssTitlesAsync("meridian-wire"));

        AdvanceStoryTo(TimeSpan.FromHours(2));
        var first = await RssTitlesAsync("meridian-wire");
        Assert.Equal(["Commuter train derails on river bridge near Port Calder"], first);

        AdvanceStoryTo(TimeSpan.FromHours(6));
        var later = await RssTitlesAsync("meridian-wire");
        Assert.Equal(3, later.Count);
        Assert.Equal("Commuter train derails on river bridge near Port Calder", later[^1]);

        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(_server.Samples.ArticlesOf("meridian-wire").Count(), (await RssTitlesAsync("meridian-wire")).Count);
    }

    [Fact]
    public async Task Feed_times_are_story_times_not_today()
    {
        AdvanceStoryTo(TimeSpan.FromHours(3));
        var xml = XDocument.Parse(await _http.GetStringAsync(FeedOf("meridian-wire")));
        var pubDate = DateTimeOffset.Parse((string)xml.Descendants("pubDate").First(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 7, 58, 0, TimeSpan.Zero), pubDate);
    }

    [Fact]
    public async Task Answers_304_to_a_conditional_get_until_the_feed_changes()
    {
        AdvanceStoryTo(TimeSpan.FromHours(3));
        using var first = await _http.GetAsync(FeedOf("meridian-wire"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 7, 58, 0, TimeSpan.Zero), lastModified);

        _clock.Advance(StoryHour * 0.25);
        using (var byTag = new HttpRequestMessage(HttpMethod.Get, FeedOf("meridian-wire")))
        {
            byTag.Headers.IfNoneMatch.Add(etag);
            using var response = await _http.SendAsync(byTag);
            Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        }

        using (var byDate = new HttpRequestMessage(HttpMethod.Get, FeedOf("meridian-wire")))
        {
            byDate.Headers.IfModifiedSince = lastModified;
            using var response = await _http.SendAsync(byDate);
            Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        }

        AdvanceStoryTo(TimeSpan.FromHours(4));
        using var changed = new HttpRequestMessage(HttpMethod.Get, FeedOf("meridian-wire"));
        changed.Headers.IfNoneMatch.Add(etag);
        using var after = await _http.SendAsync(changed);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag);
    }

    public sealed record FormatCase(string Outlet, string ContentType, string Format)
    {
        public override string ToString() => Outlet;
    }

    public static TheoryData<FormatCase> Formats => new()
    {
        new("meridian-wire", "application/rss+xml", "rss"),
        new("national-courier", "application/atom+xml", "atom"),
        new("northmark-broadcasting", "application/atom+xml", "atom"),
        new("harbour-gazette", "application/rdf+xml", "rdf"),
        new("exchange-ledger", "application/feed+json", "json"),
        new("buzzline", "application/rss+xml", "broken rss"),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Serves_each_feed_in_its_format_with_its_content_type(FormatCase c)
    {
        AdvanceStoryTo(TimeSpan.FromHours(72));
        using var response = await _http.GetAsync(FeedOf(c.Outlet));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(c.ContentType, response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var expected = _server.Samples.ArticlesOf(c.Outlet).Count();
        var count = c.Format switch
        {
            "rss" => XDocument.Parse(body).Descendants("item").Count(),
            "atom" => XDocument.Parse(body).Descendants(Atom + "entry").Count(),
            "rdf" => XDocument.Parse(body).Descendants(Rss1 + "item").Count(),
            "json" => JsonDocument.Parse(body).RootElement.GetProperty("items").GetArrayLength(),
            _ => body.Split("<item>").Length - 1,
        };
        Assert.Equal(expected, count);
        if (c.Format == "broken rss")
        {
            Assert.ThrowsAny<XmlException>(() => XDocument.Parse(body));
        }
    }

    [Fact]
    public async Task The_broken_feed_answers_500_inside_its_error_window_only()
    {
        AdvanceStoryTo(TimeSpan.FromHours(21));
        using (var during = await _http.GetAsync(FeedOf("buzzline")))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, during.StatusCode);
        }

        AdvanceStoryTo(TimeSpan.FromHours(24));
        using var after = await _http.GetAsync(FeedOf("buzzline"));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Serves_a_published_page_and_404s_one_not_yet_published()
    {
        var early = _server.Samples.Articles.Single(a => a.Id == "gazette-derail-1");
        var late = _server.Samples.Articles.Single(a => a.Id == "mpa-derail-4");
        AdvanceStoryTo(TimeSpan.FromHours(3));

        using var page = await _http.GetAsync(PageUrl(early));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains(early.Headline, html);
        Assert.All(early.Paragraphs, p => Assert.Contains(p, html));

        using var missing = await _http.GetAsync(PageUrl(late));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        AdvanceStoryTo(TimeSpan.FromHours(51));
        using var published = await _http.GetAsync(PageUrl(late));
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }

    [Fact]
    public async Task Feed_links_with_tracking_parameters_reach_the_page()
    {
        AdvanceStoryTo(TimeSpan.FromHours(5));
        var xml = XDocument.Parse(await _http.GetStringAsync(FeedOf("national-courier")));
        var link = (string)xml.Descendants(Atom + "entry").First().Element(Atom + "link")!.Attribute("href")!;
        Assert.Contains("utm_source=feed", link);
        using var page = await _http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("rel=\"canonical\"", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_paywalled_page_shows_a_teaser_and_the_feed_a_fuller_summary()
    {
        var article = _server.Samples.Articles.Single(a => a.Paywalled);
        AdvanceStoryTo(article.PublishedOffset);

        var html = WebUtility.HtmlDecode(await _http.GetStringAsync(PageUrl(article)));
        Assert.Contains(article.Paragraphs[0], html);
        Assert.DoesNotContain(article.Paragraphs[^1], html);
        Assert.Contains("class=\"paywall\"", html);

        var entry = XDocument.Parse(await _http.GetStringAsync(FeedOf(article.Outlet))).Descendants(Atom + "entry")
            .Single(e => (string)e.Element(Atom + "title")! == article.Headline);
        Assert.Equal(article.Summary, (string)entry.Element(Atom + "summary")!);
        Assert.Null(entry.Element(Atom + "content"));
    }

    [Fact]
    public async Task A_section_feed_repeats_some_main_feed_items_with_the_same_links()
    {
        AdvanceStoryTo(TimeSpan.FromHours(72));
        var nbs = _server.Outlets.Single(o => o.Slug == "northmark-broadcasting");
        var section = Assert.Single(nbs.SectionFeedList);
        var main = XDocument.Parse(await _http.GetStringAsync(nbs.FeedUrl)).Descendants(Atom + "entry").ToList();
        var part = XDocument.Parse(await _http.GetStringAsync(section.FeedUrl)).Descendants(Atom + "entry").ToList();

        Assert.InRange(part.Count, 1, main.Count - 1);
        var mainIds = main.Select(e => (string)e.Element(Atom + "id")!).ToHashSet();
        Assert.All(part, e => Assert.Contains((string)e.Element(Atom + "id")!, mainIds));
        Assert.Contains(section.FeedUrl.AbsoluteUri, _server.ToOpml());
    }

    [Fact]
    public async Task Click_through_feed_links_redirect_to_the_page()
    {
        AdvanceStoryTo(TimeSpan.FromHours(9));
        var json = JsonDocument.Parse(await _http.GetStringAsync(FeedOf("exchange-ledger")));
        var link = json.RootElement.GetProperty("items")[0].GetProperty("url").GetString()!;
        Assert.Contains("/r/", link);

        using var noFollow = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var redirect = await noFollow.GetAsync(link);
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        var target = redirect.Headers.Location!;
        Assert.Equal(_server.BaseUri.Authority, target.Authority);
        using var page = await noFollow.GetAsync(target);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Compresses_feeds_when_asked()
    {
        AdvanceStoryTo(TimeSpan.FromHours(72));
        using var request = new HttpRequestMessage(HttpMethod.Get, FeedOf("meridian-wire"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await _http.SendAsync(request);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var gzip = new System.IO.Compression.GZipStream(await response.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        Assert.NotEmpty(XDocument.Load(gzip).Descendants("item"));
    }

    [Fact]
    public async Task The_regional_paper_serves_iso_8859_1_and_says_so()
    {
        var article = _server.Samples.Articles.Single(a => a.Id == "gazette-hospital-1");
        AdvanceStoryTo(article.PublishedOffset);

        using var page = await _http.GetAsync(PageUrl(article));
        Assert.Equal("iso-8859-1", page.Content.Headers.ContentType!.CharSet);
        var bytes = await page.Content.ReadAsByteArrayAsync();
        Assert.Contains((byte)0xE9, bytes);
        Assert.Contains("Renée Boyce", System.Text.Encoding.Latin1.GetString(bytes));
        Assert.Contains("charset=iso-8859-1", System.Text.Encoding.Latin1.GetString(bytes));

        using var feed = await _http.GetAsync(FeedOf("harbour-gazette"));
        Assert.Equal("iso-8859-1", feed.Content.Headers.ContentType!.CharSet);
        var xml = XDocument.Load(await feed.Content.ReadAsStreamAsync());
        Assert.Contains(xml.Descendants(Rss1 + "description"), d => d.Value.Contains("Renée Boyce", StringComparison.Ordinal));
    }

    private string PageUrl(SampleArticle article) =>
        new Uri(_server.Outlets.Single(o => o.Slug == article.Outlet).HomeUrl, article.Path).AbsoluteUri;
}
