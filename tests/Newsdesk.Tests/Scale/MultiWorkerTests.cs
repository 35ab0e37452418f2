using Newsdesk.Scale;
using Newsdesk.Testing;
using Newsdesk.Tests.Polling;

namespace Newsdesk.Tests.Scale;

/// <summary>
/// Several real worker processes on one PostgreSQL database (NEWSDESK_TEST_POSTGRES; skips visibly
/// without it, fails under NEWSDESK_REQUIRE_SERVICES=1): whatever happens to a worker or to the
/// database connections, every item is stored once, every article once per canonical URL, and every
/// story version published once, checked with SQL at the end.
/// </summary>
public sealed class MultiWorkerTests
{
    private const int Sources = 500;
    private const int ItemsPerFeed = 1;
    private const int Events = 50;
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(20);
    /// <summary>
    /// Longest wait for the fleet to finish (about a minute on an idle 2-core machine, when
    /// recorded): a guard against a hang, generous for several worker processes on a busy machine.
    /// </summary>
    private static readonly TimeSpan Limit = Patience.Hang * 2;

    /// <summary>
    /// Rounds, 700 ms apart, that cut at least one worker connection. Counted in rounds that found
    /// something to cut, not in wall time: on a busy machine the workers take seconds to start and
    /// connect (12 s of cutting once cut only 9 connections in CI).
    /// </summary>
    private const int CutRounds = 16;

    [SkippableFact]
    public async Task Three_workers_one_killed_midway_lose_nothing_and_double_nothing()
    {
        await using var outlets = new ScaleOutlets(Sources, ItemsPerFeed, Events, Latency, DateTimeOffset.UtcNow);
        await using var fleet = await PrepareAsync(outlets);
        fleet.StartWorkers(3);

        var killedAt = (FleetCounts?)null;
        var (counts, done) = await fleet.WaitUntilDoneAsync(outlets.DistinctArticles, Limit, async progress =>
        {
            // Kill a worker once the work is well under way: it holds leases on sources, items or stories.
            if (killedAt is null && progress.Articles >= outlets.DistinctArticles / 4)
            {
                killedAt = progress;
                await fleet.KillAsync(0);
            }
        });

        Assert.True(killedAt is not null, $"the run finished before a worker could be killed: {counts}");
        Assert.True(killedAt!.Articles < outlets.DistinctArticles, "the kill came after all articles were stored");
        Assert.True(done, $"not done within {Limit}: {counts}\n{Tail(fleet, 1)}");
        await AssertNothingLostOrDoubledAsync(fleet, outlets, counts, killedWorkers: 1);
    }

    [SkippableFact]
    public async Task Connections_terminated_under_load_lose_nothing_and_double_nothing()
    {
        await using var outlets = new ScaleOutlets(Sources / 2, ItemsPerFeed, Events / 2, Latency, DateTimeOffset.UtcNow);
        await using var fleet = await PrepareAsync(outlets);
        fleet.StartWorkers(2);

        // Every 700 ms, until CutRounds rounds have found connections to cut, cut every connection
        // the workers have to the database, as a server restart or a network drop would,
        // mid-transaction or idle in the pool; then let them finish.
        var terminated = 0L;
        using var stop = new CancellationTokenSource();
        var cutter = Task.Run(async () =>
        {
            for (var rounds = 0; rounds < CutRounds && !stop.IsCancellationRequested;)
            {
                await Task.Delay(700, stop.Token);
                var cut = await fleet.ScalarAsync(
                    $"SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '{fleet.DatabaseName}' AND application_name <> '{WorkerFleet.ApplicationName}'",
                    stop.Token);
                terminated += cut;
                rounds += cut > 0 ? 1 : 0;
            }
        });

        var (counts, done) = await fleet.WaitUntilDoneAsync(outlets.DistinctArticles, Limit);
        await stop.CancelAsync();
        try
        {
            await cutter;
        }
        catch (OperationCanceledException)
        {
        }

        Assert.True(terminated >= 10, $"only {terminated} connections were cut; the test did not test much");
        Assert.True(done, $"not done within {Limit}: {counts}\n{Tail(fleet, 0)}");
        Assert.All(fleet.Workers, w => Assert.False(w.HasExited, "a worker died of the cut connections"));
        await AssertNothingLostOrDoubledAsync(fleet, outlets, counts, killedWorkers: 0);
    }

