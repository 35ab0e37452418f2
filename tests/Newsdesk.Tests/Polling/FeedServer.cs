using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;

namespace Newsdesk.Tests.Polling;

/// <summary>
/// A feed server on 127.0.0.1 for the polling tests (HttpListener on a free port). Each path has a
/// handler; every request is recorded with its headers. Every loop it runs is bounded in count and time.
/// </summary>
internal sealed class FeedServer : IAsyncDisposable
{
    /// <summary>Most bytes the endless body sends before stopping by itself.</summary>
    public const long EndlessCap = 200L * 1024 * 1024;

    private readonly HttpListener listener;
    private readonly ConcurrentDictionary<string, Func<HttpListenerContext, Task>> routes = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public FeedServer()
    {
        (listener, Port) = LoopbackPort.Listen();
        loop = Task.Run(AcceptAsync);
    }

    public int Port { get; }

    public ConcurrentQueue<(string Path, System.Collections.Specialized.NameValueCollection Headers)> Requests { get; } = new();

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    public void Map(string path, Func<HttpListenerContext, Task> handler) => routes[path] = handler;

    public void MapText(string path, string body, string contentType = "application/rss+xml; charset=utf-8", int status = 200, string? etag = null) =>
        Map(path, ctx => Write(ctx, Encoding.UTF8.GetBytes(body), contentType, status, etag));

    public static async Task Write(HttpListenerContext ctx, byte[] body, string contentType, int status = 200, string? etag = null)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = contentType;
        if (etag is not null)
        {
            ctx.Response.AddHeader("ETag", etag);
            if (ctx.Request.Headers["If-None-Match"] == etag)
            {
                ctx.Response.StatusCode = 304;
                ctx.Response.Close();
                return;
            }
        }

        ctx.Response.ContentLength64 = body.Length;
        await ctx.Response.OutputStream.WriteAsync(body);
        ctx.Response.Close();
    }

    public static async Task WriteGzip(HttpListenerContext ctx, string body, string contentType)
    {
        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(body));
        }

        ctx.Response.AddHeader("Content-Encoding", "gzip");
        await Write(ctx, buffer.ToArray(), contentType);
    }

    /// <summary>
    /// Never answers: holds the request until the server stops. A client that gets a result from
    /// it got it from its own timeout, however slow the machine.
    /// </summary>
    public async Task NeverAnswer(HttpListenerContext ctx)
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }

        ctx.Response.Abort();
    }

    /// <summary>Sends chunks until the client hangs up (or EndlessCap bytes, or the server stops).</summary>
    public async Task WriteEndless(HttpListenerContext ctx)
    {
        ctx.Response.ContentType = "application/rss+xml";
        ctx.Response.SendChunked = true;
        var chunk = Encoding.UTF8.GetBytes("<rss><channel>" + new string(' ', 16 * 1024));
        try
        {
            for (long sent = 0; sent < EndlessCap && !stop.IsCancellationRequested; sent += chunk.Length)
            {
                await ctx.Response.OutputStream.WriteAsync(chunk, stop.Token);
            }

            ctx.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            ctx.Response.Abort();
        }
    }

    public static string Rss(string title, params (string Guid, string Title, string Link, string Description)[] items)
    {
        var text = new StringBuilder($"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{title}</title><link>http://example.org/</link>");
        foreach (var item in items)
        {
            text.Append($"<item><guid>{item.Guid}</guid><title>{item.Title}</title><link>{item.Link}</link><description>{item.Description}</description></item>");
        }

        return text.Append("</channel></rss>").ToString();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await listener.GetContextAsync();
            }
            catch (Exception) when (stop.IsCancellationRequested || !listener.IsListening)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                var path = ctx.Request.Url!.AbsolutePath;
                Requests.Enqueue((path, ctx.Request.Headers));
                try
                {
                    if (routes.TryGetValue(path, out var handler))
                    {
                        await handler(ctx);
                    }
                    else
                    {
                        ctx.Response.StatusCode = 404;
                        ctx.Response.Close();
                    }
                }
                catch (Exception)
                {
                    ctx.Response.Abort();
                }
            });
        }
    }


    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Close();
        try
        {
            await loop.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
        }

        stop.Dispose();
    }
}
