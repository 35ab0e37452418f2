using System.Text.Json;
using Newsdesk.Demo;
using Newsdesk.Testing;

namespace Newsdesk.Tests.Demo;

/// <summary>The bundled sample set is complete and its answer key (samples/expected.json) agrees with the articles.</summary>
public sealed class SampleOutletsSetTests
{
    /// <summary>The floors issue 7 sets for the demo's sample set.</summary>
    private const int MinOutlets = 6;
    private const int MinEvents = 10;
    private const int MinArticles = 60;
    private const int MinBigEventOutlets = 5;

    private static readonly string SamplesRoot = Path.Combine(TestEnvironment.RepoRoot, "samples");
    private static readonly Lazy<SampleSet> Samples = new(() => SampleSetLoader.Load(SamplesRoot));
    private static readonly Lazy<JsonElement> Expected = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(SamplesRoot, "expected.json"))).RootElement.Clone());

    private static SampleSet Set => Samples.Value;

    private static SampleArticle Article(string id) =>
        Set.Articles.SingleOrDefault(a => a.Id == id) ?? throw new Xunit.Sdk.XunitException($"no article {id}");

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);

    [Fact]
    public void Has_enough_outlets_events_and_articles()
    {
        Assert.True(Set.Outlets.Count >= MinOutlets, $"{Set.Outlets.Count} outlets");
        Assert.True(Set.Articles.Select(a => a.Event).Distinct().Count() >= MinEvents, "events");
        Assert.True(Set.Articles.Count >= MinArticles, $"{Set.Articles.Count} articles");
        Assert.Equal(Set.Outlets.Count, Set.Outlets.Select(o => o.Name).Distinct().Count());
    }

    [Theory]
    [InlineData(SampleFeedFormat.Rss)]
    [InlineData(SampleFeedFormat.Atom)]
    [InlineData(SampleFeedFormat.Json)]
    [InlineData(SampleFeedFormat.Rdf)]
    public void Publishes_each_feed_format(SampleFeedFormat format) =>
        Assert.Contains(Set.Outlets, o => o.FeedFormat == format);

    [Fact]
    public void Every_outlet_has_its_own_page_template_and_articles()
    {
        Assert.Equal(Set.Outlets.Count, Set.Outlets.Select(o => o.Template).Distinct().Count());
        foreach (var outlet in Set.Outlets)
        {
            Assert.True(File.Exists(Path.Combine(SamplesRoot, "templates", outlet.Template + ".html")), outlet.Template);
            Assert.NotEmpty(Set.ArticlesOf(outlet.Slug));
        }
    }

    [Fact]
    public void Articles_are_spread_over_the_story_days_with_bodies_and_bylines()
    {
        Assert.All(Set.Articles, a =>
        {
            Assert.InRange(a.PublishedOffset, TimeSpan.Zero, Set.StoryLength);
            Assert.True(a.Paragraphs.Count >= 3, $"{a.Id} has {a.Paragraphs.Count} paragraphs");
            Assert.False(string.IsNullOrWhiteSpace(a.Author), a.Id);
        });
        var days = Set.Articles.Select(a => (Set.StoryStart + a.PublishedOffset).Date).Distinct().Count();
        Assert.True(days >= 3, $"articles on {days} days");
    }

    [Fact]
    public void The_answer_key_lists_every_article_once_under_its_event()
    {
        var listed = new List<string>();
        foreach (var e in Expected.Value.GetProperty("events").EnumerateArray())
        {
            var id = e.GetProperty("id").GetString();
            var articles = Strings(e.GetProperty("articles")).ToList();
            Assert.All(articles, a => Assert.Equal(id, Article(a).Event));
            Assert.Equal(
                articles.Select(a => Article(a).Outlet).Distinct().Order(StringComparer.Ordinal),
                Strings(e.GetProperty("outlets")).Order(StringComparer.Ordinal));
            listed.AddRange(articles);
        }

        Assert.Equal(Set.Articles.Select(a => a.Id).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.True(Expected.Value.GetProperty("events").GetArrayLength() >= MinEvents);
    }

    [Fact]
    public void The_big_event_is_covered_by_five_outlets_with_follow_ups_over_two_days()
    {
        var big = Set.Articles.Where(a => a.Event == Expected.Value.GetProperty("bigEvent").GetString()).ToList();
        Assert.True(big.Select(a => a.Outlet).Distinct().Count() >= MinBigEventOutlets);
        Assert.True(big.Max(a => a.PublishedOffset) - big.Min(a => a.PublishedOffset) >= TimeSpan.FromHours(48));
    }

    [Fact]
    public void Some_events_have_a_single_outlet()
    {
        var singles = Strings(Expected.Value.GetProperty("singleOutletEvents")).ToList();
        Assert.True(singles.Count >= 2);
        Assert.All(singles, e => Assert.Single(Set.Articles.Where(a => a.Event == e).Select(a => a.Outlet).Distinct()));
    }

    [Fact]
    public void Wire_copies_are_the_agency_text_lightly_edited()
    {
        var groups = Expected.Value.GetProperty("wireCopies").EnumerateArray().ToList();
        Assert.NotEmpty(groups);
        foreach (var group in groups)
        {
            var original = Article(group.GetProperty("original").GetString()!);
            var copies = Strings(group.GetProperty("copies")).Select(Article).ToList();
            Assert.InRange(copies.Count, 2, 3);
            Assert.All(copies, copy =>
            {
                Assert.Equal(original.Id, copy.WireCopyOf);
                Assert.Equal(original.Event, copy.Event);
                Assert.NotEqual(original.Outlet, copy.Outlet);
                Assert.NotEqual(original.Headline, copy.Headline);
                Assert.True(copy.Paragraphs.Count < original.Paragraphs.Count, $"{copy.Id} trims a line");
                Assert.All(copy.Paragraphs, p => Assert.Contains(p, original.Paragraphs));
            });
        }

        Assert.Equal(
            groups.SelectMany(g => Strings(g.GetProperty("copies"))).Order(StringComparer.Ordinal),
            Set.Articles.Where(a => a.WireCopyOf is not null).Select(a => a.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_paywalled_article_has_a_fuller_summary_than_its_teaser()
    {
        var ids = Strings(Expected.Value.GetProperty("paywalled")).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id =>
        {
            var article = Article(id);
            Assert.True(article.Paywalled);
            Assert.True(article.Summary.Length > article.Paragraphs[0].Length, "the feed's summary says more than the page's teaser");
        });
        Assert.Equal(ids.Order(StringComparer.Ordinal), Set.Articles.Where(a => a.Paywalled).Select(a => a.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_broken_feed_is_malformed_and_fails_at_times()
    {
        var broken = Expected.Value.GetProperty("brokenFeeds").EnumerateArray().ToList();
        Assert.NotEmpty(broken);
        foreach (var b in broken)
        {
            var outlet = Set.FindOutlet(b.GetProperty("outlet").GetString()!)!;
            Assert.True(outlet.Faults.MalformedFeed);
            Assert.Equal(b.GetProperty("errorWindows").GetArrayLength(), outlet.Faults.FeedErrorWindows.Count);
        }
    }

    [Fact]
    public void The_real_sources_list_is_opml_with_distinct_https_feeds()
    {
        var opml = System.Xml.Linq.XDocument.Load(Path.Combine(SamplesRoot, "real-sources.opml"));
        var urls = opml.Descendants("outline").Select(o => (string?)o.Attribute("xmlUrl")).OfType<string>().ToList();
        Assert.True(urls.Count >= 10, $"{urls.Count} feeds");
        Assert.All(urls, u => Assert.True(Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme == "https", u));
        Assert.Equal(urls.Count, urls.Distinct().Count());
    }

    [Fact]
    public void The_contradiction_is_in_the_articles_and_between_outlets()
    {
        var contradictions = Expected.Value.GetProperty("contradictions").EnumerateArray().ToList();
        Assert.NotEmpty(contradictions);
        foreach (var c in contradictions)
        {
            var claims = c.GetProperty("claims").EnumerateArray().ToList();
            Assert.True(claims.Count >= 2);
            var outletsPerClaim = new List<HashSet<string>>();
            foreach (var claim in claims)
            {
                var forms = Strings(claim.GetProperty("forms")).ToList();
                var articles = Strings(claim.GetProperty("articles")).Select(Article).ToList();
                Assert.All(articles, a =>
                {
                    Assert.Equal(c.GetProperty("event").GetString(), a.Event);
                    var text = string.Join("\n", a.Paragraphs);
                    Assert.True(forms.Any(f => text.Contains(f, StringComparison.Ordinal)), $"{a.Id} states {claim.GetProperty("value")}");
                });
                outletsPerClaim.Add(articles.Select(a => a.Outlet).ToHashSet());
            }

            Assert.Empty(outletsPerClaim[0].Intersect(outletsPerClaim[1]));
        }
    }
}
