using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Hosting;
using Newsdesk.Sources;
using Newsdesk.Storage;

namespace Newsdesk.Tests.Hosting;

/// <summary>
/// On a real host (<c>serve</c>'s composition, SQLite), <c>/api/sources</c> lists the sources in the
/// database with their health, fresh on every request (it answered [] while three sources existed),
/// and the host does not name its server software.
/// </summary>
public sealed class SourcesApiTests : IAsyncLifetime
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "newsdesk-sources-api-" + Guid.NewGuid().ToString("N"));
    private int port;
    private WebApplication app = null!;

    public async Task InitializeAsync()
    {
        // The web role: no poller, so the sources keep the state the test gives them.
        app = ServeHost.Build(ServeRole.Web, LoopbackPort.AnyPort, new Dictionary<string, string?> { ["Newsdesk:DataDir"] = data, ["Newsdesk:CreateDatabase"] = "true" });
        await app.StartAsync();
        port = LoopbackPort.Of(app.Urls);
    }

    public async Task DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Api_sources_lists_every_stored_source_and_sees_a_new_one_at_once()
    {
        var sources = app.Services.GetRequiredService<SourceStore>();
        var now = DateTimeOffset.UtcNow;
        foreach (var url in new[] { "https://one.example/feed", "https://two.example/rss", "https://three.example/atom" })
        {
            await sources.AddAsync(new NewSource(url, url.Contains("two", StringComparison.Ordinal) ? "Two Daily" : null), TimeSpan.FromMinutes(30), now, default);
        }

        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        async Task<List<(string Name, string Url, string State)>> ListAsync()
        {
            using var response = await client.GetAsync("/api/sources");
            Assert.False(response.Headers.Contains("Server"), "the host names its server software");
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return json.RootElement.EnumerateArray()
                .Select(e => (e.GetProperty("name").GetString()!, e.GetProperty("url").GetString()!, e.GetProperty("state").ToString())).ToList();
        }

        var listed = await ListAsync();
        Assert.Equal(["https://one.example/feed", "https://two.example/rss", "https://three.example/atom"], listed.Select(s => s.Url));
        Assert.Equal(["one.example", "Two Daily", "three.example"], listed.Select(s => s.Name));

        await sources.AddAsync(new NewSource("https://four.example/feed"), TimeSpan.FromMinutes(30), now, default);
        Assert.Equal(4, (await ListAsync()).Count);
    }
}
