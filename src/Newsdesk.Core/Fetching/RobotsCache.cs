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

    private readonly ConcurrentDictionary<string, (RobotsPolicy Policy, DateTimeOffset Expires)> cache = new(StringComparer.OrdinalIgnoreCase);

    public async Task<bool> IsAllowedAsync(Uri url, CancellationToken ct)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        var now = time.GetUtcNow();
        if (!cache.TryGetValue(origin, out var entry) || entry.Expires <= now)
        {
            var policy = await FetchAsync(new Uri(origin + "/robots.txt"), ct);
            entry = (policy, now + (ReferenceEquals(policy, RobotsPolicy.DisallowAll) ? FailureLifetime : Lifetime));
            if (cache.Count >= MaxOrigins)
            {
                foreach (var oldest in cache.OrderBy(e => e.Value.Expires).Take(MaxOrigins / 10).Select(e => e.Key).ToList())
                {
                    cache.TryRemove(oldest, out _);
                }
            }

            cache[origin] = entry;
        }

        return entry.Policy.IsAllowed(url, ProductToken);
    }

    private async Task<RobotsPolicy> FetchAsync(Uri robots, CancellationToken ct)
    {
        var result = await fetcher.FetchAsync(new FetchRequest(robots, Accept: "text/plain, */*;q=0.5"), ct);
        return result switch
        {
            FetchResult.Fetched body => RobotsPolicy.Parse(body.Body),
            FetchResult.Failed { Error: FetchError.HttpStatus } failed when failed.Detail.StartsWith("HTTP 4", StringComparison.Ordinal) => RobotsPolicy.AllowAll,
            FetchResult.Failed { Error: FetchError.TooLarge } => RobotsPolicy.AllowAll,
            _ => RobotsPolicy.DisallowAll,
        };
    }
}
