using System.Collections.Concurrent;

namespace Newsdesk.Fetching;

/// <summary>
/// Looks up robots.txt per origin through an <see cref="HttpFetcher"/> and keeps each answer for
/// <see cref="Lifetime"/> (RFC 9309 §2.4 allows caching up to 24 hours). One cache per service
/// instance; at most <see cref="MaxOrigins"/> origins are kept, the oldest dropped first.
/// </summary>
public sealed class RobotsCache(HttpFetcher fetcher, TimeProvider time)
{
    public const string ProductToken = "Newsdesk";

    public const int MaxOrigins = 10_000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>An unreachable robots.txt is retried sooner than a readable one is refreshed.</summary>
    public static readonly TimeSpan FailureLifetime = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, Entry> cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>robots.txt fetches under way, one per origin: callers arriving meanwhile wait for it instead of fetching again.</summary>
    private readonly ConcurrentDictionary<string, Lazy<Task<Entry>>> fetching = new(StringComparer.OrdinalIgnoreCase);

    public async Task<bool> IsAllowedAsync(Uri url, CancellationToken ct) => (await CheckAsync(url, ct)).Allowed;

    /// <summary>
    /// Whether <paramref name="url"/> may be fetched, and if not, why: not an http(s) link; its
    /// robots.txt could not be read (the reason, e.g. a loopback or private address the fetcher
    /// refuses); or robots.txt disallows it. Concurrent checks of one origin share one fetch.
    /// </summary>
    public async Task<RobotsVerdict> CheckAsync(Uri url, CancellationToken ct)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return new RobotsVerdict(false, $"the link is not an http(s) URL ({(url.IsAbsoluteUri ? url.Scheme + ":" : "relative")})");
        }

        var origin = url.GetLeftPart(UriPartial.Authority);
        var now = time.GetUtcNow();
        if (!cache.TryGetValue(origin, out var entry) || entry.Expires <= now)
        {
            var shared = fetching.GetOrAdd(origin, o => new Lazy<Task<Entry>>(() => FetchAsync(new Uri(o + "/robots.txt"))));
            try
            {
                entry = await shared.Value.WaitAsync(ct);
            }
            finally
            {
                if (shared.IsValueCreated && shared.Value.IsCompleted)
                {
                    fetching.TryRemove(new KeyValuePair<string, Lazy<Task<Entry>>>(origin, shared));
                }
            }

            if (cache.Count >= MaxOrigins)
            {
                foreach (var oldest in cache.OrderBy(e => e.Value.Expires).Take(MaxOrigins / 10).Select(e => e.Key).ToList())
                {
                    cache.TryRemove(oldest, out _);
                }
            }

            cache[origin] = entry;
        }

        if (entry.Failure is not null)
        {
            return new RobotsVerdict(false, entry.Failure);
        }

        return entry.Policy.IsAllowed(url, ProductToken) ? RobotsVerdict.Yes : new RobotsVerdict(false, "robots.txt disallows fetching the page");
    }

    /// <summary>Fetches robots.txt for everyone waiting on it, so not cancelled by any one of them (the fetcher's timeout bounds it).</summary>
    private async Task<Entry> FetchAsync(Uri robots)
    {
        var result = await fetcher.FetchAsync(new FetchRequest(robots, Accept: "text/plain, */*;q=0.5"), CancellationToken.None);
        var now = time.GetUtcNow();
        return result switch
        {
            FetchResult.Fetched body => new Entry(RobotsPolicy.Parse(body.Body), now + Lifetime, null),
            FetchResult.Failed { Error: FetchError.HttpStatus } failed when failed.Detail.StartsWith("HTTP 4", StringComparison.Ordinal) => new Entry(RobotsPolicy.AllowAll, now + Lifetime, null),
            FetchResult.Failed { Error: FetchError.TooLarge } => new Entry(RobotsPolicy.AllowAll, now + Lifetime, null),
            FetchResult.Failed { Error: FetchError.Blocked } blocked => new Entry(RobotsPolicy.DisallowAll, now + FailureLifetime, $"the link's address is not allowed: {blocked.Detail}"),
            FetchResult.Failed failed => new Entry(RobotsPolicy.DisallowAll, now + FailureLifetime, $"its robots.txt could not be read: {failed.Detail}"),
            _ => new Entry(RobotsPolicy.DisallowAll, now + FailureLifetime, "its robots.txt could not be read"),
        };
    }

    /// <summary>An origin's robots.txt as read: its rules, until when, and why it could not be read (then nothing there is fetched).</summary>
    private sealed record Entry(RobotsPolicy Policy, DateTimeOffset Expires, string? Failure);
}

/// <summary>Whether a page may be fetched; when not, the reason, in words for a log line or an article's note.</summary>
public sealed record RobotsVerdict(bool Allowed, string? Reason)
{
    public static readonly RobotsVerdict Yes = new(true, null);
}
