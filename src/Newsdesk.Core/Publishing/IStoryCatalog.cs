using Newsdesk.Text;


namespace Newsdesk.Publishing;

/// <summary>
/// The read side of published stories, all the site, the feeds and the API need. Pages are 1-based;
/// callers bound <c>page</c> and <c>pageSize</c> (see <see cref="Paging"/>). Topic and entity keys
/// are route keys (<see cref="Slug.ForTerm"/>), not display names.
/// </summary>
public interface IStoryCatalog
{
    /// <summary>
    /// A number that changes whenever any published story changes (new, rewritten, merged), so
    /// rendered pages can be cached against it. Implementations keep this cheap.
    /// </summary>
    ValueTask<long> ChangeStampAsync(CancellationToken ct);

    /// <summary>Stories ranked for the front page (<see cref="FrontPageRanking"/>), best first.</summary>
    Task<IReadOnlyList<PublishedStorySummary>> FrontPageAsync(int page, int pageSize, CancellationToken ct);

    /// <summary>
    /// The front page of one language: the stories written in <paramref name="language"/> (an ISO
    /// 639-1 code, <see cref="PublishedStory.Language"/>), ranked as <see cref="FrontPageAsync(int, int, CancellationToken)"/>.
    /// </summary>
    Task<IReadOnlyList<PublishedStorySummary>> FrontPageAsync(string language, int page, int pageSize, CancellationToken ct);

    /// <summary>
    /// The story with this slug, or null. A slug that was merged away resolves to the story it now
    /// belongs to (its <see cref="PublishedStory.Slug"/> differs from the one asked for), so the
    /// site can redirect; a story with a <see cref="PublishedStory.RedirectSlug"/> redirects too.
    /// </summary>
    Task<PublishedStory?> GetBySlugAsync(string slug, CancellationToken ct);

    /// <summary>Full-text search; an empty result for a query with no searchable terms.</summary>
    Task<IReadOnlyList<PublishedStorySummary>> SearchAsync(string query, int page, int pageSize, CancellationToken ct);

    Task<IReadOnlyList<PublishedStorySummary>> TopicAsync(string topicKey, int page, int pageSize, CancellationToken ct);

    Task<IReadOnlyList<PublishedStorySummary>> EntityAsync(string entityKey, int page, int pageSize, CancellationToken ct);

    /// <summary>Stories most related to this one (<see cref="RelatedStories"/>), best first, never itself.</summary>
    Task<IReadOnlyList<PublishedStorySummary>> RelatedAsync(string storyId, int count, CancellationToken ct);

    /// <summary>
    /// The thread of the story with this id: the published stories that develop one another (the
    /// shooting, the arrest, the charges), oldest first, the story itself included; just the story
    /// when it is in no thread; empty for an unknown id. At most the newest <see cref="Paging.MaxThreadStories"/>.
    /// </summary>
    Task<IReadOnlyList<PublishedStorySummary>> ThreadAsync(string storyId, CancellationToken ct);

    Task<IReadOnlyList<SourceHealth>> SourcesAsync(CancellationToken ct);
}
