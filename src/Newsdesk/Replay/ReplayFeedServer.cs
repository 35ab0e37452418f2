using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using Newsdesk.Demo;

namespace Newsdesk.Replay;

/// <summary>
/// Serves recorded feeds on 127.0.0.1: <c>/{outlet}/feed.xml</c> answers with the outlet's latest
/// capture at or before the replay clock, byte for byte as recorded, with an ETag (a hash of the
/// bytes) and a Last-Modified (the capture time), so conditional GET answers 304 until the next
/// capture. Before an outlet's first capture its feed is an empty channel. Only the current capture
/// of each outlet is held in memory. Dispose it to stop.
/// </summary>
public sealed class ReplayFeedServer : IAsyncDisposable
{
    /// <summary>Largest capture served; a bigger file is answered with 500 (bounded memory).</summary>
    public const int MaxCaptureBytes = 16 * 1024 * 1024;

    private const string FeedFile = "feed.xml";

    private readonly WebApplication _app;
    private readonly ReplayClock _clock;
    private readonly Dictionary<string, Capture[]> _byOutlet;
    private readonly Dictionary<string, Current> _current = new(StringComparer.Ordinal);

    private ReplayFeedServer(WebApplication app, Uri baseUri, ReplayClock clock, IReadOnlyList<Capture> captures)
    {
        _app = app;
        _clock = clock;
        BaseUri = baseUri;
        _byOutlet = captures.GroupBy(c => c.Outlet, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.At).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri BaseUri { get; }

    public IReadOnlyCollection<string> Outlets => _byOutlet.Keys;

    public Uri FeedUrl(string outlet) => new(BaseUri, $"{outlet}/{FeedFile}");

    public static async Task<ReplayFeedServer> StartAsync(ReplayClock clock, IReadOnlyList<Capture> captures, int port, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 0;
            k.Listen(IPAddress.Loopback, port);
        });
        var app = builder.Build();
        ReplayFeedServer? server = null;
        app.Run(http => server is null ? Unavailable(http) : server.HandleAsync(http));
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new ReplayFeedServer(app, new Uri(new Uri(address), "/"), clock, captures);
        return server;
    }

    private static Task Unavailable(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return Task.CompletedTask;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var segments = (http.Request.Path.Value ?? "").Trim('/').Split('/');
        if (segments is not [var outlet, FeedFile] || !_byOutlet.TryGetValue(outlet, out var captures)
            || !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var now = _clock.Now;
        var capture = Latest(captures, now);
        var current = await LoadAsync(outlet, capture, http.RequestAborted);
        if (current is null)
        {
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            Mark(capture);
            return;
        }

        http.Response.Headers.ETag = current.ETag;
        http.Response.Headers.LastModified = HeaderUtilities.FormatDate(current.LastModified);
        http.Response.Headers.CacheControl = "no-cache";
        if (ConditionalGet.NotModified(http.Request, current.ETag, current.LastModified))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            Mark(capture);
            return;
        }

        http.Response.ContentType = "application/xml";
        http.Response.ContentLength = current.Body.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(current.Body, http.RequestAborted);
        }

        Mark(capture);
    }

    private void Mark(Capture? capture)
    {
        if (capture is not null)
        {
            _clock.Served(capture);
        }
    }

    /// <summary>The latest capture at or before <paramref name="now"/> (null before the first).</summary>
    private static Capture? Latest(Capture[] captures, DateTimeOffset now)
    {
        Capture? latest = null;
        foreach (var capture in captures)
        {
            if (capture.At > now)
            {
                break;
            }

            latest = capture;
        }

        return latest;
    }

    /// <summary>The body of the outlet's current capture, read once per capture; null when the file cannot be served.</summary>
    private async Task<Current?> LoadAsync(string outlet, Capture? capture, CancellationToken ct)
    {
        lock (_current)
        {
            if (_current.TryGetValue(outlet, out var cached) && cached.Capture == capture)
            {
                return cached;
            }
        }

        byte[] body;
        DateTimeOffset modified;
        if (capture is null)
        {
            body = Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>{outlet}</title></channel></rss>");
            modified = _clock.From;
        }
        else
        {
            try
            {
                var info = new FileInfo(capture.Path);
                if (info.Length > MaxCaptureBytes)
                {
                    return null;
                }

                body = await File.ReadAllBytesAsync(capture.Path, ct);
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }

            modified = capture.At;
        }

        var current = new Current(capture, body, ConditionalGet.ETagOf(body), Whole(modified));
        lock (_current)
        {
            _current[outlet] = current;
        }

        return current;
    }

    /// <summary>HTTP dates have whole seconds.</summary>
    private static DateTimeOffset Whole(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record Current(Capture? Capture, byte[] Body, string ETag, DateTimeOffset LastModified);
}
