using System.Data.Common;
using System.Security.Cryptography;
using Dapper;
using Newsdesk.Notify;
using Newsdesk.Publishing;
using Newsdesk.Text;

namespace Newsdesk.Storage;

/// <summary>Why a follow could not be added: the rule or destination is invalid (a sentence to show).</summary>
public sealed class FollowRefusedException(string reason) : Exception(reason);

/// <summary>
/// The follows aggregate: what operators follow and where its deliveries go. Every follow is
/// checked by <see cref="FollowRules"/> before it is stored; a webhook secret and an unsubscribe
/// token are made here.
/// </summary>
public sealed class FollowStore(Database database)
{
    /// <summary>Longest slug before the uniqueness suffix.</summary>
    public const int MaxSlugLength = 60;

    /// <summary>Bytes of an unsubscribe token (128 bits).</summary>
    private const int TokenBytes = 16;

    internal const string Columns = """
        id AS Id, slug AS Slug, name AS Name, kind AS Kind, term AS Term, trigger_on AS TriggerOn, channel AS Channel,
        target AS Target, secret AS Secret, digest AS Digest, digest_hour AS DigestHour, unsubscribe_token AS UnsubscribeToken,
        active AS Active, created_at AS CreatedAt, last_error AS LastError, last_error_at AS LastErrorAt
        """;

    /// <summary>Stores a follow; throws <see cref="FollowRefusedException"/> with the reason when it is invalid.</summary>
    public Task<Follow> AddAsync(FollowSpec spec, DateTimeOffset now, CancellationToken ct)
    {
        if (FollowRules.Problem(spec) is { } problem)
        {
            throw new FollowRefusedException(problem);
        }

        spec = spec with { Name = spec.Name.Trim(), Term = spec.Term.Trim(), Target = spec.Target?.Trim() };
        return database.WriteAsync(async (connection, tx) =>
        {
            var stem = Slug.ForTerm(spec.Name);
            stem = stem[..Math.Min(stem.Length, MaxSlugLength)].Trim('-');
            var slug = stem;
            for (var n = 2; await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM follows WHERE slug = @slug", new { slug }, tx, cancellationToken: ct)) > 0; n++)
            {
                slug = $"{stem}-{n}";
            }

            var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO follows (slug, name, kind, term, trigger_on, channel, target, secret, digest, digest_hour, unsubscribe_token, created_at)
                VALUES (@slug, @Name, @kind, @Term, @on, @channel, @Target, @secret, @digest, @DigestHour, @token, @at) RETURNING id
                """, new
            {
                slug, spec.Name, kind = Word(spec.Kind), spec.Term, on = Word(spec.On), channel = Word(spec.Channel), spec.Target,
                secret = WebhookSignature.NewSecret(), digest = Word(spec.Digest), spec.DigestHour,
                token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(TokenBytes)), at = UnixMs.From(now),
            }, tx, cancellationToken: ct));
            return (await GetAsync(connection, tx, "id = @id", new { id }, ct))!;
        }, ct);
    }

    public Task<IReadOnlyList<Follow>> ListAsync(CancellationToken ct) =>
        database.ReadAsync(connection => ListAsync(connection, null, ct), ct);

    public Task<Follow?> GetBySlugAsync(string slug, CancellationToken ct) =>
        database.ReadAsync(connection => GetAsync(connection, null, "slug = @slug", new { slug }, ct), ct);

    public Task<Follow?> GetByIdAsync(long id, CancellationToken ct) =>
        database.ReadAsync(connection => GetAsync(connection, null, "id = @id", new { id }, ct), ct);

    /// <summary>Removes a follow with its pending and past deliveries; false when there is none.</summary>
    public Task<bool> RemoveAsync(string slug, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) => await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM follows WHERE slug = @slug", new { slug }, tx, cancellationToken: ct)) > 0, ct);

    /// <summary>
    /// The unsubscribe link's action: turns the follow off (its pending deliveries are dropped when
    /// their turn comes). False when no follow has this slug and token.
    /// </summary>
    public Task<bool> UnsubscribeAsync(string slug, string token, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) => await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE follows SET active = 0 WHERE slug = @slug AND unsubscribe_token = @token",
            new { slug, token }, tx, cancellationToken: ct)) > 0, ct);

    internal static async Task<IReadOnlyList<Follow>> ListAsync(DbConnection connection, DbTransaction? tx, CancellationToken ct) =>
        (await connection.QueryAsync<FollowRow>(new CommandDefinition(
            $"SELECT {Columns} FROM follows ORDER BY id", transaction: tx, cancellationToken: ct))).Select(r => r.ToFollow()).ToList();

    private static async Task<Follow?> GetAsync(DbConnection connection, DbTransaction? tx, string where, object parameters, CancellationToken ct) =>
        (await connection.QueryFirstOrDefaultAsync<FollowRow>(new CommandDefinition(
            $"SELECT {Columns} FROM follows WHERE {where}", parameters, tx, cancellationToken: ct)))?.ToFollow();

    internal static string Word<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    internal static T Parse<T>(string word)
        where T : struct, Enum => Enum.Parse<T>(word, ignoreCase: true);

    internal sealed class FollowRow
    {
        public long Id { get; set; }
        public string Slug { get; set; } = "";
        public string Name { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Term { get; set; } = "";
        public string TriggerOn { get; set; } = "";
        public string Channel { get; set; } = "";
        public string? Target { get; set; }
        public string Secret { get; set; } = "";
        public string Digest { get; set; } = "";
        public long DigestHour { get; set; }
        public string UnsubscribeToken { get; set; } = "";
        public long Active { get; set; }
        public long CreatedAt { get; set; }
        public string? LastError { get; set; }
        public long? LastErrorAt { get; set; }

        public Follow ToFollow() => new(
            Id, Slug,
            new FollowSpec(Name, Parse<FollowKind>(Kind), Term, Parse<FollowTrigger>(TriggerOn), Parse<Channel>(Channel), Target,
                Parse<DigestSchedule>(Digest), (int)DigestHour),
            Secret, UnsubscribeToken, UnixMs.To(CreatedAt), Active != 0, LastError, UnixMs.To(LastErrorAt));
    }
}
