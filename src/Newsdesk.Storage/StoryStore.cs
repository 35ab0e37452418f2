using System.Data.Common;
using Dapper;

namespace Newsdesk.Storage;

/// <summary>A story due for writing: its id, slug and the article-set version the new revision will cover.</summary>
/// <summary>
/// A story due for writing. <paramref name="Requested"/>: a rewrite was asked for (the admin
/// area's re-run), whatever changed.
/// </summary>
public sealed record DueStory(long Id, string Slug, DateTimeOffset CreatedAt, DateTimeOffset ChangedAt, int Revisions, DateTimeOffset? LastWrittenAt, bool Requested = false);

/// <summary>
/// Work done inside the transaction that stores a revision (<paramref name="revision"/> of
/// <paramref name="storyId"/>), committed with it or not at all: the notification outbox.
/// </summary>
public delegate Task RevisionHook(DbConnection connection, DbTransaction transaction, long storyId, int revision, CancellationToken ct);

/// <summary>One stored revision: the published story as JSON, when and why it was written.</summary>
public sealed record StoredRevision(long StoryId, string Slug, int Revision, DateTimeOffset WrittenAt, string Json, string? Reason);

/// <summary>
/// The stories aggregate: a story groups articles, is written in revisions (every one kept), and
/// once merged into another keeps its slug, which then resolves to the story it merged into.
/// </summary>
public sealed class StoryStore(Database database)
{
    /// <summary>Longest slug before the uniqueness suffix.</summary>
    public const int MaxSlugLength = 80;

    private const string DueSelect = """
        SELECT s.id AS Id, s.slug AS Slug, s.created_at AS CreatedAt, s.changed_at AS ChangedAt,
               (SELECT COUNT(*) FROM story_revisions r WHERE r.story_id = s.id) AS Revisions,
               (SELECT MAX(r.written_at) FROM story_revisions r WHERE r.story_id = s.id) AS LastWrittenAt,
               CASE WHEN s.written_for IS NULL THEN 1 ELSE 0 END AS Requested
        FROM stories s
        """;

    /// <summary>
    /// How long a due story may wait for the writer before it goes ahead of newer changes (see
    /// <see cref="LeaseDueAsync"/>), by the newsroom's clock. Three rewrite intervals (the
    /// pipeline's default is 10 minutes): a lag shorter than that is ordinary catching up, served
    /// newest first; a story left longer is stale on the site and is written next.
    /// </summary>
    public static readonly TimeSpan DefaultMaxWait = TimeSpan.FromMinutes(30);

    /// <summary>SQL: since when a due story has waited (rows due before migration 0008 count from their latest change).</summary>
    private const string WaitingSince = "COALESCE(s.due_since, s.changed_at)";

    /// <summary>
    /// SQL assignment for a change to a story: it has been waiting since this change unless it was
    /// already waiting (due_since is NULL exactly while the story is not due).
    /// </summary>
    private const string StillDueSince = "due_since = COALESCE(due_since, @at)";

    /// <summary>
    /// SQL assignment once a revision (or a skip) covers the change at @covers: not waiting, unless
    /// a change arrived while it was written; that one counts from the latest change (the first
    /// change after @covers is not kept; it is at most one write's time older).
    /// </summary>
    private const string CoveredDueSince = "due_since = CASE WHEN changed_at > @covers THEN changed_at ELSE NULL END";

    private readonly StorySearch search = StorySearch.For(database);

    /// <summary>Creates a story with a unique slug built from <paramref name="slugBase"/>.</summary>
    public Task<(long Id, string Slug)> CreateAsync(string slugBase, DateTimeOffset now, CancellationToken ct) =>
        database.WriteAsync((connection, tx) => InsertAsync(connection, tx, slugBase, now, ct), ct);

