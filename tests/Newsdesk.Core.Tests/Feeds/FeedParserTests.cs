using System.Diagnostics;
using System.Text;
using Newsdesk.Feeds;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Feeds;

public sealed class FeedParserTests
{
    private static byte[] Fixture(string name) =>
        File.ReadAllBytes(Path.Combine(TestEnvironment.RepoRoot, "tests", "fixtures", "feeds", name));

    private static FeedParseResult.Parsed Parsed(string xml, string? contentType = null, Uri? baseUri = null) =>
        Assert.IsType<FeedParseResult.Parsed>(FeedParser.Parse(Encoding.UTF8.GetBytes(xml), contentType, baseUri));

    [Fact]
    public void Rss_with_namespaces_reads_every_module()
    {
        var parsed = Assert.IsType<FeedParseResult.Parsed>(FeedParser.Parse(Fixture("rss-namespaces.xml")));
        Assert.Empty(parsed.Warnings);
        var feed = parsed.Feed;
        Assert.Equal(FeedFormat.Rss, feed.Format);
        Assert.Equal("The Harbour Gazette", feed.Title);
        Assert.Equal("https://gazette.example/", feed.Link);

        var first = feed.Items[0];
        Assert.Equal("gazette-1001", first.Id);
        Assert.Equal("Ferry service resumes & fares frozen", first.Title);
        Assert.Equal("https://gazette.example/2026/11/ferry", first.Link);
        Assert.Equal("Ana Silva", first.Author);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 7, 30, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("<p>The ferry is back.</p>", first.Summary);
        Assert.Equal("<p>The ferry is back <a href=\"https://gazette.example/timetable\">on time</a>.</p>", first.Content);
        Assert.Contains(first.Media, m => m.Url == "https://cdn.gazette.example/ferry.jpg" && !m.IsThumbnail);
        Assert.Contains(first.Media, m => m.Url == "https://cdn.gazette.example/ferry-small.jpg" && m.IsThumbnail);

        var second = feed.Items[1];
        Assert.Equal("Council\u00a0meets on Tuesday", second.Title);
        Assert.Equal("https://gazette.example/2026/11/council", second.Link); // permalink guid
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero), second.Published);
        Assert.Equal("desk@gazette.example (News desk)", second.Author);
        Assert.Equal("application/pdf", Assert.Single(second.Media).Type);
    }

    [Fact]
    public void Atom_resolves_xml_base_and_unwraps_xhtml()
    {
        var parsed = Assert.IsType<FeedParseResult.Parsed>(FeedParser.Parse(Fixture("atom-xhtml.xml")));
        Assert.Empty(parsed.Warnings);
        var feed = parsed.Feed;
        Assert.Equal(FeedFormat.Atom, feed.Format);
        Assert.Equal("The Atom Log", feed.Title);
        Assert.Equal("https://atom.example/blog/", feed.Link);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("tag:atom.example,2026:1", entry.Id);
        Assert.Equal("https://atom.example/blog/posts/hello", entry.Link);
        Assert.Equal("Lee Chen", entry.Author);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), entry.Published);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, 500, TimeSpan.Zero), entry.Updated);
        Assert.Equal("Short &amp; sweet", entry.Summary);
        Assert.Equal("<p>See <a href=\"https://atom.example/blog/posts/pic\">the picture</a>.</p>", entry.Content);
    }

    public sealed record FormatCase(string Name, string Document, FeedFormat Format, string Title, int Items)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<FormatCase> Formats => new()
    {
        new("RSS 0.91", "<rss version=\"0.91\"><channel><title>T</title><item><title>a</title></item></channel></rss>", FeedFormat.Rss, "T", 1),
        new("RSS 2.0 with default namespace items outside channel", "<rss version=\"0.92\"><channel><title>T</title></channel><item><title>a</title></item></rss>", FeedFormat.Rss, "T", 1),
        new("RSS 1.0 (RDF)", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"x\"><title>T</title></channel><item rdf:about=\"https://r.example/1\"><title>a</title></item><item rdf:about=\"https://r.example/2\"><title>b</title></item></rdf:RDF>", FeedFormat.Rdf, "T", 2),
        new("RSS 0.90 (RDF)", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://my.netscape.com/rdf/simple/0.9/\"><channel><title>T</title></channel><item><title>a</title><link>https://r.example/</link></item></rdf:RDF>", FeedFormat.Rdf, "T", 1),
        new("Atom 0.3", "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>T</title><entry><title>a</title><issued>2004-01-01T00:00:00Z</issued><content type=\"text/html\" mode=\"escaped\">&lt;b&gt;x&lt;/b&gt;</content></entry></feed>", FeedFormat.Atom, "T", 1),
        new("Atom 1.0", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><title>a</title></entry><entry><title>b</title></entry></feed>", FeedFormat.Atom, "T", 2),
        new("JSON Feed 1.0", "{\"version\":\"https://jsonfeed.org/version/1\",\"title\":\"T\",\"items\":[{\"id\":\"1\",\"content_text\":\"x\"}]}", FeedFormat.Json, "T", 1),
        new("JSON Feed 1.1", "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"authors\":[{\"name\":\"A\"}],\"items\":[{\"id\":\"1\",\"content_html\":\"<p>x</p>\"},{\"id\":\"2\"}]}", FeedFormat.Json, "T", 2),
        new("news sitemap", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>https://s.example/1</loc><news:news><news:publication><news:name>T</news:name></news:publication><news:title>a</news:title></news:news></url></urlset>", FeedFormat.Sitemap, "T", 1),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Reads_every_format(FormatCase c)
    {
        var parsed = Parsed(c.Document);
        Assert.Empty(parsed.Warnings);
        Assert.Equal(c.Format, parsed.Feed.Format);
        Assert.Equal(c.Title, parsed.Feed.Title);
        Assert.Equal(c.Items, parsed.Feed.Items.Count);
    }

    [Fact]
    public void News_sitemap_gives_titles_and_dates()
    {
        var feed = Assert.IsType<FeedParseResult.Parsed>(FeedParser.Parse(Fixture("news-sitemap.xml"))).Feed;
        Assert.Equal(FeedFormat.Sitemap, feed.Format);
        Assert.Equal("The Wire", feed.Title);
        Assert.Equal(2, feed.Items.Count);
        Assert.Equal("Summit ends without a deal", feed.Items[0].Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), feed.Items[0].Published);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero), feed.Items[0].Updated);
        Assert.Equal("https://wire.example/sport/final", feed.Items[1].Link);
    }

    [Fact]
    public void Sitemap_index_lists_child_sitemaps()
    {
        var feed = Parsed("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>https://s.example/a.xml</loc><lastmod>2026-11-01</lastmod></sitemap><sitemap><loc>https://s.example/b.xml</loc></sitemap></sitemapindex>").Feed;
        Assert.Equal(FeedFormat.Sitemap, feed.Format);
        Assert.Equal(["https://s.example/a.xml", "https://s.example/b.xml"], feed.Items.Select(i => i.Link));
    }

    [Fact]
    public void Relative_links_resolve_against_the_callers_base()
    {
        var feed = Parsed("<rss version=\"2.0\"><channel><link>/</link><item><link>story/1</link><description>&lt;img src=\"i.png\"&gt;</description></item></channel></rss>", baseUri: new Uri("https://site.example/news/feed.xml")).Feed;
        Assert.Equal("https://site.example/", feed.Link);
        Assert.Equal("https://site.example/news/story/1", feed.Items[0].Link);
        Assert.Equal("<img src=\"https://site.example/news/i.png\" />", feed.Items[0].Summary);
    }

    [Fact]
    public void Ill_formed_feed_is_recovered_with_a_warning()
    {
        var parsed = Assert.IsType<FeedParseResult.Parsed>(FeedParser.Parse(Fixture("broken.xml")));
        Assert.NotEmpty(parsed.Warnings); // "bozo"
        var feed = parsed.Feed;
        Assert.Equal("Broken & proud", feed.Title);
        Assert.Equal(2, feed.Items.Count);
        Assert.Equal("First \u00e9dition &bogus; here", feed.Items[0].Title);
        Assert.Equal("An <b>unclosed bold paragraph</b>", feed.Items[0].Summary);
        Assert.Equal("https://broken.example/2", feed.Items[1].Link);
    }

    public sealed record BozoCase(string Name, string Document, string ExpectedTitle)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<BozoCase> Bozo => new()
    {
        new("stray ampersand", "<rss><channel><title>Fish & chips</title></channel></rss>", "Fish & chips"),
        new("unclosed item", "<rss><channel><title>T</title><item><title>a</title></channel></rss>", "T"),
        new("mismatched end tag", "<rss><channel><title>T</b></title></channel></rss>", "T"),
        new("undeclared entity", "<rss><channel><title>T &copy2; &foo;</title></channel></rss>", "T &copy2; &foo;"),
        new("junk after the root", "<rss><channel><title>T</title></channel></rss><rss>", "T"),
        new("truncated document", "<rss><channel><title>T</title><item><title>a", "T"),
        new("unquoted attribute", "<rss version=2.0><channel><title>T</title></channel></rss>", "T"),
    };

    [Theory]
    [MemberData(nameof(Bozo))]
    public void Recovers_ill_formed_xml(BozoCase c)
    {
        var parsed = Parsed(c.Document);
        Assert.NotEmpty(parsed.Warnings);
        Assert.Equal(c.ExpectedTitle, parsed.Feed.Title);
    }

    [Fact]
    public void Html_entities_are_not_bozo()
    {
        var parsed = Parsed("<rss><channel><title>Caf&eacute;&nbsp;&mdash; <![CDATA[Fish & chips]]></title><item><description><![CDATA[<p>a &amp; b</p>]]></description></item></channel></rss>");
        Assert.Empty(parsed.Warnings);
        Assert.Equal("Caf\u00e9\u00a0\u2014 Fish & chips", parsed.Feed.Title);
        Assert.Equal("<p>a &amp; b</p>", parsed.Feed.Items[0].Summary);
    }

    [Fact]
    public void Billion_laughs_is_bounded_and_quick()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            sb.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10)).Replace("&lol0;", "&lol;", StringComparison.Ordinal)}\">");
        }

        sb.Append("]><rss version=\"2.0\"><channel><title>&lol9;</title><item><title>ok</title></item></channel></rss>");
        var clock = Stopwatch.StartNew();
        var result = FeedParser.Parse(Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.True(clock.Elapsed < Patience.Hang, $"took {clock.Elapsed}");   // expanded, &lol9; is 3 GB of text: minutes, or out of memory
        var parsed = Assert.IsType<FeedParseResult.Parsed>(result);
        Assert.NotEmpty(parsed.Warnings);
        Assert.True((parsed.Feed.Title?.Length ?? 0) < 100, "entities were expanded");
        Assert.Equal("ok", Assert.Single(parsed.Feed.Items).Title);
    }

    [Fact]
    public void External_entities_are_not_resolved()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><rss><channel><title>a&xxe;b</title></channel></rss>";
        var parsed = Parsed(xml);
        Assert.DoesNotContain("root:", parsed.Feed.Title ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_hundred_thousand_items_are_capped()
    {
        var sb = new StringBuilder("<rss version=\"2.0\"><channel><title>Big</title>");
        for (var i = 0; i < 100_000; i++)
        {
            sb.Append("<item><title>t").Append(i).Append("</title><link>https://big.example/").Append(i).Append("</link></item>");
        }

        sb.Append("</channel></rss>");
        var parsed = Parsed(sb.ToString());
        Assert.Equal(FeedLimits.MaxItems, parsed.Feed.Items.Count);
        Assert.Contains(parsed.Warnings, w => w.Contains("skipped", StringComparison.Ordinal) || w.Contains("kept the first", StringComparison.Ordinal));
        Assert.Equal("t0", parsed.Feed.Items[0].Title);
    }

    [Fact]
    public void Deep_nesting_is_capped()
    {
        var depth = 10_000;
        var xml = "<rss><channel><title>T</title><item><description>" + string.Concat(Enumerable.Repeat("<x>", depth)) + "deep" + string.Concat(Enumerable.Repeat("</x>", depth)) + "</description></item></channel></rss>";
        var parsed = Parsed(xml);
        Assert.Contains(parsed.Warnings, w => w.Contains("deeper", StringComparison.Ordinal));
        Assert.Equal("T", parsed.Feed.Title);
    }

    public sealed record NotAFeedCase(string Name, string Document)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<NotAFeedCase> NotFeeds => new()
    {
        new("empty file", ""),
        new("only whitespace", "  \n\t "),
        new("HTML page", "<!DOCTYPE html><html><head><title>Home</title></head><body><p>Hello<br>world</body></html>"),
        new("plain text", "This is not a feed at all."),
        new("JSON that is not a JSON Feed", "{\"hello\": \"world\"}"),
        new("invalid JSON", "{\"version\": "),
        new("other XML", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"),
    };

    [Theory]
    [MemberData(nameof(NotFeeds))]
    public void Rejects_documents_that_are_no_feed(NotAFeedCase c)
    {
        var result = FeedParser.Parse(Encoding.UTF8.GetBytes(c.Document));
        var notAFeed = Assert.IsType<FeedParseResult.NotAFeed>(result);
        Assert.False(string.IsNullOrWhiteSpace(notAFeed.Reason));
    }
}
