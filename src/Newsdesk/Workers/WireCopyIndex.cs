using System.Globalization;
using Newsdesk.Articles;
using Newsdesk.Storage;

namespace Newsdesk.Workers;

/// <summary>
/// Recognises syndicated wire copies among recent articles: the same agency text on several
/// outlets, lightly edited. Holds the most recent <see cref="Capacity"/> articles' fingerprints in
/// memory, rebuilt from the database at start and caught up with what other workers sharing the
/// database stored at the start of every round (<see cref="CatchUpAsync"/>).
/// </summary>
internal sealed class WireCopyIndex
{
    /// <summary>Recent articles remembered; older ones are forgotten first.</summary>
    public const int Capacity = 20_000;

    private readonly Lock _gate = new();
    private readonly NearDuplicateIndex _finder = new(Capacity);
    /// <summary>
    /// Ids below the highest seen that are read again at each catch-up: on PostgreSQL a
    /// transaction that took a lower id can commit after a higher one was read.
    /// </summary>
    private const long CommitOrderSlack = 256;

    /// <summary>Most articles read in one catch-up; the rest wait for the next round.</summary>
    private const int CatchUpBatch = 2_000;

    private readonly Dictionary<long, long> _firstCopyOf = [];
    private readonly HashSet<long> _indexed = [];
    private long _highest;
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
                AddLocked(article.Id, article.Text, article.DuplicateOf);
            }

            _loaded = true;
        }
    }

    /// <summary>The first stored copy of the text this one copies (the root of a copy of a copy), or null.</summary>
    public long? FindOriginal(string text)
    {
        lock (_gate)
        {
            return _finder.FindOriginal(text) is { } match && long.TryParse(match, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? _firstCopyOf.GetValueOrDefault(id, id)
                : null;
        }
    }

    public void Add(long id, string text, long? duplicateOf)
    {
        lock (_gate)
        {
            AddLocked(id, text, duplicateOf);
        }
    }

    /// <summary>
    /// Adds the articles stored since the last look by anyone (other workers sharing the
    /// database), so that a copy fetched here is linked to an original another worker stored.
    /// </summary>
    public async Task CatchUpAsync(ArticleStore articles, CancellationToken ct)
    {
        long from;
        lock (_gate)
        {
            from = Math.Max(0, _highest - CommitOrderSlack);
        }

        var ids = await articles.IdsAfterAsync(from, CatchUpBatch, ct);
        List<long> missing;
        lock (_gate)
        {
            missing = ids.Where(id => !_indexed.Contains(id)).ToList();
        }

        var stored = await articles.ByIdsAsync(missing, ct);
        lock (_gate)
        {
            foreach (var article in stored)
            {
                AddLocked(article.Id, article.Text, article.DuplicateOf);
            }
        }
    }

    private void AddLocked(long id, string text, long? duplicateOf)
    {
        if (!_indexed.Add(id))
        {
            return;   // already indexed (read again inside the commit-order slack, or stored here)
        }

        _highest = Math.Max(_highest, id);
        if (_indexed.Count > 4 * CatchUpBatch)
        {
            _indexed.RemoveWhere(known => known < _highest - CommitOrderSlack);
        }

        _finder.Add(id.ToString(CultureInfo.InvariantCulture), text);
        if (duplicateOf is { } original)
        {
            _firstCopyOf[id] = _firstCopyOf.GetValueOrDefault(original, original);
        }

        if (_firstCopyOf.Count > Capacity * 2)
        {
            _firstCopyOf.Clear();   // bounded; older chains then resolve one step only
        }
    }
}
