using System.Diagnostics;
using System.Text;
using Newsdesk.Testing;
using Newsdesk.Workers;

namespace Newsdesk.Tests.Polling;

/// <summary>End to end: the poller against a loopback feed server, storing into a real SQLite file.</summary>
public sealed class PollerTests : IAsyncLifetime
{
    private readonly FeedServer server = new();
    private PollHarness harness = null!;

    private static (string, string, string, string) Item(int n, string description = "text") =>
        ($"guid-{n}", $"Story {n}", $"http://example.org/story/{n}", description);

    [Fact]
    public async Task A_second_poll_is_conditional_and_stores_nothing_new()
    {
        server.MapText("/feed", FeedServer.Rss("Daily", Item(1), Item(2)), etag: "\"abc\"");
        var source = await harness.AddAsync(server.Url("/feed"));

        var first = await harness.PollAllAsync();
        var second = await harness.PollAllAsync();

        Assert.Equal(PollStatus.NewItems, first.Sources.Single().Status);
        Assert.Equal(2, first.NewItems);
        Assert.Equal(PollStatus.NotModified, second.Sources.Single().Status);
        Assert.Equal("\"abc\"", server.Requests.Last().Headers["If-None-Match"]);
        var stored = await harness.GetAsync(source.Id);
        Assert.Equal(2, stored.ItemCount);
        Assert.Equal("Daily", stored.Title);
        Assert.Equal("rss", stored.Kind);
        Assert.Equal(2, await harness.Items.CountAsync(default));
    }