    [SkippableFact]
    public async Task A_database_restarted_under_load_loses_nothing_and_doubles_nothing()
    {
        await using var server = await PrivatePostgres.StartAsync();
        await using var outlets = new ScaleOutlets(Sources / 2, ItemsPerFeed, Events / 2, Latency, DateTimeOffset.UtcNow);
        await using var fleet = await WorkerFleet.PrepareAsync(server.ConnectionString, CliProcess.Dll, outlets, WorkerFleet.DefaultSettings(), default);
        fleet.StartWorkers(2);

        // Restart the server twice while the work is under way: once with a quarter of the articles
        // in, once with half; every connection is cut and every open transaction rolled back.
        var restarts = new List<FleetCounts>();
        var (counts, done) = await fleet.WaitUntilDoneAsync(outlets.DistinctArticles, Limit, async progress =>
        {
            var due = restarts.Count switch { 0 => outlets.DistinctArticles / 4, 1 => outlets.DistinctArticles / 2, _ => int.MaxValue };
            if (progress.Articles >= due)
            {
                restarts.Add(progress);
                await server.RestartAsync();
                Npgsql.NpgsqlConnection.ClearAllPools();   // this test's own pooled connections died with the server
            }
        });

        Assert.True(restarts.Count == 2, $"the run finished after {restarts.Count} restart(s): {counts}");
        Assert.True(restarts[^1].Articles < outlets.DistinctArticles, "the last restart came after all articles were stored");
        Assert.True(done, $"not done within {Limit}: {counts}\n{Tail(fleet, 0)}");
        Assert.All(fleet.Workers, w => Assert.False(w.HasExited, "a worker died of the restart"));
        await AssertNothingLostOrDoubledAsync(fleet, outlets, counts, killedWorkers: 0);
    }

    private static async Task<WorkerFleet> PrepareAsync(ScaleOutlets outlets)
    {
        var admin = Environment.GetEnvironmentVariable("NEWSDESK_TEST_POSTGRES");
        TestEnvironment.Need(!string.IsNullOrWhiteSpace(admin), "NEWSDESK_TEST_POSTGRES (a PostgreSQL connection string) is not set");
        Assert.True(File.Exists(CliProcess.Dll), $"build the CLI first: {CliProcess.Dll} is missing");
        return await WorkerFleet.PrepareAsync(admin!, CliProcess.Dll, outlets, WorkerFleet.DefaultSettings(), default);
    }

    private static async Task AssertNothingLostOrDoubledAsync(WorkerFleet fleet, ScaleOutlets outlets, FleetCounts counts, int killedWorkers)
    {
        var expected = outlets.DistinctArticles;
        Assert.Equal(outlets.Sources, counts.Sources);
        Assert.Equal(0, counts.Unpolled);

        // Items: exactly one row per article link, although some links come through two feeds.
        Assert.Equal(expected, counts.Items);
        Assert.Equal(0, await fleet.ScalarAsync(
            "SELECT COUNT(*) FROM (SELECT canonical_link FROM feed_items GROUP BY canonical_link HAVING COUNT(*) > 1) d", default));
        Assert.Equal(0, counts.Pending);

        // Articles: one per canonical URL, every item linked to one.
        Assert.Equal(expected, counts.Articles);
        Assert.Equal(expected, await fleet.ScalarAsync("SELECT COUNT(DISTINCT canonical_url) FROM articles", default));
        Assert.Equal(expected, await fleet.ScalarAsync("SELECT COUNT(*) FROM item_articles", default));

        // Stories: every article in exactly one story; every live story written, each version once.
        Assert.Equal(0, counts.Unclustered);
        Assert.Equal(0, await fleet.ScalarAsync(
            "SELECT COUNT(*) FROM (SELECT article_id FROM story_articles GROUP BY article_id HAVING COUNT(*) > 1) d", default));
        Assert.Equal(0, counts.Due);
        Assert.True(counts.Stories >= 5, $"too few stories: {counts}");
        Assert.Equal(0, await fleet.ScalarAsync(
            "SELECT COUNT(*) FROM (SELECT story_id, covers FROM story_revisions GROUP BY story_id, covers HAVING COUNT(*) > 1) d", default));
        Assert.Equal(0, await fleet.ScalarAsync("SELECT COUNT(*) FROM story_revisions WHERE covers IS NULL", default));
        Assert.Equal(0, await fleet.ScalarAsync(
            "SELECT COUNT(*) FROM stories s WHERE merged_into IS NULL AND EXISTS (SELECT 1 FROM story_articles sa WHERE sa.story_id = s.id) AND written_for IS NULL", default));
        Assert.True(counts.StoriesWritten > 0, $"no story written: {counts}");

        // The outlets saw each feed and each page fetched once, but for what a killed worker had in
        // hand (at most one chunk of leases each) and what a cut connection made a worker redo.
        var slack = killedWorkers * 64 + outlets.Sources / 10;
        Assert.InRange(outlets.FeedFetches, outlets.Sources, outlets.Sources + slack);
        Assert.InRange(outlets.PageFetches, expected, expected + slack);
    }

    private static string Tail(WorkerFleet fleet, int worker)
    {
        var lines = fleet.Log(worker).Split('\n');
        return string.Join('\n', lines.TakeLast(30));
    }
}
