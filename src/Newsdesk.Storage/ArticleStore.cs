using System.Data.Common;
using Dapper;
using Newsdesk.Articles;

namespace Newsdesk.Storage;

/// <summary>
/// A feed item that has no article yet: what the article stage needs to fetch and extract it.
/// <see cref="FirstSeen"/> is when a poll first stored it (newsroom time): the item's time when the feed gives none.
/// <see cref="ContentHash"/> is the item's content as it was read, so a store can tell the item was edited meanwhile.
/// </summary>
public sealed record PendingItem(
    long ItemId, long SourceId, string SourceName, string? Link, string? Title, string? Author,
    DateTimeOffset? Published, string? Summary, string? Content, DateTimeOffset FirstSeen, string? ContentHash = null);

/// <summary>
/// An article ready to store. <see cref="TextSource"/> is "page" or "feed" (feed text only).
/// <see cref="ItemContentHash"/>, when given, is the item's content hash the article was made from:
/// a leased store refuses the article if the item has been edited since (<see cref="ArticleStore.AddAsync(ArticleToStore, Lease, CancellationToken)"/>).
/// </summary>
public sealed record ArticleToStore(
    long ItemId, string Url, string CanonicalUrl, string SourceName, string Title, string? Author,
    DateTimeOffset? Published, string? Language, string? Image, string Text, string TextSource,
    long? SimHash, long? DuplicateOf, DateTimeOffset FetchedAt, string? FetchError, string? ItemContentHash = null);

/// <summary>What a leased store of an article did.</summary>
public abstract record ArticleAdd
{
    /// <summary>Stored (<paramref name="Added"/> false: its canonical URL was already stored, and the item is linked to that article).</summary>
    public sealed record Stored(long Id, bool Added) : ArticleAdd;

    /// <summary>The item's lease ran out first: nothing written; whoever holds it now stores it.</summary>
    public sealed record LeaseLost : ArticleAdd;

    /// <summary>The item was edited after it was read: nothing stored, the item is pending again.</summary>
    public sealed record ItemChanged : ArticleAdd;
}

/// <summary>
/// A stored article with the fields the later stages use. <c>Url</c> is the canonical URL (tracking
/// parameters removed), the address a story links to.
/// </summary>
public sealed record StoredArticle(
    long Id, string Url, string SourceName, string Title, string Text, DateTimeOffset? Published,
    string TextSource, long? DuplicateOf, long? SimHash)
{
    /// <summary>The article as the clustering and writing stages see it.</summary>
    public Article ToArticle() => new(Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Url, SourceName, Title, Text, Published);
}

/// <summary>
/// The articles aggregate: one row per canonical URL, so the same article reached through two
/// feeds or two URLs is stored once; a wire copy points at its first copy through duplicate_of.
/// </summary>
public sealed class ArticleStore(Database database)
{
    private const string Columns = """
        id AS Id, COALESCE(canonical_url, url) AS Url, COALESCE(source_name, '') AS SourceName, COALESCE(title, '') AS Title,
        COALESCE(text, '') AS Text, published_at AS PublishedAt, COALESCE(text_source, 'feed') AS TextSource,
        duplicate_of AS DuplicateOf, simhash AS SimHash
        """;

    private const string PendingSelect = """
        SELECT i.id AS ItemId, i.source_id AS SourceId, COALESCE(s.title, s.url) AS SourceName, i.link AS Link,
               i.title AS Title, i.author AS Author, i.published_at AS PublishedAt, i.summary AS Summary, i.content AS Content,
               i.first_seen_at AS FirstSeenAt, i.content_hash AS ContentHash
        FROM feed_items i
        JOIN sources s ON s.id = i.source_id
        """;