    /// <summary>
    /// For the clusterer holding <paramref name="role"/>: opens a story for <paramref name="firstArticleId"/>
    /// and places the article in it, in one transaction. Idempotent: when the article is already in
    /// a story (a retried write whose first try did commit), that story is returned, not a second one.
    /// Null (nothing written) when the role lease is no longer held.
    /// </summary>
    public Task<(long Id, string Slug)?> CreateAsync(string slugBase, long firstArticleId, DateTimeOffset now, RoleLease role, CancellationToken ct) =>
        database.WriteAsync<(long Id, string Slug)?>(async (connection, tx) =>
        {
            if (!await LeaseStore.HoldsAsync(connection, tx, role.Name, role.Lease, ct))
            {
                return null;
            }

            var existing = await connection.QueryFirstOrDefaultAsync<(long Id, string Slug)?>(new CommandDefinition("""
                SELECT s.id, s.slug FROM story_articles sa JOIN stories s ON s.id = sa.story_id WHERE sa.article_id = @firstArticleId
                """, new { firstArticleId }, tx, cancellationToken: ct));
            if (existing is { } found)
            {
                return found;
            }

            var (id, slug) = await InsertAsync(connection, tx, slugBase, now, ct);
            await PlaceAsync(connection, tx, id, firstArticleId, now, ct);
            return (id, slug);
        }, ct);

