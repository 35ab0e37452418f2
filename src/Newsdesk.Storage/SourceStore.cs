using System.Data.Common;
using Dapper;
using Newsdesk.Sources;

namespace Newsdesk.Storage;

/// <summary>The sources aggregate: the feeds Newsdesk polls and their polling state.</summary>
public sealed class SourceStore(Database database)
{
    private const string Columns = """
        id AS Id, url AS Url, title AS Title, kind AS Kind, site_url AS SiteUrl, category AS Category,
        etag AS ETag, last_modified AS LastModified, next_poll_at AS NextPollAt, interval_seconds AS IntervalSeconds,
        consecutive_failures AS ConsecutiveFailures, last_poll_at AS LastPollAt, last_success_at AS LastSuccessAt,
        last_error AS LastError, item_count AS ItemCount, created_at AS CreatedAt
        """;

    /// <summary>Adds a source due at once; a URL already stored is left as it is. Returns the stored row and whether it is new.</summary>
    public Task<(Source Source, bool Added)> AddAsync(NewSource source, TimeSpan interval, DateTimeOffset now, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            var inserted = await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO sources (url, title, site_url, category, next_poll_at, interval_seconds, created_at)
                VALUES (@Url, @Title, @SiteUrl, @Category, @Now, @Interval, @Now)
                ON CONFLICT (url) DO NOTHING
                """,
                new { source.Url, source.Title, source.SiteUrl, source.Category, Now = UnixMs.From(now), Interval = (long)interval.TotalSeconds },
                tx, cancellationToken: ct));
            var row = await connection.QuerySingleAsync<SourceRow>(new CommandDefinition(
                $"SELECT {Columns} FROM sources WHERE url = @Url", new { source.Url }, tx, cancellationToken: ct));
            return (row.ToSource(), inserted > 0);
        }, ct);

    /// <summary>Articles per source (by id) taken from its items since <paramref name="since"/> (fetched, or first seen for feed-text articles).</summary>
    public Task<IReadOnlyDictionary<long, int>> ArticlesSinceAsync(DateTimeOffset since, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyDictionary<long, int>>(async connection =>
            (await connection.QueryAsync<(long SourceId, long Count)>(new CommandDefinition("""
                SELECT i.source_id, COUNT(*) FROM articles a JOIN feed_items i ON i.id = a.item_id
                WHERE COALESCE(a.fetched_at, i.first_seen_at) >= @since GROUP BY i.source_id
                """, new { since = UnixMs.From(since) }, cancellationToken: ct)))
                .ToDictionary(r => r.SourceId, r => (int)r.Count), ct);

    public Task<IReadOnlyList<Source>> ListAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<Source>>(async connection =>
            (await connection.QueryAsync<SourceRow>(new CommandDefinition($"SELECT {Columns} FROM sources ORDER BY id", cancellationToken: ct)))
                .Select(r => r.ToSource()).ToList(), ct);

    public Task<Source?> GetAsync(long id, CancellationToken ct) =>
        database.ReadAsync(async connection =>
            (await connection.QuerySingleOrDefaultAsync<SourceRow>(new CommandDefinition(
                $"SELECT {Columns} FROM sources WHERE id = @id", new { id }, cancellationToken: ct)))?.ToSource(), ct);

    /// <summary>Sources whose next poll time has come, the most overdue first.</summary>
    public Task<IReadOnlyList<Source>> DueAsync(DateTimeOffset now, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<Source>>(async connection =>
            (await connection.QueryAsync<SourceRow>(new CommandDefinition(
                $"SELECT {Columns} FROM sources WHERE next_poll_at <= @Now ORDER BY next_poll_at, id LIMIT @limit",
                new { Now = UnixMs.From(now), limit }, cancellationToken: ct)))
                .Select(r => r.ToSource()).ToList(), ct);

    /// <summary>
    /// Leases up to <paramref name="limit"/> due sources to <paramref name="lease"/>'s owner, the
    /// most overdue first, skipping sources another worker holds; their poll is stored with
    /// <see cref="RecordPollAsync(long, SourcePollUpdate, Lease, CancellationToken)"/> or
    /// <see cref="ItemStore.SavePollAsync(long, IReadOnlyList{ItemToStore}, DateTimeOffset, Func{ItemSaveCounts, SourcePollUpdate}, Lease, CancellationToken)"/>.
    /// </summary>
    /// <param name="dueBy">Only sources due by then (default: the lease's now); a round passes its start, so it never polls a source twice.</param>
    public Task<IReadOnlyList<Source>> LeaseDueAsync(Lease lease, int limit, CancellationToken ct, DateTimeOffset? dueBy = null) =>
        database.WriteAsync<IReadOnlyList<Source>>(async (connection, tx) =>
        {
            var ids = await RowLeases.TakeAsync(connection, tx, database.Dialect, "sources",
                $"SELECT id FROM sources WHERE next_poll_at <= @dueBy AND {RowLeases.Free} ORDER BY next_poll_at, id LIMIT @limit",
                lease, new { limit, dueBy = UnixMs.From(dueBy ?? lease.Now) }, ct);
            if (ids.Count == 0)
            {
                return [];
            }

            var rows = (await connection.QueryAsync<SourceRow>(new CommandDefinition(
                $"SELECT {Columns} FROM sources WHERE id {database.Dialect.OneOf("ids")}", new { ids = ids.ToArray() }, tx, cancellationToken: ct))).ToDictionary(r => r.Id);
            return ids.Where(rows.ContainsKey).Select(id => rows[id].ToSource()).ToList();
        }, ct);

    /// <summary>Gives a source's lease back (the poll could not be stored), so that any worker may poll it again.</summary>
    public Task<bool> ReleaseAsync(long id, string owner, CancellationToken ct) =>
        database.WriteAsync((connection, tx) => RowLeases.ReleaseAsync(connection, tx, "sources", id, owner, ct), ct);

    /// <summary>The earliest next poll time of any source, or null when there is none.</summary>
    public Task<DateTimeOffset?> NextDueAsync(CancellationToken ct) =>
        database.ReadAsync(async connection => UnixMs.To(await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MIN(next_poll_at) FROM sources", cancellationToken: ct))), ct);

    /// <summary>
    /// Makes every source due at <paramref name="now"/>, whatever its schedule or backoff (a replay
    /// that steps its story time polls every outlet once at each step); returns how many sources.
    /// </summary>
    public Task<int> MakeAllDueAsync(DateTimeOffset now, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
            await connection.ExecuteAsync(new CommandDefinition("UPDATE sources SET next_poll_at = @now", new { now = UnixMs.From(now) }, tx, cancellationToken: ct)), ct);

    /// <summary>
    /// Makes one source due at <paramref name="now"/>, whatever its schedule or backoff (a replay
    /// polls an outlet as soon as its next capture becomes current). False when there is no such source.
    /// </summary>
    public Task<bool> MakeDueAsync(long id, DateTimeOffset now, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE sources SET next_poll_at = @now WHERE id = @id", new { id, now = UnixMs.From(now) }, tx, cancellationToken: ct)) > 0, ct);

    /// <summary>Removes a source and its items. False when there was no such source.</summary>
    public Task<bool> RemoveAsync(long id, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
            await connection.ExecuteAsync(new CommandDefinition("DELETE FROM sources WHERE id = @id", new { id }, tx, cancellationToken: ct)) > 0, ct);

    /// <summary>Records a poll that stored no items (not modified, rate limited, failed).</summary>
    public Task RecordPollAsync(long id, SourcePollUpdate update, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            await ApplyAsync(connection, tx, id, update, ct);
            return true;
        }, ct);

    /// <summary>
    /// Records a leased source's poll that stored no items, and frees the lease, only when
    /// <paramref name="lease"/>'s owner still holds it unexpired; false (nothing written) otherwise.
    /// </summary>
    public Task<bool> RecordPollAsync(long id, SourcePollUpdate update, Lease lease, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            if (!await RowLeases.FinishAsync(connection, tx, "sources", id, lease, ct))
            {
                return false;
            }

            await ApplyAsync(connection, tx, id, update, ct);
            return true;
        }, ct);

    /// <summary>Writes a poll's outcome onto the source row, inside the caller's transaction.</summary>
    internal static async Task ApplyAsync(DbConnection connection, DbTransaction tx, long id, SourcePollUpdate update, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE sources SET
                last_poll_at = @PolledAt,
                last_success_at = CASE WHEN @Succeeded = 1 THEN @PolledAt ELSE last_success_at END,
                last_error = @Error,
                next_poll_at = @NextPollAt,
                interval_seconds = @Interval,
                consecutive_failures = @Failures,
                etag = CASE WHEN @ReplaceValidators = 1 THEN @ETag ELSE etag END,
                last_modified = CASE WHEN @ReplaceValidators = 1 THEN @LastModified ELSE last_modified END,
                title = COALESCE(title, @Title),
                site_url = COALESCE(site_url, @SiteUrl),
                kind = COALESCE(@Kind, kind),
                item_count = (SELECT COUNT(*) FROM feed_items WHERE source_id = @id)
            WHERE id = @id
            """,
            new
            {
                id,
                PolledAt = UnixMs.From(update.PolledAt),
                Succeeded = update.Succeeded ? 1 : 0,
                update.Error,
                NextPollAt = UnixMs.From(update.Schedule.NextPollAt),
                Interval = (long)update.Schedule.Interval.TotalSeconds,
                Failures = (long)update.Schedule.ConsecutiveFailures,
                ReplaceValidators = update.ReplaceValidators ? 1 : 0,
                update.ETag,
                LastModified = UnixMs.From(update.LastModified),
                update.Title,
                update.SiteUrl,
                update.Kind,
            }, tx, cancellationToken: ct));

        if (update.MovedTo is { } movedTo)
        {
            // A permanent redirect moves the source, unless another source already has that URL.
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE sources SET url = @movedTo WHERE id = @id AND NOT EXISTS (SELECT 1 FROM sources WHERE url = @movedTo)",
                new { id, movedTo }, tx, cancellationToken: ct));
        }
    }

    private sealed class SourceRow
    {
        public long Id { get; set; }
        public string Url { get; set; } = "";
        public string? Title { get; set; }
        public string Kind { get; set; } = "";
        public string? SiteUrl { get; set; }
        public string? Category { get; set; }
        public string? ETag { get; set; }
        public long? LastModified { get; set; }
        public long NextPollAt { get; set; }
        public long IntervalSeconds { get; set; }
        public long ConsecutiveFailures { get; set; }
        public long? LastPollAt { get; set; }
        public long? LastSuccessAt { get; set; }
        public string? LastError { get; set; }
        public long ItemCount { get; set; }
        public long CreatedAt { get; set; }

        public Source ToSource() => new(
            Id, Url, Title, Kind, SiteUrl, Category, ETag, UnixMs.To(LastModified), UnixMs.To(NextPollAt),
            TimeSpan.FromSeconds(IntervalSeconds), (int)ConsecutiveFailures, UnixMs.To(LastPollAt), UnixMs.To(LastSuccessAt),
            LastError, (int)ItemCount, UnixMs.To(CreatedAt));
    }
}
