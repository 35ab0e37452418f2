using Newsdesk.Feeds;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Feeds;

public sealed class FeedDiscoveryTests
{
    public sealed record Case(string Name, string Html, string[] Expected)
    {
        public override string ToString() => Name;
    }

    private static readonly Uri Page = new("https://gazette.example/news/index.html");

    public static TheoryData<Case> Cases => new()
    {
        new("rss link resolved", "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\">", ["https://gazette.example/feed.xml"]),
        new("rel is a token list, case-insensitive", "<link rel=\"ALTERNATE home\" type=\"application/atom+xml\" href=\"a.atom\">", ["https://gazette.example/news/a.atom"]),
        new("stylesheet ignored", "<link rel=\"stylesheet\" type=\"text/css\" href=\"/s.css\">", []),
        new("alternate language ignored", "<link rel=\"alternate\" hreflang=\"fr\" href=\"/fr/\">", []),
        new("base element respected", "<base href=\"https://cdn.example/\"><link rel=\"alternate\" type=\"application/feed+json\" href=\"f.json\">", ["https://cdn.example/f.json"]),
        new("javascript href ignored", "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"javascript:alert(1)\">", []),
        new("no links", "<p>nothing</p>", []),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_advertised_feeds(Case c) =>
        Assert.Equal(c.Expected, FeedDiscovery.FindFeeds(c.Html, Page).Select(u => u.AbsoluteUri));

    [Fact]
    public void Page_fixture_gives_feeds_in_order_without_duplicates_or_script_text()
    {
        var html = File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "tests", "fixtures", "feeds", "page-with-feeds.html"));
        var feeds = FeedDiscovery.FindFeeds(html, new Uri("https://gazette.example/"));
        Assert.Equal(
            ["https://gazette.example/feed.xml", "https://gazette.example/feed.atom", "https://gazette.example/feed.json"],
            feeds.Select(u => u.AbsoluteUri));
    }
}
