using System.Data.Common;
using Dapper;
using Newsdesk.Notify;

namespace Newsdesk.Storage;

/// <summary>One delivery to make: a follow's notice of one story revision (or one story of a digest).</summary>
public sealed record OutboxEntry(
    long Id, long FollowId, long StoryId, int Revision, string Event, int Attempts,
    DateTimeOffset CreatedAt, DateTimeOffset DueAt, DateTimeOffset? DigestAt, string State, string? LastError, DateTimeOffset? SentAt)
{
    /// <summary>
    /// The id a receiver deduplicates on: the same for every retry of this (follow, story revision),
    /// and never the same for two of them.
    /// </summary>
    public string DeliveryId => $"nd-{FollowId}-{StoryId}-{Revision}";
}

/// <summary>A stored revision as a delivery sends it.</summary>
public sealed record RevisionForDelivery(long StoryId, string Slug, int Revision, string Json);

/// <summary>Counts of one follow's deliveries by state, for /admin and <c>follows list</c>.</summary>
public sealed record FollowDeliveryCounts(long FollowId, int Pending, int Sent, int Failed, int Dropped);

/// <summary>Event names of a delivery.</summary>
public static class OutboxEvents
{
    public const string New = "story.new";
    public const string Revised = "story.revised";
}

/// <summary>
/// The notification outbox. Rows are written by <see cref="EnqueueAsync"/> inside the transaction
/// that stores a story revision (StoryStore.SaveRevisionAsync's hook), so a revision and its
/// deliveries are committed together; unique (follow, story, revision) keeps any of them from
/// being queued twice. Workers lease due rows (FOR UPDATE SKIP LOCKED on PostgreSQL, like every
/// row lease, docs/scale.md), send, and record the outcome in the transaction that frees the lease,
/// only while they still hold it.
/// </summary>
public sealed class NotificationOutbox(Database database)
{
    private const string EntryColumns = """
        id AS Id, follow_id AS FollowId, story_id AS StoryId, revision AS Revision, event AS Event, attempts AS Attempts,
        created_at AS CreatedAt, due_at AS DueAt, digest_at AS DigestAt, state AS State, last_error AS LastError, sent_at AS SentAt
        """;

