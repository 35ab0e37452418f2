using Dapper;
using Newsdesk.Sources;
using Newsdesk.Storage;

namespace Newsdesk.Storage.Tests;

public sealed class BackupTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task A_backup_taken_while_the_database_is_open_restores_what_it_held()
    {
        await using var temp = await TempDatabase.CreateAsync();
        var sources = new SourceStore(temp.Database);
        await sources.AddAsync(new NewSource("https://example.org/before"), Interval, Now, default);
        var copy = Path.Combine(temp.Folder, "copy.db");

        // The live database stays open (pooled connections, WAL) while it is copied.
        var backup = SqliteBackup.Backup(temp.Folder, copy);
        await sources.AddAsync(new NewSource("https://example.org/after-the-backup"), Interval, Now, default);
        Assert.Equal(Migrator.Latest, backup.SchemaVersion);
        Assert.True(backup.Bytes > 0);

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var restored = SqliteBackup.Restore(copy, temp.Folder);
        Assert.Equal(temp.FilePath, restored.Path);

        var reopened = await SqliteDatabase.OpenAsync(temp.Folder, TimeProvider.System, default);
        var urls = (await new SourceStore(reopened).ListAsync(default)).Select(s => s.Url).ToList();
        Assert.Equal(["https://example.org/before"], urls);

        // The database the restore replaced is kept, with the source added after the backup.
        var kept = SqliteDatabase.Create(Path.Combine(temp.Folder, "kept"), TimeProvider.System);
        File.Copy(temp.FilePath + SqliteBackup.ReplacedSuffix, Path.Combine(temp.Folder, "kept", SqliteDatabase.FileName));
        var keptUrls = await kept.ReadAsync(c => c.QueryAsync<string>("SELECT url FROM sources ORDER BY url"), default);
        Assert.Equal(["https://example.org/after-the-backup", "https://example.org/before"], keptUrls);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task A_backup_never_overwrites_a_file()
    {
        await using var temp = await TempDatabase.CreateAsync();
        var existing = Path.Combine(temp.Folder, "precious.txt");
        await File.WriteAllTextAsync(existing, "keep me");

        var refused = Assert.Throws<BackupException>(() => SqliteBackup.Backup(temp.Folder, existing));

        Assert.Contains("already exists", refused.Message, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(existing));
    }

    [Fact]
    public async Task A_file_that_is_not_a_newsdesk_database_is_not_restored_and_the_database_stays()
    {
        await using var temp = await TempDatabase.CreateAsync();
        await new SourceStore(temp.Database).AddAsync(new NewSource("https://example.org/feed"), Interval, Now, default);
        var bogus = Path.Combine(temp.Folder, "notes.txt");
        await File.WriteAllTextAsync(bogus, "this is not a database");

        Assert.Throws<BackupException>(() => SqliteBackup.Restore(bogus, temp.Folder));

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var reopened = await SqliteDatabase.OpenAsync(temp.Folder, TimeProvider.System, default);
        Assert.Single(await new SourceStore(reopened).ListAsync(default));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task A_backup_from_a_newer_release_is_refused()
    {
        await using var temp = await TempDatabase.CreateAsync();
        var copy = Path.Combine(temp.Folder, "copy.db");
        SqliteBackup.Backup(temp.Folder, copy);
        var future = SqliteDatabase.Create(Path.Combine(temp.Folder, "future"), TimeProvider.System);
        File.Copy(copy, Path.Combine(temp.Folder, "future", SqliteDatabase.FileName));
        await future.WriteAsync((c, tx) => c.ExecuteAsync(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, 'from_the_future', 0)", new { v = Migrator.Latest + 1 }, tx), default);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var refused = Assert.Throws<BackupException>(() =>
            SqliteBackup.Restore(Path.Combine(temp.Folder, "future", SqliteDatabase.FileName), Path.Combine(temp.Folder, "elsewhere")));

        Assert.Contains("newer", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Folder, "elsewhere", SqliteDatabase.FileName)));
    }
}
