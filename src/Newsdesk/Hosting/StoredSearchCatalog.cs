using Newsdesk.Publishing;
using Newsdesk.Storage;

namespace Newsdesk.Hosting;

/// <summary>
/// The site's catalog: published stories from memory, search from the database's own full-text
/// index (SQLite FTS5 or PostgreSQL's tsvector, through <see cref="StorySearch"/>), which stems
/// words and ranks by relevance. While the database is unreachable, search falls back to the
/// in-memory word match rather than failing the page. Sources and their health come from the
/// database (<see cref="SourceStore"/>), as the poller records them.
/// </summary>
internal sealed class StoredSearchCatalog(InMemoryStoryCatalog stories, StorySearch search, SourceStore sources, TimeProvider time) : IStoryCatalog
{
    /// <summary>The window of <see cref="SourceHealth.ArticlesLast24Hours"/>.</summary>
    private static readonly TimeSpan RecentArticles = TimeSpan.FromHours(24);

    public ValueTask<long> ChangeStampAsync(CancellationToken ct) => stories.ChangeStampAsync(ct);

    public Task<IReadOnlyList<PublishedStorySummary>> FrontPageAsync(int page, int pageSize, CancellationToken ct) =>
        stories.FrontPageAsync(page, pageSize, ct);

    public Task<IReadOnlyList<PublishedStorySummary>> FrontPageAsync(string language, int page, int pageSize, CancellationToken ct) =>
        stories.FrontPageAsync(language, page, pageSize, ct);

    public Task<PublishedStory?> GetBySlugAsync(string slug, CancellationToken ct) => stories.GetBySlugAsync(slug, ct);

    public async Task<IReadOnlyList<PublishedStorySummary>> SearchAsync(string query, int page, int pageSize, CancellationToken ct)
    {
        var offset = (int)Math.Min(int.MaxValue, (Math.Max(1L, page) - 1) * pageSize);
        IReadOnlyList<StorySearchHit> hits;
        try
        {
            hits = await search.SearchAsync(query, offset, pageSize, ct);
        }
        catch (StorageUnavailableException)
        {
            return await stories.SearchAsync(query, page, pageSize, ct);
        }

        var found = new List<PublishedStorySummary>(hits.Count);
        foreach (var hit in hits)
        {
            // A story indexed but not (yet) in this process's catalog is left out, not guessed at.
            if (await stories.GetBySlugAsync(hit.Slug, ct) is { } story && story.Slug == hit.Slug)
            {
                found.Add(story.ToSummary());
            }
        }

        return found;
    }

    public Task<IReadOnlyList<PublishedStorySummary>> TopicAsync(string topicKey, int page, int pageSize, CancellationToken ct) =>
        stories.TopicAsync(topicKey, page, pageSize, ct);

    public Task<IReadOnlyList<PublishedStorySummary>> EntityAsync(string entityKey, int page, int pageSize, CancellationToken ct) =>
        stories.EntityAsync(entityKey, page, pageSize, ct);

    public Task<IReadOnlyList<PublishedStorySummary>> RelatedAsync(string storyId, int count, CancellationToken ct) =>
        stories.RelatedAsync(storyId, count, ct);

    public Task<IReadOnlyList<PublishedStorySummary>> ThreadAsync(string storyId, CancellationToken ct) =>
        stories.ThreadAsync(storyId, ct);

    public async Task<IReadOnlyList<SourceHealth>> SourcesAsync(CancellationToken ct)
    {
        var recent = await sources.ArticlesSinceAsync(time.GetUtcNow() - RecentArticles, ct);
        return (await sources.ListAsync(ct)).Select(s => new SourceHealth(
            s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            string.IsNullOrWhiteSpace(s.Title) ? new Uri(s.Url).Host : s.Title,
            s.Url, s.LastPollAt, s.LastSuccessAt, s.ConsecutiveFailures, s.LastError, recent.GetValueOrDefault(s.Id))).ToList();
    }
}
