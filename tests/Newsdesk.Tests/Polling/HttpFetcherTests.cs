using System.Diagnostics;
using System.Text;
using Newsdesk.Fetching;
using Newsdesk.Testing;

namespace Newsdesk.Tests.Polling;

public sealed class HttpFetcherTests : IAsyncLifetime
{
    private readonly FeedServer server = new();

    private static FetchOptions Options(Action<FetchOptions>? change = null)
    {
        var options = new FetchOptions
        {
            AllowPrivateAddresses = true,
            PerHostMinGap = TimeSpan.Zero,
            // Only a hang reaches it (an endless body or a gzip bomb must end at the cap, not at a
            // timeout, however slow the machine); the timeout tests set their own short one.
            Timeout = Patience.Hang,
            MaxBodyBytes = 256 * 1024,
        };
        change?.Invoke(options);
        return options;
    }

    private async Task<FetchResult> Fetch(string path, FetchOptions? options = null, string? etag = null)
    {
        using var fetcher = new HttpFetcher(options ?? Options(), TimeProvider.System);
        return await fetcher.FetchAsync(new FetchRequest(server.Url(path), etag), CancellationToken.None);
    }

    [Fact]
    public async Task Conditional_get_sends_the_etag_and_gets_not_modified()
    {
        server.MapText("/feed", FeedServer.Rss("F"), etag: "\"v1\"");
        var first = Assert.IsType<FetchResult.Fetched>(await Fetch("/feed"));
        Assert.Equal("\"v1\"", first.ETag);
        Assert.IsType<FetchResult.NotModified>(await Fetch("/feed", etag: first.ETag));
        Assert.Equal("\"v1\"", server.Requests.Last().Headers["If-None-Match"]);
        Assert.StartsWith("Newsdesk/", server.Requests.Last().Headers["User-Agent"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Permanent_redirects_are_reported_and_temporary_ones_are_not()
    {
        server.MapText("/new", FeedServer.Rss("F"));
        server.Map("/old", ctx => { ctx.Response.RedirectLocation = "/new"; ctx.Response.StatusCode = 301; ctx.Response.Close(); return Task.CompletedTask; });
        server.Map("/temp", ctx => { ctx.Response.RedirectLocation = "/old"; ctx.Response.StatusCode = 302; ctx.Response.Close(); return Task.CompletedTask; });

        var moved = Assert.IsType<FetchResult.Fetched>(await Fetch("/old"));
        Assert.Equal(server.Url("/new"), moved.PermanentRedirect);
        Assert.Equal(server.Url("/new"), moved.FinalUrl);
        var temp = Assert.IsType<FetchResult.Fetched>(await Fetch("/temp"));
        Assert.Null(temp.PermanentRedirect);
    }

    [Fact]
    public async Task Redirects_stop_at_the_cap_and_at_a_loop()
    {
        for (var i = 0; i < 10; i++)
        {
            var next = $"/hop{i + 1}";
            server.Map($"/hop{i}", ctx => { ctx.Response.RedirectLocation = next; ctx.Response.StatusCode = 302; ctx.Response.Close(); return Task.CompletedTask; });
        }

        server.Map("/loop", ctx => { ctx.Response.RedirectLocation = "/loop"; ctx.Response.StatusCode = 302; ctx.Response.Close(); return Task.CompletedTask; });
        Assert.Equal(FetchError.Redirect, Assert.IsType<FetchResult.Failed>(await Fetch("/hop0")).Error);
        Assert.Equal(FetchError.Redirect, Assert.IsType<FetchResult.Failed>(await Fetch("/loop")).Error);
        Assert.True(server.Requests.Count(r => r.Path.StartsWith("/hop", StringComparison.Ordinal)) <= HttpFetcher.MaxRedirects + 1);
    }

    [Fact]
    public async Task A_redirect_to_a_forbidden_address_is_refused()
    {
        // The guard stays on; only the test server's own address is let through.
        server.Map("/to-metadata", ctx => { ctx.Response.RedirectLocation = "http://169.254.169.254/latest/meta-data/"; ctx.Response.StatusCode = 302; ctx.Response.Close(); return Task.CompletedTask; });
        server.Map("/to-loopback", ctx => { ctx.Response.RedirectLocation = $"http://127.0.0.2:{server.Port}/feed"; ctx.Response.StatusCode = 301; ctx.Response.Close(); return Task.CompletedTask; });
        server.MapText("/feed", FeedServer.Rss("F"));
        using var fetcher = new HttpFetcher(Options(o => { o.AllowPrivateAddresses = false; o.AllowedAddresses = ["127.0.0.1"]; }), TimeProvider.System);

        Assert.IsType<FetchResult.Fetched>(await fetcher.FetchAsync(new FetchRequest(server.Url("/feed")), CancellationToken.None));
        foreach (var path in new[] { "/to-metadata", "/to-loopback" })
        {
            var result = await fetcher.FetchAsync(new FetchRequest(server.Url(path)), CancellationToken.None);
            Assert.Equal(FetchError.Blocked, Assert.IsType<FetchResult.Failed>(result).Error);
        }
    }

    public static TheoryData<string> ForbiddenUrls => new()
    {
        "http://127.0.0.1:{port}/feed",
        "http://localhost:{port}/feed",
        "http://[::1]:{port}/feed",
        "http://10.0.0.1/feed",
        "http://169.254.169.254/latest/meta-data/",
        "http://0.0.0.0:{port}/feed",
    };

    [Theory]
    [MemberData(nameof(ForbiddenUrls))]
    public async Task Ssrf_guard_refuses_private_addresses_when_not_allowed(string template)
    {
        server.MapText("/feed", FeedServer.Rss("F"));
        using var fetcher = new HttpFetcher(Options(o => o.AllowPrivateAddresses = false), TimeProvider.System);
        var result = await fetcher.FetchAsync(new FetchRequest(new Uri(template.Replace("{port}", server.Port.ToString()))), CancellationToken.None);
        Assert.Equal(FetchError.Blocked, Assert.IsType<FetchResult.Failed>(result).Error);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Loopback_is_fetched_when_allowed()
    {
        server.MapText("/feed", FeedServer.Rss("F"));
        Assert.IsType<FetchResult.Fetched>(await Fetch("/feed"));
    }

    [Theory]
    [InlineData(429, "7", 7)]
    [InlineData(503, "120", 120)]
    [InlineData(429, null, 0)]
    public async Task Rate_limits_carry_retry_after(int status, string? header, int seconds)
    {
        server.Map("/busy", ctx =>
        {
            ctx.Response.StatusCode = status;
            if (header is not null)
            {
                ctx.Response.AddHeader("Retry-After", header);
            }

            ctx.Response.Close();
            return Task.CompletedTask;
        });
        var limited = Assert.IsType<FetchResult.RateLimited>(await Fetch("/busy"));
        Assert.Equal(TimeSpan.FromSeconds(seconds), limited.RetryAfter);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(410)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task Error_statuses_are_failures(int status)
    {
        server.Map("/broken", ctx => { ctx.Response.StatusCode = status; ctx.Response.Close(); return Task.CompletedTask; });
        var failed = Assert.IsType<FetchResult.Failed>(await Fetch("/broken"));
        Assert.Equal(FetchError.HttpStatus, failed.Error);
        Assert.Contains(status.ToString(), failed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_server_times_out()
    {
        // The server never answers, so any result at all is the fetcher's own timeout (a fetch that
        // ignored it would hang until Patience.Hang turned it into a failure).
        server.Map("/slow", server.NeverAnswer);
        var failed = Assert.IsType<FetchResult.Failed>(await Fetch("/slow", Options(o => o.Timeout = TimeSpan.FromMilliseconds(500))).WaitAsync(Patience.Hang));
        Assert.Equal(FetchError.Timeout, failed.Error);
    }

    [Fact]
    public async Task A_body_that_trickles_past_the_timeout_is_cut_off()
    {
        server.Map("/trickle", async ctx =>
        {
            ctx.Response.SendChunked = true;
            for (var i = 0; i < 100; i++)
            {
                await ctx.Response.OutputStream.WriteAsync("<!-- . -->"u8.ToArray());
                await ctx.Response.OutputStream.FlushAsync();
                await Task.Delay(100);
            }

            ctx.Response.Close();
        });
        var failed = Assert.IsType<FetchResult.Failed>(await Fetch("/trickle", Options(o => o.Timeout = TimeSpan.FromMilliseconds(800))));
        Assert.Equal(FetchError.Timeout, failed.Error);
    }

    [Fact]
    public async Task An_endless_body_is_cut_at_the_cap()
    {
        server.Map("/endless", server.WriteEndless);
        var failed = Assert.IsType<FetchResult.Failed>(await Fetch("/endless"));
        Assert.Equal(FetchError.TooLarge, failed.Error);
    }

    [Fact]
    public async Task A_gzip_body_is_decompressed_and_a_gzip_bomb_is_cut_at_the_cap()
    {
        server.Map("/gz", ctx => FeedServer.WriteGzip(ctx, FeedServer.Rss("Zipped"), "application/rss+xml"));
        server.Map("/bomb", ctx => FeedServer.WriteGzip(ctx, new string('a', 4 * 1024 * 1024), "application/rss+xml"));
        var fetched = Assert.IsType<FetchResult.Fetched>(await Fetch("/gz"));
        Assert.Contains("<title>Zipped</title>", Encoding.UTF8.GetString(fetched.Body), StringComparison.Ordinal);
        Assert.Equal(FetchError.TooLarge, Assert.IsType<FetchResult.Failed>(await Fetch("/bomb")).Error);
        Assert.Contains("gzip", server.Requests.First().Headers["Accept-Encoding"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_host_gate_spaces_requests_to_one_host()
    {
        server.MapText("/feed", FeedServer.Rss("F"));
        using var fetcher = new HttpFetcher(Options(o => o.PerHostMinGap = TimeSpan.FromMilliseconds(200)), TimeProvider.System);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fetcher.FetchAsync(new FetchRequest(server.Url("/feed")), CancellationToken.None)));
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(550), $"4 requests 200 ms apart took only {watch.Elapsed}");
    }

    [Theory]
    [InlineData(1, true, 2)]    // the first connection is reset before any answer: the second try gets the feed
    [InlineData(9, false, 2)]   // every connection is reset: a network failure after one more try, no more
    public async Task A_connection_reset_before_any_answer_is_tried_once_more(int resets, bool fetched, int connections)
    {
        await using var resetting = new ResettingServer(resets);
        using var fetcher = new HttpFetcher(Options(), TimeProvider.System);
        var result = await fetcher.FetchAsync(new FetchRequest(resetting.Url), CancellationToken.None);
        if (fetched)
        {
            Assert.Equal("<rss/>", Encoding.UTF8.GetString(Assert.IsType<FetchResult.Fetched>(result).Body));
        }
        else
        {
            Assert.Equal(FetchError.Network, Assert.IsType<FetchResult.Failed>(result).Error);
        }

        Assert.Equal(connections, resetting.Connections);
    }

    /// <summary>
    /// A loopback server that reads each request and answers the first <c>resets</c> connections with
    /// a TCP reset (linger 0), as a server closing an idle keep-alive connection does, then a feed.
    /// </summary>
    private sealed class ResettingServer : IAsyncDisposable
    {
        private readonly System.Net.Sockets.TcpListener listener = new(System.Net.IPAddress.Loopback, 0);
        private readonly CancellationTokenSource stop = new();
        private readonly Task loop;
        private int connections;

        public ResettingServer(int resets)
        {
            listener.Start();
            loop = Task.Run(() => ServeAsync(resets));
        }

        public Uri Url => new($"http://127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}/feed");

        public int Connections => Volatile.Read(ref connections);

        private async Task ServeAsync(int resets)
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    using var socket = await listener.AcceptSocketAsync(stop.Token);
                    var n = Interlocked.Increment(ref connections);
                    var buffer = new byte[8192];
                    var head = "";
                    while (!head.Contains("\r\n\r\n", StringComparison.Ordinal))
                    {
                        var read = await socket.ReceiveAsync(buffer, System.Net.Sockets.SocketFlags.None, stop.Token);
                        if (read == 0)
                        {
                            break;
                        }

                        head += Encoding.ASCII.GetString(buffer, 0, read);
                    }

                    if (n <= resets)
                    {
                        socket.LingerState = new System.Net.Sockets.LingerOption(true, 0);   // close = RST
                        socket.Close();
                        continue;
                    }

                    await socket.SendAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 6\r\nConnection: close\r\n\r\n<rss/>"), System.Net.Sockets.SocketFlags.None, stop.Token);
                    socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);
                }
            }
            catch (OperationCanceledException)
            {
                // stopped
            }
        }

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            listener.Stop();
            await loop;
            stop.Dispose();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await server.DisposeAsync();
}
