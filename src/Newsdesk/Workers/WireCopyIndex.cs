using System.Globalization;
using Newsdesk.Articles;
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
    private readonly NearDuplicateIndex _finder = new(Capacity);
    private readonly Dictionary<long, long> _firstCopyOf = [];
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

    private void AddLocked(long id, string text, long? duplicateOf)
    {
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
