using Dapper;
using Newsdesk.Storage;

namespace Newsdesk.Storage.Tests;

public sealed class MigrationTests
{
    private static readonly string[] Tables =
        ["schema_migrations", "sources", "feed_items", "articles", "stories", "story_articles", "story_revisions", "item_articles"];

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task First_open_creates_every_table(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        await using var connection = await temp.Database.OpenAsync(CancellationToken.None);
        var sql = temp.IsPostgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            : "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = (await connection.QueryAsync<string>(sql)).ToHashSet();
        foreach (var table in Tables)
        {
            Assert.Contains(table, tables);
        }

        Assert.Equal(Migrator.Embedded.Count, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Sqlite_runs_in_wal_mode_with_foreign_keys()
    {
        await using var temp = await TempDatabase.CreateAsync(Backends.Sqlite);
        await using var connection = await temp.Database.OpenAsync(CancellationToken.None);
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"));
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Migrating_again_applies_nothing(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        Assert.Equal(0, await Migrator.ApplyAsync(temp.Database, TimeProvider.System, CancellationToken.None));
    }

    [Fact]
    public async Task Several_sqlite_processes_opening_at_once_apply_each_migration_once()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsdesk-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var opens = Enumerable.Range(0, 4).Select(_ => SqliteDatabase.OpenAsync(folder, TimeProvider.System, CancellationToken.None));
            var databases = await Task.WhenAll(opens);
            await using var connection = await databases[0].OpenAsync(CancellationToken.None);
            Assert.Equal(Migrator.Embedded.Count, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public async Task Several_postgres_processes_opening_at_once_apply_each_migration_once()
    {
        var (connectionString, drop) = await TempDatabase.CreateEmptyPostgresAsync(Backends.PostgresAdmin());
        try
        {
            // Separate pools stand in for separate processes: each has its own connections.
            var opens = Enumerable.Range(0, 6).Select(i => PostgresDatabase.OpenAsync(
                connectionString + $";Application Name=migrator{i}", TimeProvider.System, CancellationToken.None));
            var databases = await Task.WhenAll(opens);
            await using var connection = await databases[0].OpenAsync(CancellationToken.None);
            Assert.Equal(Migrator.Embedded.Count, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations"));
        }
        finally
        {
            await drop();
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_database_migrated_by_a_newer_release_is_refused_and_left_untouched(string backend)
    {
        await using var temp = await TempDatabase.CreateAsync(backend);
        var future = Migrator.Latest + 1;
        await using (var connection = await temp.Database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@future, 'from_the_future', 0)", new { future });
        }

        var refused = await Assert.ThrowsAsync<SchemaTooNewException>(
            () => Migrator.ApplyAsync(temp.Database, TimeProvider.System, CancellationToken.None));
        Assert.Equal(future, refused.Found);
        Assert.Contains("newer", refused.Message, StringComparison.Ordinal);
        await using (var connection = await temp.Database.OpenAsync(CancellationToken.None))
        {
            Assert.Equal(Migrator.Embedded.Count + 1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations"));
        }
    }

    [Fact]
    public void Migrations_are_numbered_from_one_without_gaps()
    {
        Assert.Equal(Enumerable.Range(1, Migrator.Embedded.Count), Migrator.Embedded.Select(m => m.Version));
    }

    public static TheoryData<string> Dialects => ["sqlite", "postgresql"];

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Dialect_tokens_are_all_filled_in(string dialect)
    {
        SqlDialect d = dialect == "sqlite" ? new SqliteDialect() : new PostgresDialect();
        foreach (var migration in Migrator.Embedded)
        {
            Assert.DoesNotContain("{{", d.Translate(migration.Sql), StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, bool> SqlStates => new()
    {
        { "40001", true },   // serialization failure
        { "40P01", true },   // deadlock
        { "53300", true },   // too many connections
        { "57P01", true },   // admin shutdown
        { "08006", true },   // connection failure
        { "23505", false },  // unique violation: a bug or a race the caller handles, never retried blindly
        { "42P01", false },  // undefined table
    };

    [Theory]
    [MemberData(nameof(SqlStates))]
    public void Postgres_transient_states(string sqlState, bool transient) =>
        Assert.Equal(transient, PostgresDialect.IsTransientState(sqlState));
}