    /// <summary>For the clusterer holding <paramref name="role"/>: places an article in a story (idempotent); false (nothing written) when the role lease is lost.</summary>
    public Task<bool> AddArticleAsync(long storyId, long articleId, DateTimeOffset now, RoleLease role, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            if (!await LeaseStore.HoldsAsync(connection, tx, role.Name, role.Lease, ct))
            {
                return false;
            }

            await PlaceAsync(connection, tx, storyId, articleId, now, ct);
            return true;
        }, ct);

    /// <summary>For the clusterer holding <paramref name="role"/>: as <see cref="MergeAsync(long, long, DateTimeOffset, CancellationToken)"/>; null (nothing written) when the role lease is lost.</summary>
    public Task<string?> MergeAsync(long fromId, long intoId, DateTimeOffset now, RoleLease role, CancellationToken ct) =>
        database.WriteAsync<string?>(async (connection, tx) =>
            await LeaseStore.HoldsAsync(connection, tx, role.Name, role.Lease, ct)
                ? await MergeCoreAsync(connection, tx, fromId, intoId, now, ct)
                : null, ct);

    /// <summary>
    /// For the clusterer holding <paramref name="role"/>: puts story <paramref name="storyId"/> in the
    /// thread of <paramref name="earlierId"/>, the story it develops (the earlier story starts a
    /// thread of its own id if it was in none). Returns the thread id (the id of its first story); 0
    /// when the earlier story does not exist; null (nothing written) when the role lease is no longer held.
    /// </summary>
    public Task<long?> LinkThreadAsync(long storyId, long earlierId, RoleLease role, CancellationToken ct) =>
        database.WriteAsync<long?>(async (connection, tx) =>
        {
            if (!await LeaseStore.HoldsAsync(connection, tx, role.Name, role.Lease, ct))
            {
                return null;
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE stories SET thread_id = id WHERE id = @earlierId AND thread_id IS NULL",
                new { earlierId }, tx, cancellationToken: ct));
            var threadId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT thread_id FROM stories WHERE id = @earlierId", new { earlierId }, tx, cancellationToken: ct));
            if (threadId is null)
            {
                return 0;   // the earlier story is gone: no thread, nothing written
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE stories SET thread_id = @threadId WHERE id = @storyId",
                new { storyId, threadId }, tx, cancellationToken: ct));
            return threadId;
        }, ct);

    /// <summary>Every live story that is in a thread, with its thread id (to load the site's catalog at start).</summary>
    public Task<IReadOnlyList<(long StoryId, long ThreadId)>> ThreadsAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<(long StoryId, long ThreadId)>>(async connection =>
            (await connection.QueryAsync<(long, long)>(new CommandDefinition(
                "SELECT id, thread_id FROM stories WHERE thread_id IS NOT NULL AND merged_into IS NULL ORDER BY id",
                cancellationToken: ct))).ToList(), ct);

    /// <summary>
    /// Leases up to <paramref name="limit"/> stories due for writing (as <see cref="DueAsync"/>:
    /// changed since their latest revision, which is at least <paramref name="minInterval"/> old by
    /// the newsroom's clock <paramref name="newsNow"/>), skipping stories another worker is writing.
    /// Finish each with SaveRevisionAsync or SkipAsync with the lease.
    /// <para>
    /// Order: first the stories that have waited longer than <paramref name="maxWait"/> (since their
    /// oldest unwritten change, <c>due_since</c>), longest wait first; then the rest, newest change
    /// first. Newest first: a writer that lags (a burst, a slow machine, a replay catching up)
    /// publishes the latest news first, so the front page shows it while older changes wait their
    /// turn. The bound: an old change is not starved by a stream of newer ones. Once it has waited
    /// <paramref name="maxWait"/> it goes ahead of every newer change, so its wait is at most
    /// <paramref name="maxWait"/> plus the time to write the stories that became overdue before it.
    /// </para>
    /// </summary>
    public Task<IReadOnlyList<DueStory>> LeaseDueAsync(
        Lease lease, DateTimeOffset newsNow, TimeSpan minInterval, int limit, CancellationToken ct, TimeSpan? maxWait = null) =>
        database.WriteAsync<IReadOnlyList<DueStory>>(async (connection, tx) =>
        {
            var ids = await RowLeases.TakeAsync(connection, tx, database.Dialect, "stories", $"""
                SELECT id FROM stories s
                WHERE s.merged_into IS NULL AND s.changed_at IS NOT NULL
                  AND (s.written_for IS NULL OR s.changed_at > s.written_for)
                  AND {RowLeases.Free}
                  AND NOT EXISTS (SELECT 1 FROM story_revisions r WHERE r.story_id = s.id AND r.written_at > @lastWrittenBy)
                ORDER BY CASE WHEN {WaitingSince} <= @overdueBy THEN 0 ELSE 1 END,
                         CASE WHEN {WaitingSince} <= @overdueBy THEN {WaitingSince} ELSE 0 END,
                         s.changed_at DESC, s.id
                LIMIT @limit
                """, lease, new
            {
                limit,
                lastWrittenBy = UnixMs.From(newsNow - minInterval),
                overdueBy = OverdueBy(newsNow, maxWait ?? DefaultMaxWait),
            }, ct);
            if (ids.Count == 0)
            {
                return [];
            }

            var rows = (await connection.QueryAsync<DueRow>(new CommandDefinition($"""
                {DueSelect}
                WHERE s.id {database.Dialect.OneOf("ids")}
                """, new { ids = ids.ToArray() }, tx, cancellationToken: ct))).ToDictionary(r => r.Id);
            return ids.Where(rows.ContainsKey).Select(id => rows[id].ToDue()).ToList();
        }, ct);

    /// <summary>The news time (ms) a story waiting since then or earlier has waited at least <paramref name="maxWait"/>.</summary>
    private static long OverdueBy(DateTimeOffset newsNow, TimeSpan maxWait) =>
        newsNow - DateTimeOffset.UnixEpoch > maxWait ? UnixMs.From(newsNow - maxWait) : long.MinValue;

    /// <summary>Gives a story's write lease back (writing it failed), so that any worker may try it again.</summary>
    public Task<bool> ReleaseAsync(long storyId, string owner, CancellationToken ct) =>
        database.WriteAsync((connection, tx) => RowLeases.ReleaseAsync(connection, tx, "stories", storyId, owner, ct), ct);

    /// <summary>Places an article in a story (idempotent) and marks the story changed.</summary>
    public Task AddArticleAsync(long storyId, long articleId, DateTimeOffset now, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            await PlaceAsync(connection, tx, storyId, articleId, now, ct);
            return 0;
        }, ct);

    /// <summary>
    /// Folds story <paramref name="fromId"/> into <paramref name="intoId"/>: its articles move, it
    /// records where it went (so its slug redirects), and the surviving story is due for rewriting.
    /// </summary>
    public Task<string> MergeAsync(long fromId, long intoId, DateTimeOffset now, CancellationToken ct) =>
        database.WriteAsync((connection, tx) => MergeCoreAsync(connection, tx, fromId, intoId, now, ct), ct);

    /// <summary>
    /// Stories whose articles changed since their latest revision, and whose latest revision is at
    /// least <paramref name="minInterval"/> old (a new story is due at once), oldest change first.
    /// </summary>
    public Task<IReadOnlyList<DueStory>> DueAsync(DateTimeOffset now, TimeSpan minInterval, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<DueStory>>(async connection =>
            (await connection.QueryAsync<DueRow>(new CommandDefinition($"""
                {DueSelect}
                WHERE s.merged_into IS NULL AND s.changed_at IS NOT NULL
                  AND (s.written_for IS NULL OR s.changed_at > s.written_for)
                ORDER BY s.changed_at, s.id
                """, cancellationToken: ct)))
                .Where(r => r.LastWrittenAt is null || UnixMs.To(r.LastWrittenAt.Value) + minInterval <= now)
                .Take(limit)
                .Select(r => r.ToDue())
                .ToList(), ct);

    /// <summary>Marks a story for rewriting now (the admin area's "re-run").</summary>
    public Task<bool> RequestRewriteAsync(long storyId, DateTimeOffset now, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
            await connection.ExecuteAsync(new CommandDefinition(
                $"UPDATE stories SET changed_at = @at, written_for = NULL, {StillDueSince} WHERE id = @storyId AND merged_into IS NULL",
                new { storyId, at = UnixMs.From(now) }, tx, cancellationToken: ct)) > 0, ct);

    /// <summary>The articles of a story, in arrival order.</summary>
    public Task<IReadOnlyList<StoredArticle>> ArticlesAsync(long storyId, CancellationToken ct) =>
        database.ReadAsync(connection => ArticleStore.OfStoryAsync(connection, storyId, ct), ct);

    /// <summary>
    /// Stores a new revision (numbered after the last) covering the article set as of
    /// <paramref name="coversChangeAt"/>; a change that arrived meanwhile keeps the story due.
    /// </summary>
    public Task<int> SaveRevisionAsync(
        long storyId, string json, string reason, string headline, double significance, bool breaking,
        DateTimeOffset coversChangeAt, DateTimeOffset now, CancellationToken ct, StoryText? text = null, RevisionHook? hook = null) =>
        database.WriteAsync((connection, tx) => SaveRevisionCoreAsync(
            connection, tx, storyId, json, reason, headline, significance, breaking, coversChangeAt, now, text, hook, ct), ct);

    /// <summary>
    /// As the other overload, for a story leased with <see cref="LeaseDueAsync"/>: stores the
    /// revision and frees the lease only when <paramref name="lease"/>'s owner still holds it
    /// unexpired, checked in the same transaction; null (nothing written) when the lease was lost,
    /// so a writer paused past its lease never publishes beside the worker that took the story over.
    /// </summary>
    public Task<int?> SaveRevisionAsync(
        long storyId, string json, string reason, string headline, double significance, bool breaking,
        DateTimeOffset coversChangeAt, DateTimeOffset now, Lease lease, CancellationToken ct, StoryText? text = null, RevisionHook? hook = null) =>
        database.WriteAsync<int?>(async (connection, tx) =>
            await RowLeases.FinishAsync(connection, tx, "stories", storyId, lease, ct)
                ? await SaveRevisionCoreAsync(connection, tx, storyId, json, reason, headline, significance, breaking, coversChangeAt, now, text, hook, ct)
                : null, ct);

    private async Task<int> SaveRevisionCoreAsync(
        DbConnection connection, DbTransaction tx, long storyId, string json, string reason, string headline, double significance, bool breaking,
        DateTimeOffset coversChangeAt, DateTimeOffset now, StoryText? text, RevisionHook? hook, CancellationToken ct)
    {
        if (text is not null)
        {
            await search.IndexAsync(connection, tx, storyId, text, ct);
        }

        var revision = 1 + await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COALESCE(MAX(revision), 0) FROM story_revisions WHERE story_id = @storyId", new { storyId }, tx, cancellationToken: ct));
        var covers = UnixMs.From(coversChangeAt);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO story_revisions (story_id, revision, written_at, json, reason, covers) VALUES (@storyId, @revision, @at, @json, @reason, @covers)",
            new { storyId, revision, at = UnixMs.From(now), json, reason, covers }, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition($"""
            UPDATE stories SET written_for = @covers, updated_at = @at, headline = @headline,
                               significance = @significance, breaking = @breaking, {CoveredDueSince}
            WHERE id = @storyId
            """, new
        {
            storyId, covers, at = UnixMs.From(now), headline, significance, breaking = breaking ? 1 : 0,
        }, tx, cancellationToken: ct));
        if (hook is not null)
        {
            await hook(connection, tx, storyId, revision, ct);
        }

        return revision;
    }

    /// <summary>
    /// Records that the article set as of <paramref name="coversChangeAt"/> was considered and
    /// produced nothing publishable (no supported sentence): the story is due again only when it changes.
    /// </summary>
    public Task SkipAsync(long storyId, DateTimeOffset coversChangeAt, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
            await connection.ExecuteAsync(new CommandDefinition(
                $"UPDATE stories SET written_for = @covers, {CoveredDueSince} WHERE id = @storyId",
                new { storyId, covers = UnixMs.From(coversChangeAt) }, tx, cancellationToken: ct)), ct);

    /// <summary>As the other overload, for a leased story: frees the lease too; false (nothing written) when the lease was lost.</summary>
    public Task<bool> SkipAsync(long storyId, DateTimeOffset coversChangeAt, Lease lease, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            if (!await RowLeases.FinishAsync(connection, tx, "stories", storyId, lease, ct))
            {
                return false;
            }

            await connection.ExecuteAsync(new CommandDefinition(
                $"UPDATE stories SET written_for = @covers, {CoveredDueSince} WHERE id = @storyId",
                new { storyId, covers = UnixMs.From(coversChangeAt) }, tx, cancellationToken: ct));
            return true;
        }, ct);

    /// <summary>The latest revision of every live (not merged) story.</summary>
    public Task<IReadOnlyList<StoredRevision>> LatestRevisionsAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<StoredRevision>>(async connection =>
            (await connection.QueryAsync<RevisionRow>(new CommandDefinition("""
                SELECT r.story_id AS StoryId, s.slug AS Slug, r.revision AS Revision, r.written_at AS WrittenAt, r.json AS Json, r.reason AS Reason
                FROM story_revisions r
                JOIN stories s ON s.id = r.story_id
                WHERE s.merged_into IS NULL
                  AND r.revision = (SELECT MAX(r2.revision) FROM story_revisions r2 WHERE r2.story_id = r.story_id)
                ORDER BY r.story_id
                """, cancellationToken: ct))).Select(r => r.ToRevision()).ToList(), ct);

    /// <summary>Every revision of one story, oldest first (the story page lists them).</summary>
    public Task<IReadOnlyList<StoredRevision>> RevisionsAsync(long storyId, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<StoredRevision>>(async connection =>
            (await connection.QueryAsync<RevisionRow>(new CommandDefinition("""
                SELECT r.story_id AS StoryId, s.slug AS Slug, r.revision AS Revision, r.written_at AS WrittenAt, r.json AS Json, r.reason AS Reason
                FROM story_revisions r JOIN stories s ON s.id = r.story_id
                WHERE r.story_id = @storyId ORDER BY r.revision
                """, new { storyId }, cancellationToken: ct))).Select(r => r.ToRevision()).ToList(), ct);

    /// <summary>Merged-away slugs and earlier slugs of retitled stories, each with the id of the live story it now resolves to.</summary>
    public Task<IReadOnlyList<(string FromSlug, long IntoId)>> RedirectsAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<(string FromSlug, long IntoId)>>(async connection =>
        {
            var rows = (await connection.QueryAsync<(long Id, string Slug, long? MergedInto)>(new CommandDefinition(
                "SELECT id, slug, merged_into FROM stories", cancellationToken: ct))).ToList();
            var byId = rows.ToDictionary(r => r.Id);
            long Live(long id)
            {
                var target = id;
                for (var hops = 0; byId.TryGetValue(target, out var row) && row.MergedInto is { } next && byId.ContainsKey(next) && hops < rows.Count; hops++)
                {
                    target = next;
                }

                return target;
            }

            var redirects = rows.Where(r => r.MergedInto is not null).Select(r => (r.Slug, Live(r.Id))).ToList();

            // Earlier slugs of a retitled story answer for it (or for the story it was merged into).
            redirects.AddRange((await connection.QueryAsync<(string Slug, long StoryId)>(new CommandDefinition(
                "SELECT slug, story_id FROM story_slugs ORDER BY slug", cancellationToken: ct))).Select(r => (r.Slug, Live(r.StoryId))));
            return redirects;
        }, ct);

    /// <summary>Story id and slug of every story with its articles, to rebuild the clusterer's story map at start.</summary>
    public Task<IReadOnlyList<(long StoryId, long ArticleId)>> MembershipAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<(long StoryId, long ArticleId)>>(async connection =>
            (await connection.QueryAsync<(long, long)>(new CommandDefinition(
                "SELECT story_id, article_id FROM story_articles ORDER BY article_id", cancellationToken: ct))).ToList(), ct);

    public Task<long> CountAsync(CancellationToken ct) =>
        database.ReadAsync(async connection =>
            await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM stories WHERE merged_into IS NULL", cancellationToken: ct)), ct);

    /// <summary>
    /// A slug built from <paramref name="slugBase"/> that no story has or had (current slugs and
    /// <c>story_slugs</c>), a counter added when needed; a slug <paramref name="storyId"/> itself had
    /// before is free for it again.
    /// </summary>
    private static async Task<string> FreeSlugAsync(DbConnection connection, DbTransaction tx, string slugBase, long? storyId, CancellationToken ct)
    {
        var stem = string.IsNullOrEmpty(slugBase) ? "story" : slugBase[..Math.Min(slugBase.Length, MaxSlugLength)].Trim('-');
        var slug = stem;
        for (var n = 2; await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            SELECT (SELECT COUNT(*) FROM stories WHERE slug = @slug AND id <> @self)
                 + (SELECT COUNT(*) FROM story_slugs WHERE slug = @slug AND story_id <> @self)
            """, new { slug, self = storyId ?? 0 }, tx, cancellationToken: ct)) > 0; n++)
        {
            slug = $"{stem}-{n}";
        }

        return slug;
    }

    /// <summary>
    /// For the writer holding <paramref name="lease"/> on the story: gives it a slug built from
    /// <paramref name="slugBase"/> (its new headline's) and keeps its current slug in
    /// <c>story_slugs</c>, so that address redirects to the new one (<see cref="RedirectsAsync"/>). The
    /// story's id never changes. Returns the slug now in force (the current one when it already is
    /// built from <paramref name="slugBase"/>); null (nothing written) when the lease was lost.
    /// </summary>
    public Task<string?> RetitleAsync(long storyId, string slugBase, Lease lease, CancellationToken ct) =>
        database.WriteAsync<string?>(async (connection, tx) =>
        {
            var parameters = new DynamicParameters(lease.Parameters);
            parameters.Add("id", storyId);
            var current = await connection.QueryFirstOrDefaultAsync<string?>(new CommandDefinition(
                "SELECT slug FROM stories WHERE id = @id AND lease_owner = @LeaseOwner AND lease_expires_at > @LeaseNow",
                parameters, tx, cancellationToken: ct));
            if (current is null)
            {
                return null;
            }

            var slug = await FreeSlugAsync(connection, tx, slugBase, storyId, ct);
            if (slug == current)
            {
                return current;
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM story_slugs WHERE slug = @slug", new { slug }, tx, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO story_slugs (slug, story_id) VALUES (@current, @storyId)", new { current, storyId }, tx, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE stories SET slug = @slug WHERE id = @storyId", new { slug, storyId }, tx, cancellationToken: ct));
            return slug;
        }, ct);

    private static async Task<(long Id, string Slug)> InsertAsync(DbConnection connection, DbTransaction tx, string slugBase, DateTimeOffset now, CancellationToken ct)
    {
        var slug = await FreeSlugAsync(connection, tx, slugBase, null, ct);
        var at = UnixMs.From(now);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO stories (slug, created_at, updated_at, changed_at, due_since) VALUES (@slug, @at, @at, @at, @at) RETURNING id",
            new { slug, at }, tx, cancellationToken: ct));
        return (id, slug);
    }

    private static async Task PlaceAsync(DbConnection connection, DbTransaction tx, long storyId, long articleId, DateTimeOffset now, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO story_articles (story_id, article_id) VALUES (@storyId, @articleId) ON CONFLICT DO NOTHING",
            new { storyId, articleId }, tx, cancellationToken: ct));
        await TouchAsync(connection, tx, storyId, now, ct);
    }

    private static async Task<string> MergeCoreAsync(DbConnection connection, DbTransaction tx, long fromId, long intoId, DateTimeOffset now, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO story_articles (story_id, article_id)
            SELECT @intoId, article_id FROM story_articles WHERE story_id = @fromId
            ON CONFLICT DO NOTHING
            """, new { fromId, intoId }, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM story_articles WHERE story_id = @fromId", new { fromId }, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE stories SET merged_into = @intoId, updated_at = @at WHERE id = @fromId",
            new { fromId, intoId, at = UnixMs.From(now) }, tx, cancellationToken: ct));
        await TouchAsync(connection, tx, intoId, now, ct);
        return await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT slug FROM stories WHERE id = @fromId", new { fromId }, tx, cancellationToken: ct)) ?? "";
    }

    private static Task<int> TouchAsync(DbConnection connection, DbTransaction tx, long storyId, DateTimeOffset now, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE stories SET changed_at = @at, updated_at = @at, {StillDueSince} WHERE id = @storyId",
            new { storyId, at = UnixMs.From(now) }, tx, cancellationToken: ct));

    private sealed class DueRow
    {
        public long Id { get; set; }
        public string Slug { get; set; } = "";
        public long CreatedAt { get; set; }
        public long ChangedAt { get; set; }
        public long Revisions { get; set; }
        public long? LastWrittenAt { get; set; }

        public long Requested { get; set; }

        public DueStory ToDue() => new(Id, Slug, UnixMs.To(CreatedAt), UnixMs.To(ChangedAt), (int)Revisions, UnixMs.To(LastWrittenAt), Revisions > 0 && Requested == 1);
    }

    private sealed class RevisionRow
    {
        public long StoryId { get; set; }
        public string Slug { get; set; } = "";
        public long Revision { get; set; }
        public long WrittenAt { get; set; }
        public string Json { get; set; } = "";
        public string? Reason { get; set; }

        public StoredRevision ToRevision() => new(StoryId, Slug, (int)Revision, UnixMs.To(WrittenAt), Json, Reason);
    }
}
