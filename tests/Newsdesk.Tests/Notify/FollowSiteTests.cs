using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Hosting;
using Newsdesk.Notify;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Tests.Polling;
using Newsdesk.Web;

namespace Newsdesk.Tests.Notify;

/// <summary>The follows command line, and each follow's page and feeds on a running site.</summary>
public sealed class FollowSiteTests : IAsyncLifetime
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "newsdesk-follows-" + Guid.NewGuid().ToString("N"));
    private const string AdminKey = "notify-admin-key-0123456789";

    private int port;
    private WebApplication app = null!;

    public async Task InitializeAsync()
    {
        app = ServeHost.Build(ServeRole.All, LoopbackPort.AnyPort, new Dictionary<string, string?>
        {
            ["Newsdesk:DataDir"] = data,
            ["Newsdesk:Notify:Enabled"] = "false",
            ["Newsdesk:Pipeline:IdleDelay"] = "01:00:00",
            ["Site:AdminKey"] = AdminKey,
        });
        await app.StartAsync();
        port = LoopbackPort.Of(app.Urls);
        var catalog = app.Services.GetRequiredService<InMemoryStoryCatalog>();
        var stories = app.Services.GetRequiredService<StoryStore>();
        var search = StorySearch.For(app.Services.GetRequiredService<Database>());
        foreach (var story in SampleStories.Create(6, DateTimeOffset.UtcNow))
        {
            // The site's search (and so a query follow's feed) reads the database's full-text index.
            var (id, _) = await stories.CreateAsync(story.Slug, DateTimeOffset.UtcNow, default);
            await search.IndexAsync(id, Newsdesk.Workers.WritingStage.SearchText(story.Content), default);
            catalog.Publish(story);
        }
    }

    public async Task DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Each_follow_has_a_page_and_rss_atom_and_json_feeds_of_the_stories_it_matches()
    {
        var follows = app.Services.GetRequiredService<FollowStore>();
        var now = DateTimeOffset.UtcNow;
        await follows.AddAsync(new FollowSpec("Rates", FollowKind.Query, "interest rate"), now, default);
        await follows.AddAsync(new FollowSpec("Bank of England", FollowKind.Entity, "Bank of England"), now, default);
        await follows.AddAsync(new FollowSpec("Science desk", FollowKind.Topic, "Science"), now, default);
        await follows.AddAsync(new FollowSpec("Breaking", FollowKind.Breaking, ""), now, default);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        async Task<List<string>> RssTitlesAsync(string slug)
        {
            using var response = await client.GetAsync($"/feeds/follow/{slug}.xml");
            Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
            return XDocument.Parse(await response.Content.ReadAsStringAsync()).Descendants("item").Select(i => i.Element("title")!.Value).ToList();
        }

        var bank = "Central bank holds rates at 4.25% as inflation cools to 2.6%";
        var quake = "Magnitude 6.4 earthquake strikes off northern coast; no tsunami warning";
        Assert.Equal([bank], await RssTitlesAsync("rates"));
        Assert.Equal([bank], await RssTitlesAsync("bank-of-england"));
        Assert.Contains(quake, await RssTitlesAsync("science-desk"));
        Assert.DoesNotContain(bank, await RssTitlesAsync("science-desk"));
        var breaking = await RssTitlesAsync("breaking");
        Assert.Contains(bank, breaking);
        Assert.DoesNotContain("Chipmaker unveils 2-nanometre processor, shares rise 5%", breaking);

        var atom = XDocument.Parse(await client.GetStringAsync("/feeds/follow/rates.atom"));
        Assert.Equal("{http://www.w3.org/2005/Atom}feed", atom.Root!.Name.ToString());
        using var json = JsonDocument.Parse(await client.GetStringAsync("/feeds/follow/rates.json"));
        Assert.Equal(bank, Assert.Single(json.RootElement.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());

        var page = await client.GetStringAsync("/follow/rates");
        Assert.Contains("Stories matching the search", page, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(bank), page, StringComparison.Ordinal);
        Assert.Contains("href=\"/feeds/follow/rates.xml\"", page, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/follow/no-such-follow")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/feeds/follow/no-such-follow.xml")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/feeds/follow/rates.txt")).StatusCode);
    }

    [Fact]
    public async Task The_unsubscribe_link_turns_a_follow_off_only_with_its_token()
    {
        var follow = await app.Services.GetRequiredService<FollowStore>().AddAsync(
            new FollowSpec("Mail", FollowKind.Breaking, "", Channel: Channel.Email, Target: "ed@example.org"), DateTimeOffset.UtcNow, default);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var form = await client.GetStringAsync($"/follow/mail/unsubscribe?token={follow.UnsubscribeToken}");
        Assert.Contains("Stop these emails", form, StringComparison.Ordinal);
        Assert.True((await app.Services.GetRequiredService<FollowStore>().GetBySlugAsync("mail", default))!.Active);   // a GET changes nothing

        using var wrong = await client.PostAsync("/follow/mail/unsubscribe", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = "nope" }));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, wrong.StatusCode);
        // RFC 8058 one-click: the mail client POSTs to the List-Unsubscribe URL, token in the query.
        using var right = await client.PostAsync($"/follow/mail/unsubscribe?token={follow.UnsubscribeToken}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(System.Net.HttpStatusCode.OK, right.StatusCode);
        Assert.False((await app.Services.GetRequiredService<FollowStore>().GetBySlugAsync("mail", default))!.Active);
    }

    [Fact]
    public async Task The_admin_area_adds_and_removes_follows_and_shows_failed_deliveries_with_their_last_error()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AdminKey);
        async Task<string> PostAsync(string path, Dictionary<string, string> form)
        {
            using var response = await client.PostAsync(path, new FormUrlEncodedContent(form));
            Assert.Equal(System.Net.HttpStatusCode.SeeOther, response.StatusCode);
            return Uri.UnescapeDataString(response.Headers.Location!.ToString());
        }

        var added = await PostAsync("/admin/follows/add", new()
        {
            ["name"] = "Hooked", ["kind"] = "breaking", ["on"] = "new", ["channel"] = "webhook", ["target"] = "http://127.0.0.1:9/hook",
        });
        Assert.EndsWith("Added follow hooked.", added, StringComparison.Ordinal);
        var refused = await PostAsync("/admin/follows/add", new() { ["name"] = "Bad", ["kind"] = "breaking", ["channel"] = "ntfy", ["target"] = "javascript:alert(1)" });
        Assert.Contains("refused: 'javascript:alert(1)' is not an http(s) URL", refused, StringComparison.Ordinal);
        var empty = await PostAsync("/admin/follows/add", new() { ["name"] = "Empty", ["kind"] = "query", ["term"] = "" });
        Assert.Contains("has no word to search for", empty, StringComparison.Ordinal);

        // A delivery parked as failed shows in /admin with its last error.
        var follow = (await app.Services.GetRequiredService<FollowStore>().GetBySlugAsync("hooked", default))!;
        var stories = app.Services.GetRequiredService<StoryStore>();
        var (story, _) = await stories.CreateAsync("parked", DateTimeOffset.UtcNow, default);
        await stories.SaveRevisionAsync(story, "{}", "t", "H", 1, true, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, default,
            hook: (c, tx, id, revision, ct) => NotificationOutbox.EnqueueAsync(c, tx, id, revision, true, _ => true, TimeSpan.Zero, DateTimeOffset.UtcNow, ct));
        var outbox = app.Services.GetRequiredService<NotificationOutbox>();
        var lease = new Lease("admin-test", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
        var entry = Assert.Single(await outbox.LeaseDueAsync(lease, 10, default));
        Assert.True(await outbox.FinishAsync(entry, lease, new DeliveryOutcome.Parked("gave up after 8 tries: HTTP 500: upstream down"), default));

        var page = await client.GetStringAsync("/admin");
        Assert.Contains("Follows (1)", page, StringComparison.Ordinal);
        Assert.Contains("Failed deliveries (1)", page, StringComparison.Ordinal);
        Assert.Contains(entry.DeliveryId, page, StringComparison.Ordinal);
        Assert.Contains("gave up after 8 tries: HTTP 500: upstream down", page, StringComparison.Ordinal);
        Assert.Contains(follow.Secret, page, StringComparison.Ordinal);

        Assert.EndsWith("Removed follow hooked.", await PostAsync("/admin/follows/remove", new() { ["slug"] = "hooked" }), StringComparison.Ordinal);
        Assert.Empty(await app.Services.GetRequiredService<FollowStore>().ListAsync(default));
    }

    [Fact]
    public async Task The_follows_command_adds_lists_and_removes_and_refuses_bad_input_with_a_clear_error()
    {
        var cli = Path.Combine(data, "cli");
        var empty = await CliProcess.RunAsync(cli, "follows", "add", "Nothing", "--query", "  ");
        Assert.Equal(1, empty.Exit);
        Assert.Contains("has no word to search for", empty.Err, StringComparison.Ordinal);
        var ftp = await CliProcess.RunAsync(cli, "follows", "add", "Bad", "--breaking", "--webhook", "ftp://example.org/hook");
        Assert.Equal(1, ftp.Exit);
        Assert.Contains("not an http(s) URL (scheme 'ftp')", ftp.Err, StringComparison.Ordinal);
        var two = await CliProcess.RunAsync(cli, "follows", "add", "Two", "--breaking", "--topic", "Science");
        Assert.Equal(2, two.Exit);

        var add = await CliProcess.RunAsync(cli, "follows", "add", "Breaking news", "--breaking", "--webhook", "http://127.0.0.1:9/hook");
        Assert.True(add.Exit == 0, add.Err);
        Assert.Contains("added follow breaking-news: breaking, new stories -> webhook http://127.0.0.1:9/hook", add.Out, StringComparison.Ordinal);
        Assert.Contains("feed: /feeds/follow/breaking-news.xml", add.Out, StringComparison.Ordinal);
        Assert.Matches("webhook secret .*: [0-9a-f]{64}", add.Out);
        Assert.Equal(0, (await CliProcess.RunAsync(cli, "follows", "add", "Quay", "--query", "eastern quay", "--email", "ed@example.org", "--digest", "daily")).Exit);

        var list = await CliProcess.RunAsync(cli, "follows", "list", "--json");
        using var json = JsonDocument.Parse(list.Out);
        Assert.Equal(["breaking-news", "quay"], json.RootElement.EnumerateArray().Select(f => f.GetProperty("slug").GetString()));
        Assert.Equal("daily", json.RootElement[1].GetProperty("digest").GetString());
        var table = await CliProcess.RunAsync(cli, "follows", "list");
        Assert.Contains("email ed@example.org (daily digest at 07:00 UTC)", table.Out, StringComparison.Ordinal);

        Assert.Equal(0, (await CliProcess.RunAsync(cli, "follows", "remove", "quay")).Exit);
        var again = await CliProcess.RunAsync(cli, "follows", "remove", "quay");
        Assert.Equal(1, again.Exit);
        Assert.Contains("no follow with slug quay", again.Err, StringComparison.Ordinal);
    }
}
