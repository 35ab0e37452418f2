using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Hosting;
using Newsdesk.Testing;
using Newsdesk.Tests.Polling;
using Newsdesk.Workers;

namespace Newsdesk.Tests.Hosting;

/// <summary>
/// `newsdesk serve` reports its pipeline counters on /healthz and pushes them to an OpenTelemetry collector over OTLP/HTTP when
/// one is configured: a loopback stand-in for the collector receives them.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task PipelineCountersReachTheConfiguredCollector()
    {
        await using var collector = new FeedServer();
        var bodies = new ConcurrentQueue<byte[]>();
        collector.Map("/v1/metrics", async ctx =>
        {
            using var buffer = new MemoryStream();
            await ctx.Request.InputStream.CopyToAsync(buffer);
            bodies.Enqueue(buffer.ToArray());
            await FeedServer.Write(ctx, [], "application/x-protobuf");
        });

        var data = Path.Combine(Path.GetTempPath(), "newsdesk-telemetry-" + Guid.NewGuid().ToString("N"));
        var app = ServeHost.Build(ServeRole.Worker, "http://127.0.0.1:0", new Dictionary<string, string?>
        {
            ["Newsdesk:DataDir"] = data,
            ["Newsdesk:Telemetry:OtlpEndpoint"] = collector.Url("/").AbsoluteUri,
            ["Newsdesk:Telemetry:ExportIntervalSeconds"] = "1",
        });
        await using (app)
        {
            await app.StartAsync();
            app.Services.GetRequiredService<PipelineStats>().ArticleStored(fromPage: true, wireCopy: false);
            using (var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) })
            {
                var health = await client.GetStringAsync(new Uri("/healthz", UriKind.Relative));
                Assert.Contains("\"status\":\"ok\"", health, StringComparison.Ordinal);
                Assert.Contains("\"articles\":1", health, StringComparison.Ordinal);
            }

            var deadline = DateTime.UtcNow + Patience.Hang;
            string? seen = null;
            while (DateTime.UtcNow < deadline && seen is null)
            {
                await Task.Delay(250);
                seen = bodies.Select(b => Encoding.UTF8.GetString(b))
                    .FirstOrDefault(b => b.Contains("newsdesk.articles", StringComparison.Ordinal) && b.Contains("newsdesk.polls", StringComparison.Ordinal));
            }

            await app.StopAsync();
            Assert.True(seen is not null, $"no OTLP export holding newsdesk.articles and newsdesk.polls within {Patience.Hang} ({bodies.Count} exports received)");
            Assert.Contains("service.name", seen, StringComparison.Ordinal);
        }

        Directory.Delete(data, recursive: true);
    }
}
