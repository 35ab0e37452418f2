using Dapper;
using Microsoft.Data.Sqlite;
using Newsdesk.Storage;

namespace Newsdesk.Storage.Tests;

/// <summary>
/// The database watch on a real SQLite file: deleting it, replacing it or making it read-only
/// stops every write (nothing goes into the unlinked file, nothing new is created at the path);
/// a database missing where one was created before is refused at start without --create; a full
/// disk is one episode, reported once.
/// </summary>
public sealed class DatabaseWatchTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsdesk-watch-" + Guid.NewGuid().ToString("N"));
    private readonly List<DatabaseHealth> _changes = [];

    private string FilePath => Path.Combine(_folder, SqliteDatabase.FileName);

    private async Task<Database> OpenAsync()
    {
        var database = await SqliteDatabase.OpenAsync(_folder, TimeProvider.System, default);
        database.Watch.Changed += _changes.Add;
        return database;
    }

    private static Task WriteAsync(Database database) => database.WriteAsync(
        (c, tx) => c.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@V, 'x', 0)",
            new { V = Random.Shared.NextInt64(1_000_000, long.MaxValue) }, tx), default);

    [Fact]
    public async Task A_deleted_file_stops_writes_and_is_not_recreated()
    {
        var database = await OpenAsync();
        await WriteAsync(database);
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(_folder, SqliteDatabase.FileName + "*"))
        {
            File.Delete(file);
        }

        var refused = await Assert.ThrowsAsync<DatabaseRefusedException>(() => WriteAsync(database));
        await Assert.ThrowsAsync<DatabaseRefusedException>(() => WriteAsync(database));
        Assert.Equal(DatabaseState.Deleted, refused.Health.State);
        Assert.Contains("deleted while running", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(FilePath), "a write created a new database at the path");
        Assert.Equal([DatabaseState.Deleted], _changes.Select(c => c.State));   // one report, however many writes
    }

    [Fact]
    public async Task A_file_replaced_by_another_stops_writes_for_good()
    {
        var database = await OpenAsync();
        await WriteAsync(database);
        var copy = Path.Combine(_folder, "copy.db");
        File.Copy(FilePath, copy);
        File.Move(copy, FilePath, overwrite: true);   // a restore from a backup while running: another inode

        var refused = await Assert.ThrowsAsync<DatabaseRefusedException>(() => WriteAsync(database));
        Assert.Equal(DatabaseState.Replaced, refused.Health.State);
        Assert.Equal(DatabaseState.Replaced, database.Watch.Check().State);
    }

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_read_only_file_stops_writes_until_it_is_writable_again()
    {
        var database = await OpenAsync();
        var mode = File.GetUnixFileMode(FilePath);
        File.SetUnixFileMode(FilePath, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var refused = await Assert.ThrowsAsync<DatabaseRefusedException>(() => WriteAsync(database));
        Assert.Equal(DatabaseState.ReadOnly, refused.Health.State);

        File.SetUnixFileMode(FilePath, mode);
        await WriteAsync(database);
        Assert.Equal([DatabaseState.ReadOnly, DatabaseState.Ok], _changes.Select(c => c.State));
    }

    [Fact]
    public async Task A_missing_database_where_one_was_created_is_refused_without_create()
    {
        await OpenAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(FilePath);

        var missing = await Assert.ThrowsAsync<DatabaseMissingException>(() => SqliteDatabase.OpenAsync(_folder, TimeProvider.System, default));
        Assert.Contains("is missing, but one was created here before", missing.Message, StringComparison.Ordinal);
        Assert.Contains("--create", missing.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(FilePath));

        var fresh = await SqliteDatabase.OpenAsync(_folder, TimeProvider.System, default, allowCreate: true);
        await WriteAsync(fresh);
        Assert.True(File.Exists(FilePath));
    }

    [Fact]
    public async Task A_new_folder_gets_a_database_and_its_marker()
    {
        await OpenAsync();
        Assert.True(File.Exists(FilePath));
        Assert.True(File.Exists(Path.Combine(_folder, SqliteDatabase.MarkerName)));
        Assert.DoesNotMatch("^newsdesk\\.db", SqliteDatabase.MarkerName);   // `rm newsdesk.db*` leaves it
    }

    [Fact]
    public void A_full_disk_is_one_episode_until_a_write_succeeds()
    {
        var watch = new DatabaseWatch(null);
        watch.Changed += _changes.Add;
        for (var i = 0; i < 5; i++)
        {
            watch.DiskFull("test.db");
        }

        Assert.True(watch.Current.Writable);   // writes go on being tried: that is how space coming back is seen
        Assert.Equal(DatabaseState.DiskFull, watch.Check().State);
        watch.WriteSucceeded();
        watch.WriteSucceeded();
        Assert.Equal([DatabaseState.DiskFull, DatabaseState.Ok], _changes.Select(c => c.State));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