    /// <summary>
    /// Inside a revision's transaction: queues a delivery of story <paramref name="storyId"/>'s
    /// revision <paramref name="revision"/> for every active follow with a destination that
    /// <paramref name="matches"/>. A follow "on new" gets a story once (its first matching
    /// revision); a follow "on revision" gets each, but no sooner than <paramref name="minGap"/>
    /// after the last one queued for that story, and a newer revision replaces one still waiting
    /// (never tried), so five revisions in an hour make one notice per gap with the latest text.
    /// Digest follows' rows wait for the follow's next digest time. Returns the rows queued or updated.
    /// </summary>
    public static async Task<int> EnqueueAsync(
        DbConnection connection, DbTransaction tx, long storyId, int revision, bool firstRevision,
        Func<FollowSpec, bool> matches, TimeSpan minGap, DateTimeOffset now, CancellationToken ct)
    {
        var queued = 0;
        foreach (var follow in await FollowStore.ListAsync(connection, tx, ct))
        {
            if (!follow.Active || follow.Spec.Channel == Channel.None || !matches(follow.Spec))
            {
                continue;
            }

            var earlier = (await connection.QueryAsync<EntryRow>(new CommandDefinition(
                $"SELECT {EntryColumns}, lease_expires_at AS LeaseExpiresAt FROM outbox WHERE follow_id = @followId AND story_id = @storyId ORDER BY id DESC",
                new { followId = follow.Id, storyId }, tx, cancellationToken: ct))).ToList();
            if (follow.Spec.On == FollowTrigger.New && earlier.Count > 0)
            {
                continue;
            }

            var nowMs = UnixMs.From(now);
            var waiting = earlier.FirstOrDefault(e => e.State == "pending" && e.Attempts == 0 && (e.LeaseExpiresAt is null || e.LeaseExpiresAt <= nowMs));
            if (waiting is not null)
            {
                if (waiting.Revision < revision)
                {
                    queued += await connection.ExecuteAsync(new CommandDefinition(
                        "UPDATE outbox SET revision = @revision WHERE id = @id", new { revision, id = waiting.Id }, tx, cancellationToken: ct));
                }

                continue;
            }

            var due = now;
            if (earlier.Count > 0 && UnixMs.To(earlier.Max(e => e.CreatedAt)) + minGap > due)
            {
                due = UnixMs.To(earlier.Max(e => e.CreatedAt)) + minGap;
            }

            DateTimeOffset? digestAt = follow.Spec.Digest == DigestSchedule.Immediate ? null : DigestClock.Next(follow.Spec.Digest, follow.Spec.DigestHour, due);
            queued += await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO outbox (follow_id, story_id, revision, event, created_at, due_at, digest_at)
                VALUES (@followId, @storyId, @revision, @event, @at, @due, @digestAt)
                ON CONFLICT (follow_id, story_id, revision) DO NOTHING
                """, new
            {
                followId = follow.Id, storyId, revision, @event = firstRevision || earlier.Count == 0 ? OutboxEvents.New : OutboxEvents.Revised,
                at = nowMs, due = UnixMs.From(digestAt ?? due), digestAt = UnixMs.From(digestAt),
            }, tx, cancellationToken: ct));
        }

        return queued;
    }

    /// <summary>
    /// Leases up to <paramref name="limit"/> pending rows due by the lease's time, oldest first,
    /// skipping rows another worker holds. A digest row brings every other due row of its follow
    /// along, so one worker sends the whole digest.
    /// </summary>
    public Task<IReadOnlyList<OutboxEntry>> LeaseDueAsync(Lease lease, int limit, CancellationToken ct) =>
        database.WriteAsync<IReadOnlyList<OutboxEntry>>(async (connection, tx) =>
        {
            var ids = (await RowLeases.TakeAsync(connection, tx, database.Dialect, "outbox", $"""
                SELECT id FROM outbox WHERE state = 'pending' AND due_at <= @LeaseNow AND {RowLeases.Free}
                ORDER BY due_at, id LIMIT @limit
                """, lease, new { limit }, ct)).ToList();
            if (ids.Count == 0)
            {
                return [];
            }

            var digestFollows = (await connection.QueryAsync<long>(new CommandDefinition(
                $"SELECT DISTINCT follow_id FROM outbox WHERE digest_at IS NOT NULL AND id {database.Dialect.OneOf("ids")}",
                new { ids = ids.ToArray() }, tx, cancellationToken: ct))).ToArray();
            if (digestFollows.Length > 0)
            {
                ids.AddRange(await RowLeases.TakeAsync(connection, tx, database.Dialect, "outbox", $"""
                    SELECT id FROM outbox WHERE state = 'pending' AND digest_at IS NOT NULL AND due_at <= @LeaseNow AND {RowLeases.Free}
                      AND follow_id {database.Dialect.OneOf("follows")}
                    ORDER BY id
                    """, lease, new { follows = digestFollows }, ct));
            }

            return (await connection.QueryAsync<EntryRow>(new CommandDefinition(
                $"SELECT {EntryColumns} FROM outbox WHERE id {database.Dialect.OneOf("ids")} ORDER BY due_at, id",
                new { ids = ids.ToArray() }, tx, cancellationToken: ct))).Select(r => r.ToEntry()).ToList();
        }, ct);

    /// <summary>
    /// Renews this worker's leases on the deliveries <paramref name="ids"/> it is sending (the
    /// worker's heartbeat, every third of the lease) and returns the ids it still holds; a row left
    /// out was lost (its lease ran out first), and its outcome must not be stored by this worker.
    /// </summary>
    public Task<IReadOnlySet<long>> RenewAsync(IReadOnlyCollection<long> ids, Lease lease, CancellationToken ct) =>
        database.WriteAsync((connection, tx) => RowLeases.RenewAsync(connection, tx, database.Dialect, "outbox", ids, lease, ct), ct);

    /// <summary>
    /// Takes a send slot for <paramref name="destination"/>, shared by every worker on the database:
    /// null when this caller may send now (the destination is then closed until now + <paramref name="gap"/>),
    /// else the time its next slot opens. One statement decides, so two workers never take one slot.
    /// </summary>
    public Task<DateTimeOffset?> TakeSendSlotAsync(string destination, DateTimeOffset now, TimeSpan gap, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            var at = UnixMs.From(now);
            var taken = await connection.QueryFirstOrDefaultAsync<long?>(new CommandDefinition("""
                INSERT INTO destination_gates (destination, next_allowed) VALUES (@destination, @next)
                ON CONFLICT (destination) DO UPDATE SET next_allowed = excluded.next_allowed
                WHERE destination_gates.next_allowed <= @at
                RETURNING next_allowed
                """, new { destination, next = UnixMs.From(now + gap), at }, tx, cancellationToken: ct));
            if (taken is not null)
            {
                return (DateTimeOffset?)null;
            }

            var opens = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT next_allowed FROM destination_gates WHERE destination = @destination",
                new { destination }, tx, cancellationToken: ct));
            return UnixMs.To(opens);
        }, ct);

    /// <summary>Keeps <paramref name="destination"/> closed until at least <paramref name="until"/> (its Retry-After), for every worker.</summary>
    public Task HoldDestinationAsync(string destination, DateTimeOffset until, CancellationToken ct) =>
        database.WriteAsync((connection, tx) => connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO destination_gates (destination, next_allowed) VALUES (@destination, @until)
            ON CONFLICT (destination) DO UPDATE SET next_allowed = excluded.next_allowed
            WHERE destination_gates.next_allowed < excluded.next_allowed
            """, new { destination, until = UnixMs.From(until) }, tx, cancellationToken: ct)), ct);

    /// <summary>
    /// Records how a try went and frees the lease, only while <paramref name="lease"/> still holds
    /// the row (false: the lease expired and another worker may have it; nothing is written). The
    /// follow keeps the last error for /admin, cleared by its next success.
    /// </summary>
    public Task<bool> FinishAsync(OutboxEntry entry, Lease lease, DeliveryOutcome outcome, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            if (!await RowLeases.FinishAsync(connection, tx, "outbox", entry.Id, lease, ct))
            {
                return false;
            }

            var at = UnixMs.From(lease.Now);
            var (state, due, error, sentAt) = outcome switch
            {
                DeliveryOutcome.Sent => ("sent", UnixMs.From(entry.DueAt), (string?)null, (long?)at),
                DeliveryOutcome.Later later => ("pending", UnixMs.From(later.DueAt), later.Error, null),
                DeliveryOutcome.Parked parked => ("failed", UnixMs.From(entry.DueAt), parked.Error, null),
                _ => ("failed", UnixMs.From(entry.DueAt), "unknown outcome", null),
            };
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE outbox SET state = @state, attempts = attempts + 1, due_at = @due, last_error = COALESCE(@error, last_error), sent_at = @sentAt
                WHERE id = @id
                """, new { state, due, error, sentAt, id = entry.Id }, tx, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE follows SET last_error = @error, last_error_at = @errorAt WHERE id = @followId",
                new { error, errorAt = error is null ? (long?)null : at, followId = entry.FollowId }, tx, cancellationToken: ct));
            return true;
        }, ct);

    /// <summary>
    /// Puts a leased row back without counting a try: due again at <paramref name="dueAt"/> (a
    /// destination's rate limit), or dropped with <paramref name="dropReason"/> (unsubscribed, or
    /// left out of a full digest). False when the lease was lost.
    /// </summary>
    public Task<bool> PostponeAsync(OutboxEntry entry, Lease lease, DateTimeOffset dueAt, string? dropReason, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            if (!await RowLeases.FinishAsync(connection, tx, "outbox", entry.Id, lease, ct))
            {
                return false;
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE outbox SET state = @state, due_at = @due, last_error = COALESCE(@dropReason, last_error) WHERE id = @id",
                new { state = dropReason is null ? "pending" : "dropped", due = UnixMs.From(dueAt), dropReason, id = entry.Id }, tx, cancellationToken: ct));
            return true;
        }, ct);

    /// <summary>The revision a delivery sends (its JSON is the published story), with the story's slug.</summary>
    public Task<RevisionForDelivery?> RevisionAsync(long storyId, int revision, CancellationToken ct) =>
        database.ReadAsync(async connection =>
        {
            var row = await connection.QueryFirstOrDefaultAsync<(long StoryId, string Slug, long Revision, string Json)?>(new CommandDefinition("""
                SELECT r.story_id, s.slug, r.revision, r.json
                FROM story_revisions r JOIN stories s ON s.id = r.story_id WHERE r.story_id = @storyId AND r.revision = @revision
                """, new { storyId, revision }, cancellationToken: ct));
            return row is { } found ? new RevisionForDelivery(found.StoryId, found.Slug, (int)found.Revision, found.Json) : null;
        }, ct);

    /// <summary>Deliveries, newest first (<paramref name="state"/>: only those in that state), at most <paramref name="limit"/>.</summary>
    public Task<IReadOnlyList<OutboxEntry>> ListAsync(string? state, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<OutboxEntry>>(async connection =>
            (await connection.QueryAsync<EntryRow>(new CommandDefinition(
                $"SELECT {EntryColumns} FROM outbox {(state is null ? "" : "WHERE state = @state")} ORDER BY id DESC LIMIT @limit",
                new { state, limit }, cancellationToken: ct))).Select(r => r.ToEntry()).ToList(), ct);

    /// <summary>Per follow: deliveries pending, sent, failed and dropped.</summary>
    public Task<IReadOnlyList<FollowDeliveryCounts>> CountsAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<FollowDeliveryCounts>>(async connection =>
            (await connection.QueryAsync<(long FollowId, string State, long Count)>(new CommandDefinition(
                "SELECT follow_id, state, COUNT(*) FROM outbox GROUP BY follow_id, state", cancellationToken: ct)))
                .GroupBy(r => r.FollowId)
                .Select(g => new FollowDeliveryCounts(g.Key, Count(g, "pending"), Count(g, "sent"), Count(g, "failed"), Count(g, "dropped")))
                .ToList(), ct);

    private static int Count(IEnumerable<(long FollowId, string State, long Count)> rows, string state) =>
        (int)rows.Where(r => r.State == state).Sum(r => r.Count);

    private sealed class EntryRow
    {
        public long Id { get; set; }
        public long FollowId { get; set; }
        public long StoryId { get; set; }
        public long Revision { get; set; }
        public string Event { get; set; } = "";
        public long Attempts { get; set; }
        public long CreatedAt { get; set; }
        public long DueAt { get; set; }
        public long? DigestAt { get; set; }
        public string State { get; set; } = "";
        public string? LastError { get; set; }
        public long? SentAt { get; set; }
        public long? LeaseExpiresAt { get; set; }

        public OutboxEntry ToEntry() => new(
            Id, FollowId, StoryId, (int)Revision, Event, (int)Attempts, UnixMs.To(CreatedAt), UnixMs.To(DueAt), UnixMs.To(DigestAt),
            State, LastError, UnixMs.To(SentAt));
    }
}
