using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newsdesk.Notify;

namespace Newsdesk.Demo;

/// <summary>One webhook delivery the demo's receiver got, as the terminal shows it.</summary>
public sealed record DemoDelivery(DateTimeOffset At, string Id, string Event, string Headline, bool SignatureValid, bool Repeat);

/// <summary>
/// The demo's stand-in for a reader's service: a webhook receiver on 127.0.0.1 that a breaking
/// follow delivers to. It checks each delivery's signature with the follow's secret, notes whether
/// the delivery id was seen before (a receiver deduplicates on it), and answers 204. Bodies are read
/// up to <see cref="MaxBody"/> bytes.
/// </summary>
public sealed class DemoWebhookReceiver : IAsyncDisposable
{
    /// <summary>Most bytes of a delivery read: a story in the API's shape is a few tens of kilobytes.</summary>
    public const int MaxBody = 1024 * 1024;

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<DemoDelivery> _deliveries = new();
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);

    private DemoWebhookReceiver(WebApplication app) => _app = app;

    /// <summary>The address a follow delivers to: http://127.0.0.1:PORT/hook</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The follow's secret, set once the follow exists; until then every signature counts as invalid.</summary>
    public string? Secret { get; set; }

    /// <summary>Every delivery received, oldest first.</summary>
    public IReadOnlyList<DemoDelivery> Deliveries => _deliveries.ToArray();

    public static async Task<DemoWebhookReceiver> StartAsync(CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = MaxBody;
            k.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        var receiver = new DemoWebhookReceiver(app);
        app.MapPost("/hook", receiver.ReceiveAsync);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/hook");
        return receiver;
    }

    private async Task ReceiveAsync(HttpContext http)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted);
        var bytes = body.ToArray();
        var id = http.Request.Headers[WebhookSignature.DeliveryHeader].ToString();
        var valid = Secret is not null && WebhookSignature.Verify(Secret, bytes, http.Request.Headers[WebhookSignature.Header].ToString());
        _deliveries.Enqueue(new DemoDelivery(
            DateTimeOffset.UtcNow, id, http.Request.Headers[WebhookSignature.EventHeader].ToString(), Headline(bytes), valid, !_seen.TryAdd(id, 0)));
        http.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static string Headline(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("story", out var story) && story.TryGetProperty("headline", out var headline)
                ? headline.GetString() ?? ""
                : "";
        }
        catch (JsonException)
        {
            return "(not JSON)";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
