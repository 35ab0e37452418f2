using System.Text;
using Newsdesk.Fetching;

namespace Newsdesk.Tests.Polling;

public sealed class RobotsTests
{
    private const string Robots = """
        # comment
        User-agent: *
        Disallow: /private/
        Allow: /private/open$
        Disallow: /*.pdf$

        User-agent: BadBot
        User-agent: OtherBot
        Disallow: /

        User-agent: newsdesk
        Disallow: /no-newsdesk
        Allow: /no-newsdesk/but-this
        Sitemap: https://example.org/sitemap.xml
        """;

    public static TheoryData<string, string, string, bool> Cases => new()
    {
        { "root is allowed for anyone", "SomeBot", "/", true },
        { "a disallowed folder", "SomeBot", "/private/x", false },
        { "a longer allow wins", "SomeBot", "/private/open", true },
        { "an anchored allow does not match a longer path", "SomeBot", "/private/open/more", false },
        { "wildcard and end anchor", "SomeBot", "/files/report.pdf", false },
        { "anchor: pdf not at the end", "SomeBot", "/files/report.pdf?x=1", true },
        { "grouped agents share rules", "otherbot", "/anything", false },
        { "own group replaces the star group", "Newsdesk", "/private/x", true },
        { "own group rule", "Newsdesk", "/no-newsdesk/page", false },
        { "own group longer allow", "Newsdesk", "/no-newsdesk/but-this", true },
        { "robots.txt itself is always allowed", "BadBot", "/robots.txt", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Robots_rules(string name, string agent, string path, bool allowed)
    {
        var policy = RobotsPolicy.Parse(Encoding.UTF8.GetBytes(Robots));
        Assert.True(allowed == policy.IsAllowed(new Uri("https://example.org" + path), agent), name);
    }

    [Fact]
    public void Missing_and_unreachable_robots()
    {
        Assert.True(RobotsPolicy.AllowAll.IsAllowed(new Uri("https://example.org/a"), "Newsdesk"));
        Assert.False(RobotsPolicy.DisallowAll.IsAllowed(new Uri("https://example.org/a"), "Newsdesk"));
    }

    [Fact]
    public void A_pathological_pattern_does_not_hang() =>
        Assert.False(RobotsPolicy.Matches(string.Concat(Enumerable.Repeat("*a", 200)) + "b$", new string('a', 5000)));

    [Fact]
    public async Task The_cache_fetches_robots_once_per_origin()
    {
        await using var server = new FeedServer();
        server.MapText("/robots.txt", "User-agent: *\nDisallow: /secret\n", "text/plain");
        using var fetcher = new HttpFetcher(new FetchOptions { AllowedAddresses = ["127.0.0.1"], PerHostMinGap = TimeSpan.Zero }, TimeProvider.System);
        var robots = new RobotsCache(fetcher, TimeProvider.System);

        Assert.True(await robots.IsAllowedAsync(server.Url("/news/1"), default));
        Assert.False(await robots.IsAllowedAsync(server.Url("/secret/2"), default));
        Assert.Single(server.Requests, r => r.Path == "/robots.txt");
    }

    [Fact]
    public async Task Concurrent_checks_of_one_origin_share_one_robots_fetch()
    {
        await using var server = new FeedServer();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Map("/robots.txt", async ctx =>
        {
            await release.Task;   // held until every check has asked
            await FeedServer.Write(ctx, Encoding.UTF8.GetBytes("User-agent: *\nDisallow: /secret\n"), "text/plain");
        });
        using var fetcher = new HttpFetcher(new FetchOptions { AllowedAddresses = ["127.0.0.1"], PerHostMinGap = TimeSpan.Zero }, TimeProvider.System);
        var robots = new RobotsCache(fetcher, TimeProvider.System);

        var checks = Enumerable.Range(0, 8).Select(i => robots.CheckAsync(server.Url(i % 2 == 0 ? $"/news/{i}" : $"/secret/{i}"), default)).ToList();
        release.SetResult();
        var verdicts = await Task.WhenAll(checks);

        Assert.Single(server.Requests, r => r.Path == "/robots.txt");
        Assert.Equal([true, false, true, false, true, false, true, false], verdicts.Select(v => v.Allowed));
    }

    public sealed record ReasonCase(string Name, string Url, string Reason)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<ReasonCase> Reasons => new()
    {
        new("a file: link", "file:///etc/passwd", "the link is not an http(s) URL (file:)"),
        new("a gopher: link", "gopher://example.org/1", "the link is not an http(s) URL (gopher:)"),
        new("a loopback link (private addresses not allowed)", "http://127.0.0.1:9/page", "the link's address is not allowed"),
        new("a private-network link", "http://10.1.2.3/page", "the link's address is not allowed"),
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public async Task A_page_not_fetched_says_why_in_its_own_words(ReasonCase c)
    {
        using var fetcher = new HttpFetcher(new FetchOptions { PerHostMinGap = TimeSpan.Zero }, TimeProvider.System);
        var verdict = await new RobotsCache(fetcher, TimeProvider.System).CheckAsync(new Uri(c.Url), default);
        Assert.False(verdict.Allowed);
        Assert.StartsWith(c.Reason, verdict.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("robots.txt disallows", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_robots_txt_disallows_says_so()
    {
        await using var server = new FeedServer();
        server.MapText("/robots.txt", "User-agent: *\nDisallow: /secret\n", "text/plain");
        using var fetcher = new HttpFetcher(new FetchOptions { AllowedAddresses = ["127.0.0.1"], PerHostMinGap = TimeSpan.Zero }, TimeProvider.System);
        var verdict = await new RobotsCache(fetcher, TimeProvider.System).CheckAsync(server.Url("/secret/1"), default);
        Assert.Equal(new RobotsVerdict(false, "robots.txt disallows fetching the page"), verdict);
    }
}
