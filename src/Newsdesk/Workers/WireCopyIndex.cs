using Newsdesk.Storage;

namespace Newsdesk.Workers;

/// <summary>
/// Recognises syndicated wire copies among recent articles: the same agency text on several
/// outlets, lightly edited. Holds the most recent <see cref="Capacity"/> articles' fingerprints in
/// memory, rebuilt from the database at start.
/// </summary>
internal sealed class WireCopyIndex
{
    /// <summary>Recent articles remembered; older ones are forgotten first.</summary>
    public const int Capacity = 20_000;

    private readonly Lock _gate = new();
    private readonly NearDuplicateFinder _finder = new(Capacity);
    private bool _loaded;

    public async Task EnsureLoadedAsync(ArticleStore articles, CancellationToken ct)
    {
        lock (_gate)
        {
            if (_loaded)
            {
                return;
            }
        }

        var recent = await articles.RecentAsync(Capacity, ct);
        lock (_gate)
        {
            if (_loaded)
            {
                return;
            }

            foreach (var article in recent.Reverse())
            {
                _finder.Add(article.Id, article.Text);
            }

            _loaded = true;
        }
    }

    public long? FindOriginal(string text)
    {
        lock (_gate)
        {
            return _finder.FindOriginal(text);
        }
    }

    public void Add(long id, string text)
    {
        lock (_gate)
        {
            _finder.Add(id, text);
        }
    }
}
