using System.Net;
using Newsdesk.Notify;

namespace Newsdesk.Notify;

/// <summary>
/// One POST to an operator-configured destination, bounded like every download: only http(s);
/// no redirect followed (a 3xx is the destination's error, reported with its Location); the whole
/// exchange within <see cref="NotifyOptions.Timeout"/> (on the injected clock); at most
/// <see cref="NotifyOptions.MaxResponseBytes"/> of the answer read, the rest never downloaded.
/// The outcome is a value: delivered, worth a retry (timeout, connection error, 408, 429, 5xx,
/// with Retry-After), or failed for good (other 4xx, a redirect, a refused URL).
/// </summary>
internal sealed class BoundedPost(NotifyOptions options, TimeProvider time) : IDisposable
{
    /// <summary>Characters of the answer quoted in an error message.</summary>
    private const int QuotedAnswerChars = 200;

    private readonly HttpClient client = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        ConnectTimeout = options.Timeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        MaxResponseDrainSize = 0,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public async Task<DeliveryResult> SendAsync(string target, Func<HttpContent> content, IReadOnlyList<KeyValuePair<string, string>> headers, CancellationToken ct)
    {
        if (FollowRules.UrlProblem(target) is { } problem)
        {
            return new DeliveryResult.Failed(problem);
        }

        using var deadline = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = content() };
            request.Headers.UserAgent.ParseAdd("Newsdesk-Notify/1.0");
            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var (answer, cut) = await ReadBoundedAsync(response, linked.Token);
            return Classify(response, answer, cut);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return new DeliveryResult.Retry($"no answer within {options.Timeout.TotalSeconds:0.###} s (Notify:Timeout)");
        }
        catch (HttpRequestException e)
        {
            return new DeliveryResult.Retry($"could not reach {Host(target)}: {e.Message}");
        }
        catch (IOException e)
        {
            return new DeliveryResult.Retry($"connection to {Host(target)} broke: {e.Message}");
        }
    }

    private DeliveryResult Classify(HttpResponseMessage response, string answer, bool cut)
    {
        var code = (int)response.StatusCode;
        var said = $"HTTP {code}{(answer.Length > 0 ? ": " + answer : "")}";
        return code switch
        {
            >= 200 and < 300 => new DeliveryResult.Delivered(cut ? $"HTTP {code} (answer cut at {options.MaxResponseBytes} bytes)" : $"HTTP {code}"),
            >= 300 and < 400 => new DeliveryResult.Failed(
                $"HTTP {code}: redirected to {response.Headers.Location?.ToString() ?? "(no Location)"}; redirects are not followed, configure the final URL"),
            429 or 503 => new DeliveryResult.Retry(said, RetryAfter.Parse(response.Headers.RetryAfter?.ToString(), time.GetUtcNow())),
            408 or >= 500 => new DeliveryResult.Retry(said),
            _ => new DeliveryResult.Failed(said),
        };
    }

    /// <summary>Reads at most MaxResponseBytes of the answer (a lying or missing Content-Length is no bound); true when more was there.</summary>
    private async Task<(string Text, bool Cut)> ReadBoundedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[Math.Max(1, options.MaxResponseBytes)];
        var read = 0;
        while (read < options.MaxResponseBytes)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read, options.MaxResponseBytes - read), ct);
            if (n == 0)
            {
                return (Quote(buffer, read), false);
            }

            read += n;
        }

        var more = await stream.ReadAsync(new byte[1], ct) > 0;
        return (Quote(buffer, read), more);
    }

    private static string Quote(byte[] buffer, int length)
    {
        var text = System.Text.Encoding.UTF8.GetString(buffer, 0, Math.Min(length, QuotedAnswerChars * 4)).ReplaceLineEndings(" ").Trim();
        return text.Length <= QuotedAnswerChars ? text : text[..QuotedAnswerChars] + "…";
    }

    private static string Host(string target) => Uri.TryCreate(target, UriKind.Absolute, out var uri) ? uri.Authority : target;

    public void Dispose() => client.Dispose();
}
