using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;

namespace Newsdesk.Storage;

/// <summary>One numbered SQL file from Migrations/ (embedded), e.g. <c>0001_initial.sql</c>.</summary>
public sealed record Migration(int Version, string Name, string Sql);

/// <summary>
/// Applies the numbered migrations that a database has not seen yet, in order, each in its own
/// transaction together with its row in <c>schema_migrations</c>, so a migration is applied whole
/// or not at all, and two processes starting at once apply it once.
/// </summary>
public static partial class Migrator
{
    private const string ResourcePrefix = "Newsdesk.Storage.Migrations.";

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex FileName();

    public static IReadOnlyList<Migration> Embedded { get; } = LoadEmbedded();

    /// <summary>The newest schema version this build knows.</summary>
    public static int Latest => Embedded[^1].Version;

    public static Task<int> ApplyAsync(Database database, TimeProvider time, CancellationToken ct) =>
        ApplyThroughAsync(database, Latest, time, ct);

    /// <summary>
    /// Applies the migrations up to and including <paramref name="version"/>: the schema an older
    /// release left (the upgrade tests build one this way). Returns how many were applied.
    /// </summary>
    public static async Task<int> ApplyThroughAsync(Database database, int version, TimeProvider time, CancellationToken ct)
    {
        await RefuseNewerSchemaAsync(database, ct);
        var applied = 0;
        foreach (var migration in Embedded.Where(m => m.Version <= version))
        {
            var done = await database.WriteAsync(async (connection, tx) =>
            {
                await database.Dialect.LockForMigrationAsync(connection, tx, ct);
                await connection.ExecuteAsync(new CommandDefinition(
                    "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
                    transaction: tx, cancellationToken: ct));
                var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT COUNT(*) FROM schema_migrations WHERE version = @Version",
                    new { migration.Version }, tx, cancellationToken: ct));
                if (exists > 0)
                {
                    return false;
                }

                await connection.ExecuteAsync(new CommandDefinition(
                    database.Dialect.Translate(migration.Sql), transaction: tx, cancellationToken: ct));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @At)",
                    new { migration.Version, migration.Name, At = UnixMs.From(time.GetUtcNow()) }, tx, cancellationToken: ct));
                return true;
            }, ct);
            applied += done ? 1 : 0;
        }

        return applied;
    }

    /// <summary>
    /// An older build must not write into a database a newer build has migrated: it does not know
    /// the newer tables' rules, and its own migrations could undo or corrupt them.
    /// </summary>
    private static async Task RefuseNewerSchemaAsync(Database database, CancellationToken ct)
    {
        var newest = await database.WriteAsync(async (connection, tx) =>
        {
            // Under the migration lock: PostgreSQL processes creating the table at once would collide.
            await database.Dialect.LockForMigrationAsync(connection, tx, ct);
            await connection.ExecuteAsync(new CommandDefinition(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
                transaction: tx, cancellationToken: ct));
            return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT MAX(version) FROM schema_migrations", transaction: tx, cancellationToken: ct)) ?? 0;
        }, ct);
        if (newest > Latest)
        {
            throw new SchemaTooNewException(newest, Latest);
        }
    }

    private static List<Migration> LoadEmbedded()
    {
        var assembly = typeof(Migrator).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var match = FileName().Match(resource[ResourcePrefix.Length..]);
            if (!match.Success)
            {
                throw new InvalidOperationException($"migration file name {resource} is not NNNN_name.sql");
            }

            migrations.Add(new Migration(int.Parse(match.Groups["version"].Value), match.Groups["name"].Value, Read(assembly, resource)));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"migrations must be numbered 1, 2, 3... without gaps; found {migrations[i].Version} at position {i + 1}");
            }
        }

        return migrations;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>The database was migrated by a newer Newsdesk than this one.</summary>
public sealed class SchemaTooNewException(long found, int known)
    : Exception($"the database's schema is version {found}, newer than this newsdesk knows (up to {known}); " +
        "it was opened by a newer release: run that release (or newer), or restore a backup made before the upgrade")
{
    public long Found { get; } = found;
    public int Known { get; } = known;
}
