using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Newsdesk.Tests.Polling;

namespace Newsdesk.Tests.Notify;

/// <summary>One request a receiver got: its headers and body.</summary>
internal sealed record Received(string Path, string Method, WebHeaderCollection Headers, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);
}

/// <summary>
/// A notification receiver on 127.0.0.1 (the polling tests' HttpListener server): records every
/// request with its body, then answers as the test's handler says.
/// </summary>
internal sealed class Receiver : IAsyncDisposable
{
    /// <summary>Most bytes of a request body recorded.</summary>
    private const int MaxBody = 4 * 1024 * 1024;

    private readonly FeedServer server = new();

    public ConcurrentQueue<Received> Requests { get; } = new();

    public Uri Url(string path) => server.Url(path);

    /// <summary>Records each request to <paramref name="path"/>, then runs <paramref name="answer"/>.</summary>
    public void On(string path, Func<HttpListenerContext, Received, Task> answer) => server.Map(path, async ctx =>
    {
        using var body = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int n;
        while (body.Length < MaxBody && (n = await ctx.Request.InputStream.ReadAsync(buffer)) > 0)
        {
            body.Write(buffer, 0, n);
        }

        var headers = new WebHeaderCollection();
        foreach (string key in ctx.Request.Headers)
        {
            headers[key] = ctx.Request.Headers[key];
        }

        var received = new Received(ctx.Request.Url!.AbsolutePath, ctx.Request.HttpMethod, headers, body.ToArray());
        Requests.Enqueue(received);
        await answer(ctx, received);
    });

    public static Task Status(HttpListenerContext ctx, int status, string? retryAfter = null)
    {
        ctx.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            ctx.Response.AddHeader("Retry-After", retryAfter);
        }

        ctx.Response.Close();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
