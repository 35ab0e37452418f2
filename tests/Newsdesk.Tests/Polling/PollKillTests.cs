using System.Diagnostics;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Newsdesk.Sources;
using Newsdesk.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Tests.Polling;

/// <summary>
/// A real <c>newsdesk poll</c> process killed (SIGKILL) in the middle of a round leaves a
/// consistent database, and the next poll completes the work.
/// </summary>
public sealed class PollKillTests : IAsyncLifetime
{
    private const int SourceCount = 30;
    private const int ItemsPerFeed = 40;

    /// <summary>Feeds served before the kill; every later request is held until the process is dead, so the kill always falls mid-round.</summary>
    private const int ServedBeforeKill = 3;


    private readonly FeedServer server = new();
    private readonly string data = Path.Combine(Path.GetTempPath(), "newsdesk-kill-" + Guid.NewGuid().ToString("N"));
    private readonly TaskCompletionSource killed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int served;

    [Fact]
    public async Task Killing_a_poll_midway_loses_nothing_and_corrupts_nothing()
    {
        for (var s = 0; s < SourceCount; s++)
        {
            var feed = Encoding.UTF8.GetBytes(FeedServer.Rss($"Feed {s}", Enumerable.Range(0, ItemsPerFeed)
                .Select(i => ($"s{s}-i{i}", $"Story {s}.{i}", $"http://example.org/{s}/{i}", new string('x', 2000))).ToArray()));
            server.Map($"/feed/{s}", async ctx =>
            {
                if (Interlocked.Increment(ref served) > ServedBeforeKill)
                {
                    await killed.Task;
                }

                await FeedServer.Write(ctx, feed, "application/rss+xml");
            });
        }

        var database = await SqliteDatabase.OpenAsync(data, TimeProvider.System, default);
        var sources = new SourceStore(database);
        for (var s = 0; s < SourceCount; s++)
        {
            await sources.AddAsync(new NewSource(server.Url($"/feed/{s}").AbsoluteUri), TimeSpan.FromMinutes(30), DateTimeOffset.UtcNow, default);
        }

        Assert.True(File.Exists(CliProcess.Dll), $"build the CLI first: {CliProcess.Dll} is missing");
        var first = CliProcess.StartInfo(data, "poll", "--once");
        first.Environment["NEWSDESK__FETCH__TIMEOUT"] = Patience.Hang.ToString("c", System.Globalization.CultureInfo.InvariantCulture);   // the held fetches never time out before the kill
        using (var process = Process.Start(first)!)
        {
            long polledAtKill;
            try
            {
                polledAtKill = await WaitForPolledAsync(database, atLeast: ServedBeforeKill, Patience.Hang);
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            Assert.Equal(ServedBeforeKill, polledAtKill);
            Assert.NotEqual(0, process.ExitCode);
        }

        killed.SetResult();

        SqliteConnection.ClearAllPools();
        await AssertConsistentAsync(database, expectAllPolled: false);

        // The killed process held leases on the sources it was polling (CliProcess.LeaseDuration:
        // only a hang outlives them, so the polls served before the kill were stored however slow
        // the machine). End them as their running out would, then the next poll takes them over.
        var leased = await database.WriteAsync((c, tx) => c.ExecuteAsync(
            "UPDATE sources SET lease_expires_at = 0 WHERE lease_owner IS NOT NULL", transaction: tx), default);
        Assert.True(leased > 0, "the killed process held no lease: the kill did not fall mid-poll");
        var second = await CliProcess.RunAsync(data, "poll", "--once");
        Assert.True(second.Exit == 0, second.Err);
        Assert.Contains("0 failed", second.Out, StringComparison.Ordinal);
        await AssertConsistentAsync(database, expectAllPolled: true);
    }

    private static async Task<long> WaitForPolledAsync(Database database, int atLeast, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            var polled = await database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sources WHERE last_poll_at IS NOT NULL"), default);
            if (polled >= atLeast)
            {
                return polled;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"fewer than {atLeast} sources polled within {limit}");
    }

    private static async Task AssertConsistentAsync(Database database, bool expectAllPolled)
    {
        await using var connection = await database.OpenAsync(default);
        Assert.Equal("ok", await connection.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
        Assert.Empty(await connection.QueryAsync("PRAGMA foreign_key_check"));

        var rows = (await connection.QueryAsync<(long Id, long? LastPollAt, long ItemCount, long Actual)>("""
            SELECT s.id, s.last_poll_at, s.item_count, (SELECT COUNT(*) FROM feed_items i WHERE i.source_id = s.id)
            FROM sources s
            """)).ToList();
        Assert.Equal(SourceCount, rows.Count);
        foreach (var row in rows)
        {
            // A source's items and its poll state are written in one transaction: all or nothing.
            Assert.Equal(row.ItemCount, row.Actual);
            Assert.Equal(row.LastPollAt is null ? 0 : ItemsPerFeed, row.Actual);
        }

        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("""
            SELECT COUNT(*) FROM feed_items
            WHERE title IS NULL OR link IS NULL OR summary IS NULL OR length(summary) < 2000 OR content_hash = ''
            """));
        if (expectAllPolled)
        {
            Assert.All(rows, r => Assert.NotNull(r.LastPollAt));
            Assert.Equal(SourceCount * ItemsPerFeed, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM feed_items"));
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        killed.TrySetResult();
        await server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
