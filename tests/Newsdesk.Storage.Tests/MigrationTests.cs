using Dapper;
using Newsdesk.Storage;

namespace Newsdesk.Storage.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task First_open_creates_every_table_in_wal_mode_with_foreign_keys()
    {
        await using var temp = await TempDatabase.CreateAsync();
        await using var connection = await temp.Database.OpenAsync(CancellationToken.None);
        var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'")).ToHashSet();
        foreach (var table in new[] { "schema_migrations", "sources", "feed_items", "articles", "stories", "story_articles", "story_revisions" })
        {
            Assert.Contains(table, tables);
        }

        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"));
        Assert.Equal(Migrator.Embedded.Count, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Migrating_again_applies_nothing()
    {
        await using var temp = await TempDatabase.CreateAsync();
        Assert.Equal(0, await Migrator.ApplyAsync(temp.Database, TimeProvider.System, CancellationToken.None));
    }

    [Fact]
    public async Task Two_processes_opening_at_once_apply_each_migration_once()
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

    [Fact]
    public void Migrations_are_numbered_from_one_without_gaps()
    {
        Assert.Equal(Enumerable.Range(1, Migrator.Embedded.Count), Migrator.Embedded.Select(m => m.Version));
    }

    [Fact]
    public void Dialect_tokens_are_all_filled_in()
    {
        var sql = new SqliteDialect().Translate(Migrator.Embedded[0].Sql);
        Assert.DoesNotContain("{{", sql, StringComparison.Ordinal);
    }
}
