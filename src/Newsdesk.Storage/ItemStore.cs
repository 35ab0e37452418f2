using System.Data.Common;
using Dapper;
using Newsdesk.Feeds;
using Newsdesk.Sources;

namespace Newsdesk.Storage;

/// <summary>
/// A feed item ready to store: its identity within the source, its canonical link and a hash of its
/// content. <see cref="FeedText"/>, when given, is the item's text as an article takes it (plain
/// paragraphs): an edited item then refreshes its feed-text article in the same transaction.
/// </summary>
public sealed record ItemToStore(string Guid, string? CanonicalLink, string ContentHash, FeedItem Item)
{
    public Lazy<string>? FeedText { get; init; }
}

/// <summary>
/// What storing one poll's items did. <see cref="Republished"/> counts items recognised as a stored
/// item under a new guid and link (<see cref="Republication"/>); they are among <see cref="Updated"/>.
/// </summary>
public sealed record ItemSaveCounts(int New, int Updated, int Unchanged, int SeenElsewhere, int Republished = 0);

/// <summary>A stored feed item.</summary>
public sealed record StoredItem(
    long Id, long SourceId, string Guid, string? CanonicalLink, string ContentHash, FeedItem Item,
    DateTimeOffset FirstSeenAt, DateTimeOffset LastSeenAt);

/// <summary>
/// The feed items aggregate. An item is one row per (source, guid); an item whose canonical link
/// is already stored (the same article reached through another URL or another feed) is not stored
/// again; an item whose content changed is updated in place; an item with a new guid and a new link
/// that is the republication of an item that left the feed in this very poll
/// (<see cref="Republication"/>) updates that item (its guid, link and text) rather than add one.
/// </summary>
public sealed class ItemStore(Database database)
{
    private const string Columns = """
        id AS Id, source_id AS SourceId, guid AS Guid, canonical_link AS CanonicalLink, content_hash AS ContentHash,
        title AS Title, link AS Link, published_at AS PublishedAt, updated_at AS UpdatedAt, author AS Author,
        summary AS Summary, content AS Content, first_seen_at AS FirstSeenAt, last_seen_at AS LastSeenAt
        """;