    /// <summary>Feed items that have no article yet, oldest first (leased or not).</summary>
    public Task<IReadOnlyList<PendingItem>> PendingAsync(int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<PendingItem>>(async connection =>
            (await connection.QueryAsync<PendingRow>(new CommandDefinition($"""
                {PendingSelect}
                WHERE NOT EXISTS (SELECT 1 FROM item_articles ia WHERE ia.item_id = i.id)
                ORDER BY i.id
                LIMIT @limit
                """, new { limit }, cancellationToken: ct)))
                .Select(r => r.ToPending())
                .ToList(), ct);

    /// <summary>
    /// Leases up to <paramref name="limit"/> feed items that have no article yet, oldest first,
    /// skipping items another worker is fetching; store each with
    /// <see cref="AddAsync(ArticleToStore, Lease, CancellationToken)"/>.
    /// </summary>
    public Task<IReadOnlyList<PendingItem>> LeasePendingAsync(Lease lease, int limit, CancellationToken ct) =>
        database.WriteAsync<IReadOnlyList<PendingItem>>(async (connection, tx) =>
        {
            var ids = await RowLeases.TakeAsync(connection, tx, database.Dialect, "feed_items", $"""
                SELECT id FROM feed_items i
                WHERE NOT EXISTS (SELECT 1 FROM item_articles ia WHERE ia.item_id = i.id) AND {RowLeases.Free}
                ORDER BY id LIMIT @limit
                """, lease, new { limit }, ct);
            if (ids.Count == 0)
            {
                return [];
            }

            var rows = (await connection.QueryAsync<PendingRow>(new CommandDefinition($"""
                {PendingSelect}
                WHERE i.id {database.Dialect.OneOf("ids")}
                """, new { ids = ids.ToArray() }, tx, cancellationToken: ct))).ToDictionary(r => r.ItemId);
            return ids.Where(rows.ContainsKey).Select(id => rows[id].ToPending()).ToList();
        }, ct);

    /// <summary>
    /// Stores an article and links its feed item to it, in one transaction, and returns its id.
    /// When its canonical URL is already stored (the same article through another feed or URL)
    /// no article is added: the item is linked to the existing one and <c>Added</c> is false.
    /// </summary>
    public Task<(long Id, bool Added)> AddAsync(ArticleToStore article, CancellationToken ct) =>
        database.WriteAsync((connection, tx) => StoreAsync(connection, tx, article, ct), ct);

    /// <summary>
    /// As <see cref="AddAsync(ArticleToStore, CancellationToken)"/> for a leased item: stores and
    /// frees the item's lease only when <paramref name="lease"/>'s owner still holds it unexpired
    /// (else <see cref="ArticleAdd.LeaseLost"/>, nothing written). An item a poll edited while its
    /// page was fetched (its content hash is no longer <see cref="ArticleToStore.ItemContentHash"/>)
    /// gets no article from the old text: its lease is freed, it stays pending, and the next round
    /// makes the article from the edited item (<see cref="ArticleAdd.ItemChanged"/>).
    /// </summary>
    public Task<ArticleAdd> AddAsync(ArticleToStore article, Lease lease, CancellationToken ct) =>
        database.WriteAsync<ArticleAdd>(async (connection, tx) =>
        {
            if (!await RowLeases.FinishAsync(connection, tx, "feed_items", article.ItemId, lease, ct))
            {
                return new ArticleAdd.LeaseLost();
            }

            if (article.ItemContentHash is { } hash && await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
                    "SELECT content_hash FROM feed_items WHERE id = @ItemId", new { article.ItemId }, tx, cancellationToken: ct)) != hash)
            {
                return new ArticleAdd.ItemChanged();
            }

            var (id, added) = await StoreAsync(connection, tx, article, ct);
            return new ArticleAdd.Stored(id, added);
        }, ct);

    /// <summary>Gives an item's lease back (its article could not be stored), so that any worker may fetch it again.</summary>
    public Task<bool> ReleaseAsync(long itemId, string owner, CancellationToken ct) =>
        database.WriteAsync((connection, tx) => RowLeases.ReleaseAsync(connection, tx, "feed_items", itemId, owner, ct), ct);

    private static async Task<(long Id, bool Added)> StoreAsync(DbConnection connection, DbTransaction tx, ArticleToStore article, CancellationToken ct)
    {
        // ON CONFLICT: two workers storing the same canonical URL at once get one row; the second
        // waits for the first's commit, inserts nothing, and links its item to the first's article.
        var newId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
            INSERT INTO articles (item_id, url, canonical_url, source_name, title, author, published_at, language, image,
                                  text, text_source, simhash, duplicate_of, fetched_at, fetch_error)
            VALUES (@ItemId, @Url, @CanonicalUrl, @SourceName, @Title, @Author, @Published, @Language, @Image,
                    @Text, @TextSource, @SimHash, @DuplicateOf, @FetchedAt, @FetchError)
            ON CONFLICT (canonical_url) DO NOTHING
            RETURNING id
            """, new
        {
            article.ItemId, article.Url, article.CanonicalUrl, article.SourceName, article.Title, article.Author,
            Published = UnixMs.From(article.Published), article.Language, article.Image, article.Text, article.TextSource,
            article.SimHash, article.DuplicateOf, FetchedAt = UnixMs.From(article.FetchedAt), article.FetchError,
        }, tx, cancellationToken: ct));
        var id = newId ?? await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT id FROM articles WHERE canonical_url = @CanonicalUrl", new { article.CanonicalUrl }, tx, cancellationToken: ct));
        await LinkAsync(connection, tx, article.ItemId, id, ct);
        return (id, newId is not null);
    }

    private static Task<int> LinkAsync(DbConnection connection, DbTransaction tx, long itemId, long articleId, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO item_articles (item_id, article_id) VALUES (@itemId, @articleId) ON CONFLICT DO NOTHING",
            new { itemId, articleId }, tx, cancellationToken: ct));

    /// <summary>Articles not yet placed in a story, in arrival order (the clustering stage's input).</summary>
    public Task<IReadOnlyList<StoredArticle>> UnclusteredAsync(int limit, CancellationToken ct) =>
        ListAsync($"SELECT {Columns} FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id) ORDER BY id LIMIT @limit", new { limit }, ct);

    /// <summary>Articles placed in stories and published since <paramref name="since"/>, in arrival order (to rebuild the clusterer).</summary>
    public Task<IReadOnlyList<StoredArticle>> ClusteredSinceAsync(DateTimeOffset since, CancellationToken ct) =>
        ListAsync($"SELECT {Columns} FROM articles a WHERE EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id) AND COALESCE(published_at, fetched_at) >= @since ORDER BY id", new { since = UnixMs.From(since) }, ct);

    /// <summary>The simhashes of recent articles (to rebuild the near-duplicate index at start).</summary>
    public Task<IReadOnlyList<StoredArticle>> RecentAsync(int limit, CancellationToken ct) =>
        ListAsync($"SELECT {Columns} FROM articles a ORDER BY id DESC LIMIT @limit", new { limit }, ct);

    /// <summary>Ids of the articles above <paramref name="afterId"/>, ascending (what other workers stored lately).</summary>
    public Task<IReadOnlyList<long>> IdsAfterAsync(long afterId, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<long>>(async connection =>
            (await connection.QueryAsync<long>(new CommandDefinition(
                "SELECT id FROM articles WHERE id > @afterId ORDER BY id LIMIT @limit", new { afterId, limit }, cancellationToken: ct))).ToList(), ct);

    /// <summary>The articles with these ids, in id order.</summary>
    public Task<IReadOnlyList<StoredArticle>> ByIdsAsync(IReadOnlyCollection<long> ids, CancellationToken ct) =>
        ids.Count == 0
            ? Task.FromResult<IReadOnlyList<StoredArticle>>([])
            : ListAsync($"SELECT {Columns} FROM articles a WHERE id {database.Dialect.OneOf("ids")} ORDER BY id", new { ids = ids.ToArray() }, ct);

    public Task<long> CountAsync(CancellationToken ct) =>
        database.ReadAsync(async connection =>
            await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM articles", cancellationToken: ct)), ct);

    private Task<IReadOnlyList<StoredArticle>> ListAsync(string sql, object parameters, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<StoredArticle>>(async connection =>
            (await connection.QueryAsync<ArticleRow>(new CommandDefinition(sql, parameters, cancellationToken: ct)))
                .Select(r => r.ToArticle()).ToList(), ct);

    internal static async Task<IReadOnlyList<StoredArticle>> OfStoryAsync(DbConnection connection, long storyId, CancellationToken ct) =>
        (await connection.QueryAsync<ArticleRow>(new CommandDefinition(
            $"SELECT {Columns} FROM articles a JOIN story_articles sa ON sa.article_id = a.id WHERE sa.story_id = @storyId ORDER BY a.id",
            new { storyId }, cancellationToken: ct)))
            .Select(r => r.ToArticle()).ToList();

    private sealed class PendingRow
    {
        public long ItemId { get; set; }
        public long SourceId { get; set; }
        public string SourceName { get; set; } = "";
        public string? Link { get; set; }
        public string? Title { get; set; }
        public string? Author { get; set; }
        public long? PublishedAt { get; set; }
        public string? Summary { get; set; }
        public string? Content { get; set; }
        public long FirstSeenAt { get; set; }

        public string? ContentHash { get; set; }

        public PendingItem ToPending() => new(ItemId, SourceId, SourceName, Link, Title, Author, UnixMs.To(PublishedAt), Summary, Content, UnixMs.To(FirstSeenAt), ContentHash);
    }

    private sealed class ArticleRow
    {
        public long Id { get; set; }
        public string Url { get; set; } = "";
        public string SourceName { get; set; } = "";
        public string Title { get; set; } = "";
        public string Text { get; set; } = "";
        public long? PublishedAt { get; set; }
        public string TextSource { get; set; } = "feed";
        public long? DuplicateOf { get; set; }
        public long? SimHash { get; set; }

        public StoredArticle ToArticle() => new(Id, Url, SourceName, Title, Text, UnixMs.To(PublishedAt), TextSource, DuplicateOf, SimHash);
    }
}
