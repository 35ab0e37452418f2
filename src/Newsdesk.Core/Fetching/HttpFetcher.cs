using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Newsdesk.Fetching;

/// <summary>
/// Fetches one URL politely and safely: conditional GET, decompression, redirects followed by hand
/// (each hop checked), body and time caps counted on the bytes actually read, per-host limits, and
/// the SSRF guard applied to resolved addresses at connect time. Expected failures are returned as
/// <see cref="FetchResult.Failed"/>; only the caller's cancellation throws.
/// </summary>
public sealed class HttpFetcher : IDisposable
{
    /// <summary>Redirects followed before giving up; browsers allow about 20, feeds rarely need more than 2.</summary>
    public const int MaxRedirects = 5;

    private const int ReadBufferBytes = 81920;

    /// <summary>Tries of one request whose connection is reset before any answer (see <see cref="SendAsync"/>).</summary>
    private const int AttemptsOnReset = 2;

    private readonly FetchOptions options;
    private readonly TimeProvider time;
    private readonly HttpClient client;
    private readonly HostGate gate;
    private readonly HashSet<IPAddress> allowed;

    public HttpFetcher(FetchOptions options, TimeProvider time)
    {
        this.options = options;
        this.time = time;
        gate = new HostGate(options.PerHostConcurrency, options.PerHostMinGap, time);
        allowed = options.AllowedAddresses.Select(IPAddress.Parse).ToHashSet();
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            UseProxy = false,
            UseCookies = false,
            MaxConnectionsPerServer = options.PerHostConcurrency,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = options.Timeout,
            ConnectCallback = ConnectAsync,
        };
        client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent.Value);
    }

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            return await FollowAsync(request, linked.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new FetchResult.Failed(FetchError.Timeout, $"no complete answer within {options.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e) when (Find<BlockedAddressException>(e) is { } blocked)
        {
            return new FetchResult.Failed(FetchError.Blocked, blocked.Message);
        }
        catch (HttpRequestException e) when (Find<SocketException>(e) is { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain } dns)
        {
            return new FetchResult.Failed(FetchError.Dns, $"{request.Url.Host} does not resolve ({dns.SocketErrorCode})");
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidDataException or AuthenticationException)
        {
            return new FetchResult.Failed(FetchError.Network, OneLine(Innermost(e).Message));
        }
    }

    private async Task<FetchResult> FollowAsync(FetchRequest request, CancellationToken ct)
    {
        var url = request.Url;
        Uri? permanent = null;
        var allPermanent = true;
        var visited = new HashSet<Uri>();
        for (var hop = 0; ; hop++)
        {
            if (Check(url) is { } refused)
            {
                return refused;
            }

            if (!visited.Add(url))
            {
                return new FetchResult.Failed(FetchError.Redirect, $"redirect loop at {url}");
            }

            using var slot = await gate.EnterAsync(url.IdnHost, ct);
            using var response = await SendAsync(request, url, ct);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                if (hop >= MaxRedirects)
                {
                    return new FetchResult.Failed(FetchError.Redirect, $"more than {MaxRedirects} redirects");
                }

                if (response.Headers.Location is not { } location || !Uri.TryCreate(url, location, out var next))
                {
                    return new FetchResult.Failed(FetchError.Redirect, $"HTTP {status} without a usable Location");
                }

                allPermanent &= status is 301 or 308;
                permanent = allPermanent ? next : null;
                url = next;
                continue;
            }

            if (status == 304)
            {
                return new FetchResult.NotModified(permanent);
            }

            if (status is 429 or 503)
            {
                var wait = RetryAfter.Parse(Header(response, "Retry-After"), time.GetUtcNow());
                if (status == 429 || wait is not null)
                {
                    return new FetchResult.RateLimited(wait ?? TimeSpan.Zero, status);
                }
            }

            if (status is < 200 or > 299)
            {
                return new FetchResult.Failed(FetchError.HttpStatus, $"HTTP {status} {response.ReasonPhrase}".TrimEnd());
            }

            var declared = response.Content.Headers.ContentLength;
            if (declared > options.MaxBodyBytes && response.Content.Headers.ContentEncoding.Count == 0)
            {
                return new FetchResult.Failed(FetchError.TooLarge, $"body of {declared} bytes is over the cap of {options.MaxBodyBytes}");
            }

            var body = await ReadCappedAsync(response.Content, ct);
            if (body is null)
            {
                return new FetchResult.Failed(FetchError.TooLarge, $"body cut off at the cap of {options.MaxBodyBytes} bytes");
            }

            return new FetchResult.Fetched(
                body, url, response.Content.Headers.ContentType?.ToString(), Header(response, "ETag"),
                response.Content.Headers.LastModified, permanent);
        }
    }

    /// <summary>
    /// Sends one GET. A connection the server reset before answering is tried once more on a new
    /// connection: a server closes a keep-alive connection it has seen idle for a while (Apache after
    /// 5 s, .NET's HttpListener after 15 s) and a request sent as it closes is answered with a reset,
    /// which says nothing about the feed. A second reset is the answer (a network failure).
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(FetchRequest request, Uri url, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, url);
            message.Headers.Accept.ParseAdd(request.Accept ?? FetchRequest.FeedAccept);
            if (request.ETag is { Length: > 0 } etag)
            {
                message.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (request.LastModified is { } since)
            {
                message.Headers.IfModifiedSince = since;
            }

            try
            {
                return await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct);
            }
            catch (HttpRequestException e) when (attempt < AttemptsOnReset && IsReset(e) && !ct.IsCancellationRequested)
            {
                // a new connection is opened for the second try: the reset one left the pool
            }
        }
    }

    private static bool IsReset(HttpRequestException e) =>
        Find<SocketException>(e) is { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown }
        || e.HttpRequestError == HttpRequestError.ResponseEnded;

    /// <summary>Reads at most MaxBodyBytes; null when the body is longer, whatever Content-Length said.</summary>
    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[ReadBufferBytes];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > options.MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private FetchResult.Failed? Check(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return new FetchResult.Failed(FetchError.InvalidUrl, $"not an http(s) URL: {url}");
        }

        if (options.LoopbackOnly && !IsLoopbackHost(url))
        {
            return new FetchResult.Failed(FetchError.Blocked, $"{url.Host} is not on loopback, and Newsdesk:Fetch:LoopbackOnly is set (offline)");
        }

        if (IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal) && !IsAllowed(literal))
        {
            return new FetchResult.Failed(
                FetchError.Blocked, $"{url.Host} is {AddressGuard.Forbidden(literal)}; set Newsdesk:Fetch:AllowPrivateAddresses to allow it");
        }

        return null;
    }

    private static bool IsLoopbackHost(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    /// <summary>Resolves the host and connects only to addresses the guard allows (checked after DNS, on every hop).</summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, ct);
        var permitted = addresses.Where(IsAllowed).ToArray();
        if (permitted.Length == 0)
        {
            var why = addresses.Length == 0 ? "no address" : $"{addresses[0]}: {AddressGuard.Forbidden(addresses[0])}";
            throw new BlockedAddressException(
                $"{host} resolves only to forbidden addresses ({why}); set Newsdesk:Fetch:AllowPrivateAddresses to allow it");
        }

        SocketException? last = null;
        foreach (var address in permitted)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(address, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }

    private bool IsAllowed(IPAddress address) =>
        options.AllowPrivateAddresses || AddressGuard.Forbidden(address) is null
        || allowed.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static T? Find<T>(Exception e) where T : Exception
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    public void Dispose() => client.Dispose();
}
