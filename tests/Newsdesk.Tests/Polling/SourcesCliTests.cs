using System.Text.Json;

namespace Newsdesk.Tests.Polling;

/// <summary>The sources and poll commands, run as the real program against a loopback server.</summary>
public sealed class SourcesCliTests : IAsyncLifetime
{
    private readonly FeedServer server = new();
    private readonly string data = Path.Combine(Path.GetTempPath(), "newsdesk-cli-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Add_discovers_feeds_list_shows_health_export_and_import_round_trip()
    {
        server.MapText("/world.xml", FeedServer.Rss("World", ("w1", "W", "http://example.org/w1", "x")));
        server.MapText("/sport.xml", FeedServer.Rss("Sport \u2014 Спорт", ("s1", "S", "http://example.org/s1", "x")));
        server.MapText("/",
            "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/world.xml\"><link rel=\"alternate\" type=\"application/atom+xml\" href=\"/sport.xml\"></head></html>",
            "text/html");
        server.Map("/down.xml", ctx => { ctx.Response.StatusCode = 500; ctx.Response.Close(); return Task.CompletedTask; });

        var add = await CliProcess.RunAsync(data, "sources", "add", server.Url("/").AbsoluteUri);
        Assert.True(add.Exit == 0, add.Err);
        Assert.Contains("world.xml", add.Out, StringComparison.Ordinal);
        Assert.Contains("sport.xml", add.Out, StringComparison.Ordinal);

        var opml = Path.Combine(data, "extra.opml");
        await File.WriteAllTextAsync(opml, $"""
            <?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
            <outline text="News"><outline text="Down" type="rss" xmlUrl="{server.Url("/down.xml")}"/></outline>
            <outline text="Dup" type="rss" xmlUrl="{server.Url("/world.xml")}"/>
            </body></opml>
            """);
        var import = await CliProcess.RunAsync(data, "sources", "import", opml);
        Assert.True(import.Exit == 0, import.Err);
        Assert.Contains("imported 1 new source(s), 1 already present", import.Out, StringComparison.Ordinal);

        var poll = await CliProcess.RunAsync(data, "poll", "--once");
        Assert.True(poll.Exit == 0, poll.Err);
        Assert.Contains("polled 3 source(s): 2 with new items", poll.Out, StringComparison.Ordinal);
        Assert.Contains("1 failed", poll.Out, StringComparison.Ordinal);

        var list = await CliProcess.RunAsync(data, "sources", "list", "--json");
        Assert.True(list.Exit == 0, list.Err);
        using var json = JsonDocument.Parse(list.Out);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        var down = rows.Single(r => r.GetProperty("url").GetString()!.EndsWith("/down.xml", StringComparison.Ordinal));
        Assert.Equal("failing", down.GetProperty("health").GetString());
        Assert.Contains("500", down.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal("News", down.GetProperty("category").GetString());
        Assert.Equal(1, rows.Single(r => r.GetProperty("title").GetString() == "World").GetProperty("itemCount").GetInt32());

        var table = await CliProcess.RunAsync(data, "sources", "list");
        Assert.Contains("HEALTH", table.Out, StringComparison.Ordinal);
        Assert.Contains("failing", table.Out, StringComparison.Ordinal);

        var export = await CliProcess.RunAsync(data, "sources", "export");
        Assert.True(export.Exit == 0, export.Err);
        var exported = System.Text.Encoding.UTF8.GetBytes(export.Out);
        Assert.Equal(3, Newsdesk.Feeds.Opml.Parse(exported).Count);
        var opmlDoc = System.Xml.Linq.XDocument.Load(new MemoryStream(exported)); // strict: trusts the declaration
        Assert.Equal("utf-8", opmlDoc.Declaration?.Encoding, ignoreCase: true);
        Assert.Contains(opmlDoc.Descendants("outline"), o => (string?)o.Attribute("title") == "Sport \u2014 Спорт");

        var id = down.GetProperty("id").GetInt64();
        Assert.Equal(0, (await CliProcess.RunAsync(data, "sources", "remove", id.ToString())).Exit);
        Assert.Equal(1, (await CliProcess.RunAsync(data, "sources", "remove", id.ToString())).Exit);
    }

    [Fact]
    public async Task Add_refuses_a_page_without_feeds_and_a_loopback_url_without_permission()
    {
        server.MapText("/plain", "<html><body>no feeds here</body></html>", "text/html");
        var none = await CliProcess.RunAsync(data, "sources", "add", server.Url("/plain").AbsoluteUri);
        Assert.Equal(1, none.Exit);
        Assert.Contains("neither a feed nor an HTML page that links one", none.Err, StringComparison.Ordinal);

        var info = CliProcess.StartInfo(data, "sources", "add", "http://127.0.0.2:9/feed");
        var (exit, _, err) = await CliProcess.RunAsync(info);
        Assert.Equal(1, exit);
        Assert.Contains("AllowPrivateAddresses", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_options_stop_the_program_at_start()
    {
        var info = CliProcess.StartInfo(data, "sources", "list");
        info.Environment["NEWSDESK__POLLING__MININTERVAL"] = "05:00:00";
        info.Environment["NEWSDESK__POLLING__MAXINTERVAL"] = "01:00:00";
        var (exit, _, err) = await CliProcess.RunAsync(info);
        Assert.NotEqual(0, exit);
        Assert.Contains("MinInterval", err, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        try
        {
            Directory.Delete(data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
