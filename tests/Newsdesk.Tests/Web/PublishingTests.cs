using System.Text;
using System.Xml.Linq;
using Newsdesk.Publishing;
using Newsdesk.Text;
using Newsdesk.Web;
using Newsdesk.Web.Html;

namespace Newsdesk.Tests.Web;

/// <summary>The pure pieces of publishing, one row per behaviour.</summary>
public sealed class PublishingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public sealed record RankCase(string Name, double SigA, bool BreakingA, double HoursA, double SigB, bool BreakingB, double HoursB, bool AFirst)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<RankCase> RankCases => new()
    {
        new("more significant, same age, ranks first", 8, false, 1, 4, false, 1, true),
        new("same significance, newer ranks first", 5, false, 1, 5, false, 6, true),
        new("a day-old story needs four times the significance", 4, false, 1, 15, false, 25, true),
        new("a day-old story with more than four times wins", 4, false, 1, 17, false, 25, false),
        new("breaking lifts a story over a slightly more significant one", 5, true, 2, 7, false, 2, true),
        new("breaking does not save a two-day-old story", 9, true, 48, 2, false, 1, false),
        new("zero significance still orders by recency", 0, false, 1, 0, false, 2, true),
        new("a future timestamp counts as fresh, not as a bonus", 5, false, -10, 5.1, false, 0, false),
    };

    [Theory]
    [MemberData(nameof(RankCases))]
    public void FrontPageRankingDecaysSignificanceWithAge(RankCase c)
    {
        var a = Summary("a", c.SigA, c.BreakingA, Now.AddHours(-c.HoursA));
        var b = Summary("b", c.SigB, c.BreakingB, Now.AddHours(-c.HoursB));

        var ranked = FrontPageRanking.Rank([b, a], Now);

        Assert.Equal(c.AFirst ? "a" : "b", ranked[0].Id);
    }

    [Theory]
    [InlineData("plain headline", "Fed raises rates", "2026-11-24-fed-raises-rates")]
    [InlineData("punctuation and case", "U.K. PM: 'We will act' — now!", "2026-11-24-u-k-pm-we-will-act-now")]
    [InlineData("accents folded", "Zürich café reopens", "2026-11-24-zurich-cafe-reopens")]
    [InlineData("only ten words kept", "one two three four five six seven eight nine ten eleven", "2026-11-24-one-two-three-four-five-six-seven-eight-nine-ten")]
    [InlineData("markup is just words", "<script>alert(1)</script>", "2026-11-24-script-alert-1-script")]
    public void StorySlugsAreDatedLowercaseWords(string name, string headline, string expected)
    {
        _ = name;
        var slug = Slug.ForStory(headline, Now);
        Assert.Equal(expected, slug);
        Assert.True(Slug.IsWellFormed(slug));
    }

    [Theory]
    [InlineData("2026-11-24-fed-raises-rates", true)]
    [InlineData("", false)]
    [InlineData("Upper-Case", false)]
    [InlineData("-leading", false)]
    [InlineData("trailing-", false)]
    [InlineData("double--hyphen", false)]
    [InlineData("dot.dot", false)]
    [InlineData("%3Cscript%3E", false)]
    public void RouteValuesAreCheckedBeforeAnyLookup(string value, bool wellFormed) =>
        Assert.Equal(wellFormed, Slug.IsWellFormed(value));

    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("1", 1)]
    [InlineData("1000", 1000)]
    [InlineData("1001", null)]
    [InlineData("0", null)]
    [InlineData("-1", null)]
    [InlineData("+5", null)]
    [InlineData(" 5", null)]
    [InlineData("5.0", null)]
    [InlineData("99999999999999999999", null)]
    public void PageNumbersAreBounded(string? value, int? expected) => Assert.Equal(expected, Paging.ParsePage(value));

    [Theory]
    [InlineData("Bank of England", new[] { "bank", "of", "england" })]
    [InlineData("!!! ??? ...", new string[0])]
    [InlineData("a b c", new string[0])]
    [InlineData("rates rates RATES", new[] { "rates" })]
    [InlineData("<script>alert(1)</script>", new[] { "script", "alert" })]
    public void SearchTermsAreWordsLowercasedAndDistinct(string query, string[] expected) =>
        Assert.Equal(expected, SearchTerms.Parse(query));

    [Fact]
    public void SearchTermsAreBoundedWhateverTheQuery()
    {
        var huge = string.Join(' ', Enumerable.Range(0, 10_000).Select(i => "w" + i));
        Assert.Equal(Paging.MaxQueryTerms, SearchTerms.Parse(huge).Count);
    }

    public static TheoryData<string, string, string> HtmlCases => new()
    {
        { "text is encoded", "<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>" },
        { "quotes and ampersands", "\"a\" & 'b'", "<p>&quot;a&quot; &amp; &#39;b&#39;</p>" },
        { "controls are dropped", "a\u0000b\u001Bc", "<p>abc</p>" },
        { "unicode stays readable", "Zürich — 東京 + 1", "<p>Zürich — 東京 + 1</p>" },
    };

    [Theory]
    [MemberData(nameof(HtmlCases))]
    public void TheHtmlBuilderEncodesEveryValue(string name, string text, string expected)
    {
        _ = name;
        Assert.Equal(expected, new HtmlBuilder().Element("p", text).ToString());
    }

    [Theory]
    [InlineData("https://example.org/a?b=1", "https://example.org/a?b=1")]
    [InlineData("http://example.org/", "http://example.org/")]
    [InlineData("/story/x", "/story/x")]
    [InlineData("#source-3", "#source-3")]
    [InlineData("javascript:alert(1)", "#")]
    [InlineData("JaVaScRiPt:alert(1)", "#")]
    [InlineData(" javascript:alert(1)", "#")]
    [InlineData("data:text/html,<script>alert(1)</script>", "#")]
    [InlineData("vbscript:x", "#")]
    [InlineData("//evil.example.org/", "#")]
    [InlineData("/\\evil.example.org/", "#")]
    [InlineData("", "#")]
    public void UrlsAreOnlyHttpSiteRelativeOrFragments(string url, string expected) =>
        Assert.Equal(expected, HtmlBuilder.SafeUrl(url));

    [Fact]
    public void AttributesCannotBeEventHandlersAndHrefsAreChecked()
    {
        Assert.Throws<ArgumentException>(() => new HtmlBuilder().Open("a", ("onclick", "x")));
        Assert.Throws<ArgumentException>(() => new HtmlBuilder().Open("a", ("x\" onclick=\"y", "x")));
        Assert.Equal("<a href=\"#\" title=\"&quot;&gt;&lt;x&gt;\">", new HtmlBuilder().Open("a", ("href", "javascript:x"), ("title", "\"><x>")).ToString());
    }

    [Fact]
    public void FeedsCarryTextThatXmlCannotHoldWithoutBreaking()
    {
        var feed = new FeedDocument("Desk & <Co>", "d", new Uri("https://n.example/"), new Uri("https://n.example/feeds/rss.xml"), Now,
            [new FeedEntry("1", new Uri("https://n.example/story/a"), "Bell \u0007 and <b>bold</b> & \"q\"", "Summary \uFFFE\u0000 end", Now, Now, ["World"])]);

        foreach (var kind in Enum.GetValues<FeedKind>().Where(k => k != FeedKind.Json))
        {
            var doc = XDocument.Parse(Encoding.UTF8.GetString(FeedKinds.Write(kind, feed)));
            Assert.Contains(doc.Descendants(), e => e.Name.LocalName == "title" && e.Value == "Bell  and <b>bold</b> & \"q\"");
        }

        var rss = XDocument.Parse(Encoding.UTF8.GetString(RssWriter.Write(feed)));
        Assert.Equal("Tue, 24 Nov 2026 12:00:00 GMT", rss.Descendants("pubDate").Single().Value);
        var atom = XDocument.Parse(Encoding.UTF8.GetString(AtomWriter.Write(feed)));
        Assert.Equal("2026-11-24T12:00:00Z", atom.Descendants().First(e => e.Name.LocalName == "published").Value);
        using var json = System.Text.Json.JsonDocument.Parse(JsonFeedWriter.Write(feed));
        Assert.Equal("Bell \u0007 and <b>bold</b> & \"q\"", json.RootElement.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void RelatedStoriesShareEntitiesFirstAndNeverIncludeTheStoryItself()
    {
        var stories = SampleStories.Create(16, Now);
        var related = RelatedStories.Pick(stories[0], stories, 5);

        Assert.DoesNotContain(related, s => s.Id == stories[0].Id);
        Assert.Equal(stories[8].Id, related[0].Id);   // the same event a round later: every entity shared
        Assert.All(related, s => Assert.True(RelatedStories.Score(stories[0], s) >= RelatedStories.MinScore));
    }

    [Fact]
    public async Task TheInMemoryCatalogPagesSearchesAndFollowsMerges()
    {
        var catalog = new InMemoryStoryCatalog(new FixedTime(Now));
        var stories = SampleStories.Create(30, Now);
        foreach (var story in stories)
        {
            catalog.Publish(story);
        }

        var stamp = await catalog.ChangeStampAsync(CancellationToken.None);
        var page1 = await catalog.FrontPageAsync(1, 20, CancellationToken.None);
        var page2 = await catalog.FrontPageAsync(2, 20, CancellationToken.None);
        Assert.Equal(20, page1.Count);
        Assert.Equal(10, page2.Count);
        Assert.Empty(page1.Select(s => s.Id).Intersect(page2.Select(s => s.Id)));

        Assert.All(await catalog.SearchAsync("tsunami warning", 1, 20, CancellationToken.None), s => Assert.Contains("earthquake", s.Headline, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await catalog.SearchAsync("!!!", 1, 20, CancellationToken.None));
        Assert.NotEmpty(await catalog.TopicAsync("science", 1, 20, CancellationToken.None));
        Assert.NotEmpty(await catalog.EntityAsync("bank-of-england", 1, 20, CancellationToken.None));

        Assert.True(catalog.Merge(stories[8].Id, stories[0].Id));
        Assert.Equal(stories[0].Id, (await catalog.GetBySlugAsync(stories[8].Slug, CancellationToken.None))?.Id);
        Assert.NotEqual(stamp, await catalog.ChangeStampAsync(CancellationToken.None));
        Assert.Throws<InvalidOperationException>(() => catalog.Publish(stories[1] with { Id = "other" }));
    }

    [Fact]
    public async Task BreakingEndsWithTimeAndMovesTheChangeStamp()
    {
        var clock = new MovableTime(Now);
        var catalog = new InMemoryStoryCatalog(clock);
        var story = SampleStories.Create(1, Now)[0] with { Breaking = true, BreakingUntil = Now.AddHours(1) };
        catalog.Publish(story);
        var before = await catalog.ChangeStampAsync(CancellationToken.None);

        Assert.True((await catalog.FrontPageAsync(1, 20, CancellationToken.None))[0].Breaking);
        Assert.True((await catalog.GetBySlugAsync(story.Slug, CancellationToken.None))!.Breaking);
        Assert.Equal(before, await catalog.ChangeStampAsync(CancellationToken.None));

        clock.Now = Now.AddHours(2);
        Assert.False((await catalog.FrontPageAsync(1, 20, CancellationToken.None))[0].Breaking);
        Assert.False((await catalog.GetBySlugAsync(story.Slug, CancellationToken.None))!.Breaking);
        Assert.False((await catalog.TopicAsync(Slug.ForTerm(story.Topics[0]), 1, 20, CancellationToken.None))[0].Breaking);
        Assert.NotEqual(before, await catalog.ChangeStampAsync(CancellationToken.None));
    }

    private static PublishedStorySummary Summary(string id, double significance, bool breaking, DateTimeOffset updated) =>
        new(id, id, id, "", "", updated, updated, significance, breaking, [], 1, 1, 1);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class MovableTime(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
