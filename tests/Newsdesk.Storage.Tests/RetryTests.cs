using Dapper;
using Microsoft.Data.Sqlite;
using Newsdesk.Sources;
using Newsdesk.Storage;

namespace Newsdesk.Storage.Tests;

public sealed class RetryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, int> Delays => new()
    {
        { 1, 100 },
        { 2, 200 },
        { 3, 400 },
        { 5, 1600 },
        { 6, 2000 },
        { 40, 2000 },
    };

    [Theory]
    [MemberData(nameof(Delays))]
    public void Backoff_doubles_up_to_the_cap(int attempt, int expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), StorageRetry.DelayAfter(attempt));

    [Fact]
    public async Task A_write_waits_out_a_brief_lock_and_keeps_what_was_stored()
    {
        await using var temp = await TempDatabase.CreateAsync();
        var sources = new SourceStore(temp.Database);
        await sources.AddAsync(new NewSource("https://example.org/before"), TimeSpan.FromMinutes(5), Now, default);

        await using (var locker = new SqliteConnection($"Data Source={temp.FilePath};Pooling=False"))
        {
            await locker.OpenAsync();
            await locker.ExecuteAsync("BEGIN EXCLUSIVE");
            var write = sources.AddAsync(new NewSource("https://example.org/after"), TimeSpan.FromMinutes(5), Now, default);
            await Task.Delay(300);
            Assert.False(write.IsCompleted);
            await locker.ExecuteAsync("COMMIT");
            await write;
        }

        Assert.Equal(["https://example.org/before", "https://example.org/after"], (await sources.ListAsync(default)).Select(s => s.Url));
    }

    [Fact]
    public async Task A_lock_that_never_ends_gives_a_clear_error()
    {
        await using var temp = await TempDatabase.CreateAsync();
        var dialect = new SqliteDialect(TimeSpan.FromMilliseconds(200));
        var database = new Database(dialect, dialect.ConnectionString(temp.FilePath), TimeProvider.System, maxAttempts: 2) { Describe = temp.FilePath };
        var sources = new SourceStore(database);

        await using var locker = new SqliteConnection($"Data Source={temp.FilePath};Pooling=False");
        await locker.OpenAsync();
        await locker.ExecuteAsync("BEGIN EXCLUSIVE");
        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() =>
            sources.AddAsync(new NewSource("https://example.org/x"), TimeSpan.FromMinutes(5), Now, default));
        Assert.Contains("locked", error.Message, StringComparison.Ordinal);
        Assert.Contains(temp.FilePath, error.Message, StringComparison.Ordinal);
        await locker.ExecuteAsync("ROLLBACK");
    }
}