    /// <summary>
    /// Stores one poll's items and the source's new state in one transaction: all of it, or none.
    /// The source's update is built from what storing found (how many items were new), inside the transaction.
    /// </summary>
    public Task<ItemSaveCounts> SavePollAsync(
        long sourceId, IReadOnlyList<ItemToStore> items, DateTimeOffset now, Func<ItemSaveCounts, SourcePollUpdate> update, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            var counts = await UpsertAsync(connection, tx, sourceId, items, now, ct);
            await SourceStore.ApplyAsync(connection, tx, sourceId, update(counts), ct);
            return counts;
        }, ct);

    /// <summary>
    /// As <see cref="SavePollAsync(long, IReadOnlyList{ItemToStore}, DateTimeOffset, Func{ItemSaveCounts, SourcePollUpdate}, CancellationToken)"/>
    /// for a leased source: stores the poll and frees the lease only when <paramref name="lease"/>'s
    /// owner still holds it unexpired; null (nothing written) when the lease was lost, so a poll
    /// redone by another worker is never stored twice.
    /// </summary>
    public Task<ItemSaveCounts?> SavePollAsync(
        long sourceId, IReadOnlyList<ItemToStore> items, DateTimeOffset now, Func<ItemSaveCounts, SourcePollUpdate> update, Lease lease, CancellationToken ct) =>
        database.WriteAsync<ItemSaveCounts?>(async (connection, tx) =>
        {
            if (!await RowLeases.FinishAsync(connection, tx, "sources", sourceId, lease, ct))
            {
                return null;
            }

            var counts = await UpsertAsync(connection, tx, sourceId, items, now, ct);
            await SourceStore.ApplyAsync(connection, tx, sourceId, update(counts), ct);
            return counts;
        }, ct);

    public Task<IReadOnlyList<StoredItem>> ListAsync(long sourceId, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<StoredItem>>(async connection =>
            (await connection.QueryAsync<ItemRow>(new CommandDefinition(
                $"SELECT {Columns} FROM feed_items WHERE source_id = @sourceId ORDER BY id", new { sourceId }, cancellationToken: ct)))
                .Select(r => r.ToItem()).ToList(), ct);

    public Task<long> CountAsync(CancellationToken ct) =>
        database.ReadAsync(async connection =>
            await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM feed_items", cancellationToken: ct)), ct);

    private async Task<ItemSaveCounts> UpsertAsync(
        DbConnection connection, DbTransaction tx, long sourceId, IReadOnlyList<ItemToStore> items, DateTimeOffset now, CancellationToken ct)
    {
        // Two workers polling two feeds that carry the same article at once would both find its
        // canonical link unstored; locking each link first (in one order, so never a deadlock)
        // makes the second wait and then find the first's row.
        foreach (var link in items.Select(i => i.CanonicalLink).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            await database.Dialect.LockKeyAsync(connection, tx, "canonical_link:" + link, ct);
        }

        // Reads first: every item's stored row by guid, else by canonical link; then, only when some
        // item is new, the source's items of its previous poll that this poll no longer lists (a
        // republished item's old row is among them). Writes come after, so "previous poll" is read
        // before this poll touches anything.
        var found = new List<Existing?>(items.Count);
        foreach (var item in items)
        {
            var existing = await connection.QuerySingleOrDefaultAsync<Existing>(new CommandDefinition(
                $"SELECT {ExistingColumns} FROM feed_items WHERE source_id = @sourceId AND guid = @Guid",
                new { sourceId, item.Guid }, tx, cancellationToken: ct));
            if (existing is null && item.CanonicalLink is not null)
            {
                existing = await connection.QueryFirstOrDefaultAsync<Existing>(new CommandDefinition(
                    $"SELECT {ExistingColumns} FROM feed_items WHERE canonical_link = @CanonicalLink ORDER BY id LIMIT 1",
                    new { item.CanonicalLink }, tx, cancellationToken: ct));
            }

            found.Add(existing);
        }

        var gone = found.Contains(null) ? await LeftFeedAsync(connection, tx, sourceId, found, ct) : [];

        int added = 0, updated = 0, unchanged = 0, elsewhere = 0, republished = 0;
        var seen = UnixMs.From(now);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var existing = found[i];
            if (existing is null && gone.FirstOrDefault(g => Republication.SameArticle(g.Link, g.Title, item.Item.Link, item.Item.Title)) is { } old)
            {
                gone.Remove(old);
                await connection.ExecuteAsync(new CommandDefinition("""
                    UPDATE feed_items SET guid = @Guid, canonical_link = @CanonicalLink, title = @Title, link = @Link, published_at = @Published,
                        updated_at = @Updated, author = @Author, summary = @Summary, content = @Content,
                        content_hash = @ContentHash, last_seen_at = @seen
                    WHERE id = @Id
                    """, Parameters(sourceId, item, seen, old.Id), tx, cancellationToken: ct));
                if (item.Item.Link is { Length: > 0 } link)
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        "UPDATE articles SET url = @link WHERE id IN (SELECT article_id FROM item_articles WHERE item_id = @itemId)",
                        new { link, itemId = old.Id }, tx, cancellationToken: ct));
                }

                await RefreshArticleAsync(connection, tx, old.Id, item, seen, ct);
                updated++;
                republished++;
            }
            else if (existing is null)
            {
                await connection.ExecuteAsync(new CommandDefinition("""
                    INSERT INTO feed_items (source_id, guid, canonical_link, title, link, published_at, updated_at, author,
                                            summary, content, content_hash, first_seen_at, last_seen_at)
                    VALUES (@sourceId, @Guid, @CanonicalLink, @Title, @Link, @Published, @Updated, @Author,
                            @Summary, @Content, @ContentHash, @seen, @seen)
                    """, Parameters(sourceId, item, seen), tx, cancellationToken: ct));
                added++;
            }
            else if (existing.SourceId != sourceId)
            {
                // The same article through another feed: stored once, under the feed that saw it first.
                await Touch(connection, tx, existing.Id, seen, ct);
                elsewhere++;
            }
            else if (existing.ContentHash != item.ContentHash)
            {
                await connection.ExecuteAsync(new CommandDefinition("""
                    UPDATE feed_items SET canonical_link = @CanonicalLink, title = @Title, link = @Link, published_at = @Published,
                        updated_at = @Updated, author = @Author, summary = @Summary, content = @Content,
                        content_hash = @ContentHash, last_seen_at = @seen
                    WHERE id = @Id
                    """, Parameters(sourceId, item, seen, existing.Id), tx, cancellationToken: ct));
                await RefreshArticleAsync(connection, tx, existing.Id, item, seen, ct);
                updated++;
            }
            else
            {
                await Touch(connection, tx, existing.Id, seen, ct);
                unchanged++;
            }
        }

        return new ItemSaveCounts(added, updated, unchanged, elsewhere, republished);
    }

    /// <summary>
    /// The source's items that its previous poll listed (last seen then) and this one does not: the
    /// only rows a new item may be the republication of. At most <see cref="MaxLeftFeed"/>.
    /// </summary>
    private static async Task<List<Existing>> LeftFeedAsync(
        DbConnection connection, DbTransaction tx, long sourceId, List<Existing?> found, CancellationToken ct)
    {
        var listed = found.OfType<Existing>().Select(e => e.Id).ToHashSet();
        var previous = await connection.QueryAsync<Existing>(new CommandDefinition($"""
            SELECT {ExistingColumns} FROM feed_items
            WHERE source_id = @sourceId AND last_seen_at = (SELECT MAX(last_seen_at) FROM feed_items WHERE source_id = @sourceId)
            ORDER BY id LIMIT @limit
            """, new { sourceId, limit = MaxLeftFeed }, tx, cancellationToken: ct));
        return previous.Where(p => !listed.Contains(p.Id)).ToList();
    }

    /// <summary>
    /// An item republished with edits is an update, not a new item: its article, when it was made
    /// from the feed's own text, takes the new title and text, and the stories holding it are due
    /// for a rewrite. An article made from the page keeps the page's text (the page was fetched).
    /// </summary>
    private static async Task RefreshArticleAsync(DbConnection connection, DbTransaction tx, long itemId, ItemToStore item, long seen, CancellationToken ct)
    {
        if (item.FeedText is null)
        {
            return;
        }

        var title = item.Item.Title ?? "";
        var text = item.FeedText.Value;
        var changed = await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE articles SET title = @title, text = @text
            WHERE text_source = 'feed' AND id IN (SELECT article_id FROM item_articles WHERE item_id = @itemId)
              AND (COALESCE(title, '') <> @title OR COALESCE(text, '') <> @text)
            """, new { itemId, title, text }, tx, cancellationToken: ct));
        if (changed > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE stories SET changed_at = @seen, written_for = NULL, due_since = COALESCE(due_since, @seen)
                WHERE merged_into IS NULL AND id IN (
                    SELECT sa.story_id FROM story_articles sa JOIN item_articles ia ON ia.article_id = sa.article_id WHERE ia.item_id = @itemId)
                """, new { itemId, seen }, tx, cancellationToken: ct));
        }
    }

    private static Task Touch(DbConnection connection, DbTransaction tx, long id, long seen, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE feed_items SET last_seen_at = @seen WHERE id = @id", new { id, seen }, tx, cancellationToken: ct));

    private static object Parameters(long sourceId, ItemToStore item, long seen, long id = 0) => new
    {
        Id = id,
        sourceId,
        item.Guid,
        item.CanonicalLink,
        item.Item.Title,
        item.Item.Link,
        Published = UnixMs.From(item.Item.Published),
        Updated = UnixMs.From(item.Item.Updated),
        item.Item.Author,
        item.Item.Summary,
        item.Item.Content,
        item.ContentHash,
        seen,
    };

    private const string ExistingColumns = "id AS Id, source_id AS SourceId, content_hash AS ContentHash, link AS Link, title AS Title";

    /// <summary>Items of a previous poll read when looking for a republished item (a feed lists a few hundred at most).</summary>
    private const int MaxLeftFeed = 1000;

    private sealed class Existing
    {
        public long Id { get; set; }
        public long SourceId { get; set; }
        public string ContentHash { get; set; } = "";
        public string? Link { get; set; }
        public string? Title { get; set; }
    }

    private sealed class ItemRow
    {
        public long Id { get; set; }
        public long SourceId { get; set; }
        public string Guid { get; set; } = "";
        public string? CanonicalLink { get; set; }
        public string ContentHash { get; set; } = "";
        public string? Title { get; set; }
        public string? Link { get; set; }
        public long? PublishedAt { get; set; }
        public long? UpdatedAt { get; set; }
        public string? Author { get; set; }
        public string? Summary { get; set; }
        public string? Content { get; set; }
        public long FirstSeenAt { get; set; }
        public long LastSeenAt { get; set; }

        public StoredItem ToItem() => new(
            Id, SourceId, Guid, CanonicalLink, ContentHash,
            new FeedItem(Guid, Title, Link, UnixMs.To(PublishedAt), UnixMs.To(UpdatedAt), Author, Summary, Content),
            UnixMs.To(FirstSeenAt), UnixMs.To(LastSeenAt));
    }
}
