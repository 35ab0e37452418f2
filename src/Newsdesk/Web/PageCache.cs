using System.Collections.Concurrent;

namespace Newsdesk.Web;

/// <summary>
/// Rendered responses kept against the catalog's change stamp: when any story changes, the stamp
/// moves and every entry is dropped at once (a story page also shows related stories and the
/// front page shows every story, so per-story invalidation would be wrong). Bounded: past
/// <see cref="SiteOptions.PageCacheEntries"/> new pages are served uncached until the next change.
/// </summary>
internal sealed class PageCache(int capacity)
{
    private Generation current = new(long.MinValue);

    public bool TryGet(long stamp, string key, out CachedPage page)
    {
        var generation = current;
        if (generation.Stamp == stamp && generation.Pages.TryGetValue(key, out var found))
        {
            page = found;
            return true;
        }

        page = null!;
        return false;
    }

    public void Add(long stamp, string key, CachedPage page)
    {
        if (capacity == 0)
        {
            return;
        }

        var generation = current;
        if (generation.Stamp != stamp)
        {
            // The first page rendered after a change starts a new generation; a late writer
            // carrying an older stamp must not replace a newer generation.
            if (generation.Stamp > stamp)
            {
                return;
            }

            var fresh = new Generation(stamp);
            generation = Interlocked.CompareExchange(ref current, fresh, generation) == generation ? fresh : current;
            if (generation.Stamp != stamp)
            {
                return;
            }
        }

        if (generation.Pages.Count < capacity)
        {
            generation.Pages.TryAdd(key, page);
        }
    }

    private sealed record Generation(long Stamp)
    {
        public ConcurrentDictionary<string, CachedPage> Pages { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>A rendered response: status, type, body and its strong ETag.</summary>
internal sealed record CachedPage(int Status, string ContentType, byte[] Body, string ETag);