    [Fact]
    public async Task Items_are_stored_once_and_a_changed_item_is_updated()
    {
        var body = FeedServer.Rss("F", Item(1), Item(2));
        server.Map("/feed", ctx => FeedServer.Write(ctx, Encoding.UTF8.GetBytes(body), "application/rss+xml"));
        var source = await harness.AddAsync(server.Url("/feed"));

        await harness.PollAllAsync();
        body = FeedServer.Rss("F", Item(1), Item(2, "corrected text"), Item(3));
        var second = await harness.PollAllAsync();

        Assert.Equal(1, second.NewItems);
        Assert.Equal(1, second.UpdatedItems);
        var items = await harness.Items.ListAsync(source.Id, default);
        Assert.Equal(3, items.Count);
        Assert.Contains("corrected", items.Single(i => i.Guid == "guid-2").Item.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_link_in_two_feeds_is_stored_once()
    {
        server.MapText("/a", FeedServer.Rss("A", ("a-1", "Shared", "http://example.org/shared?utm_source=a", "x")));
        server.MapText("/b", FeedServer.Rss("B", ("b-1", "Shared", "http://example.org/shared?utm_medium=b#top", "x")));
        await harness.AddAsync(server.Url("/a"));
        await harness.AddAsync(server.Url("/b"));

        await harness.PollAllAsync();

        Assert.Equal(1, await harness.Items.CountAsync(default));
    }

    [Fact]
    public async Task A_permanent_redirect_updates_the_stored_url()
    {
        server.MapText("/new-home", FeedServer.Rss("Moved", Item(1)));
        server.Map("/old-home", ctx => { ctx.Response.RedirectLocation = "/new-home"; ctx.Response.StatusCode = 301; ctx.Response.Close(); return Task.CompletedTask; });
        var source = await harness.AddAsync(server.Url("/old-home"));

        await harness.PollAllAsync();

        Assert.Equal(server.Url("/new-home").AbsoluteUri, (await harness.GetAsync(source.Id)).Url);
    }

    [Fact]
    public async Task A_rate_limit_pushes_the_next_poll_past_retry_after()
    {
        server.Map("/busy", ctx => { ctx.Response.StatusCode = 429; ctx.Response.AddHeader("Retry-After", "7200"); ctx.Response.Close(); return Task.CompletedTask; });
        var source = await harness.AddAsync(server.Url("/busy"));

        await harness.PollAllAsync();

        var stored = await harness.GetAsync(source.Id);
        Assert.True(stored.NextPollAt >= stored.LastPollAt!.Value.AddSeconds(7200), $"next poll {stored.NextPollAt:O} after last {stored.LastPollAt:O}");
        Assert.Contains("429", stored.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_errors_back_off_and_keep_the_error()
    {
        server.Map("/down", ctx => { ctx.Response.StatusCode = 500; ctx.Response.Close(); return Task.CompletedTask; });
        var source = await harness.AddAsync(server.Url("/down"));

        await harness.PollAllAsync();
        var once = await harness.GetAsync(source.Id);
        await harness.PollAllAsync();
        var twice = await harness.GetAsync(source.Id);

        Assert.Equal(1, once.ConsecutiveFailures);
        Assert.Equal(2, twice.ConsecutiveFailures);
        Assert.Contains("500", twice.LastError, StringComparison.Ordinal);
        Assert.True(twice.NextPollAt - twice.LastPollAt!.Value > once.NextPollAt - once.LastPollAt!.Value, "the second wait must be longer");
        Assert.True(twice.NextPollAt - twice.LastPollAt!.Value >= TimeSpan.FromMinutes(10));
        Assert.Null(twice.LastSuccessAt);
    }

    public static TheoryData<string, string> Failures => new()
    {
        { "/missing", "404" },
        { "/slow", "timeout" },
        { "/endless", "too large" },
        { "/page.html", "not a feed" },
        { "/laughs", "" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Each_failure_is_kept_on_its_source_and_the_others_go_on(string path, string expected)
    {
        MapHostile();
        server.MapText("/good", FeedServer.Rss("Good", Item(1)));
        var bad = await harness.AddAsync(server.Url(path));
        var good = await harness.AddAsync(server.Url("/good"));

        // /slow never answers: the round ends only because each fetch has its own timeout.
        var summary = await harness.PollAllAsync().WaitAsync(Patience.Hang);

        Assert.Equal(PollStatus.NewItems, summary.Sources.Single(s => s.SourceId == good.Id).Status);
        var stored = await harness.GetAsync(bad.Id);
        if (path == "/laughs")
        {
            // Either refused, or parsed without expanding the entities: never a gigabyte of text.
            var items = await harness.Items.ListAsync(bad.Id, default);
            Assert.All(items, i => Assert.True((i.Item.Title?.Length ?? 0) + (i.Item.Summary?.Length ?? 0) < 100_000));
            return;
        }

        Assert.Equal(1, stored.ConsecutiveFailures);
        Assert.Contains(expected, stored.LastError, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_html_page_says_which_feeds_it_links()
    {
        MapHostile();
        var source = await harness.AddAsync(server.Url("/page.html"));
        await harness.PollAllAsync();
        Assert.Contains("/good", (await harness.GetAsync(source.Id)).LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gzip_and_a_wrong_charset_declaration_still_give_the_right_text()
    {
        server.Map("/gz", ctx => FeedServer.WriteGzip(ctx, FeedServer.Rss("Zipped", ("z1", "Zürich café", "http://example.org/z", "déjà vu")), "application/rss+xml"));
        // The HTTP header claims UTF-8 (a common server default); the bytes are Latin-1, as the XML declaration says.
        server.Map("/charset", ctx => FeedServer.Write(ctx,
            Encoding.Latin1.GetBytes(FeedServer.Rss("Charset", ("c1", "Café crème", "http://example.org/c", "naïve"))
                .Replace("encoding=\"utf-8\"", "encoding=\"iso-8859-1\"", StringComparison.Ordinal)),
            "application/rss+xml; charset=utf-8"));
        var zipped = await harness.AddAsync(server.Url("/gz"));
        var charset = await harness.AddAsync(server.Url("/charset"));

        await harness.PollAllAsync();

        Assert.Equal("Zürich café", (await harness.Items.ListAsync(zipped.Id, default)).Single().Item.Title);
        Assert.Equal("Café crème", (await harness.Items.ListAsync(charset.Id, default)).Single().Item.Title);
    }

    [Fact]
    public async Task The_background_service_polls_due_sources_until_stopped()
    {
        server.MapText("/feed", FeedServer.Rss("F", Item(1)));
        var source = await harness.AddAsync(server.Url("/feed"));
        var service = harness.CreatePollerService();

        await service.StartAsync(default);
        var watch = Stopwatch.StartNew();
        while ((await harness.GetAsync(source.Id)).LastPollAt is null && watch.Elapsed < Patience.Hang)
        {
            await Task.Delay(50);
        }

        await service.StopAsync(default);
        Assert.Equal(1, (await harness.GetAsync(source.Id)).ItemCount);
    }

    private void MapHostile()
    {
        server.MapText("/good", FeedServer.Rss("Good", Item(1)));
        server.Map("/slow", server.NeverAnswer);
        server.Map("/endless", server.WriteEndless);
        server.MapText("/page.html",
            "<!doctype html><html><head><title>Home</title><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/good\"></head><body><p>Hello</p></body></html>",
            "text/html; charset=utf-8");
        server.MapText("/laughs", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
              <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
              <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
              <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
              <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
              <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
            ]>
            <rss version="2.0"><channel><title>Laughs &h;</title><item><guid>l1</guid><title>&h;</title></item></channel></rss>
            """);
    }

    public async Task InitializeAsync() => harness = await PollHarness.StartAsync();

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        await server.DisposeAsync();
    }
}
