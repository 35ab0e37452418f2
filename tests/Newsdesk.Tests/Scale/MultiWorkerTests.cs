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
    private static readonly TimeSpan Limit = Patience.Hang * 3;

    /// <summary>
    /// Rounds, 700 ms apart, that cut at least one worker connection; all of them run before the
    /// test waits for the fleet to finish (a worker idle between rounds still holds connections),
    /// so how many connections are cut does not depend on how fast the workers are.
    /// </summary>
    private const int CutRounds = 16;

    /// <summary>
    /// Most feeds and pages one worker holds leases on at once (a chunk of sources or of items, see
    /// <see cref="Newsdesk.Workers.Poller.LeaseChunkPerSlot"/> and <see cref="Newsdesk.Workers.ArticleStage.LeaseChunkPerSlot"/>):
    /// what a worker killed or cut off may have fetched without storing, and another then fetches again.
    /// </summary>
    private static readonly int FeedChunk = Concurrency("NEWSDESK__POLLING__CONCURRENCY") * Newsdesk.Workers.Poller.LeaseChunkPerSlot;

    private static readonly int PageChunk = Concurrency("NEWSDESK__PIPELINE__FETCHCONCURRENCY") * Newsdesk.Workers.ArticleStage.LeaseChunkPerSlot;

    /// <summary>
    /// The fleet's settings, with leases only a hang outlives: no live worker's lease lapses however
    /// slow the machine (a lapsed lease makes another worker redo its work). A killed worker's leases
    /// are ended by the test (<see cref="WorkerFleet.ExpireLeasesOfAsync"/>), as their running out would.
    /// The fetch timeout too: a held page waits for the kill, and a feed fetch that timed out under
    /// load would be a failed poll (CI run 9 with a CPU hog: 499 of 500 items, "not done", when a
    /// failed poll was backed off for an hour; it is now retried within seconds, see
    /// <see cref="WorkerFleet.FailedPollRetry"/>).
    /// </summary>
    private static Dictionary<string, string> Settings() => new(WorkerFleet.DefaultSettings())
    {
        ["NEWSDESK__FETCH__TIMEOUT"] = Patience.Hang.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        ["NEWSDESK__LEASES__DURATION"] = Patience.Hang.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        ["NEWSDESK__LEASES__ROLEDURATION"] = Patience.Hang.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
    };

    [SkippableFact]
    public async Task Three_workers_one_killed_midway_lose_nothing_and_double_nothing()
    {
        await using var outlets = new ScaleOutlets(Sources, ItemsPerFeed, Events, Latency, DateTimeOffset.UtcNow);
        await using var fleet = await PrepareAsync(outlets);
        // A quarter of the pages are served; the rest wait until a worker has been killed.
        outlets.HoldPagesAfter(outlets.DistinctArticles / 4);
        fleet.StartWorkers(3);

        var killedAt = (FleetCounts?)null;
        var (counts, done) = await fleet.WaitUntilDoneAsync(outlets.DistinctArticles, Limit, async progress =>
        {
            // Kill a worker once the work is well under way: it holds leases on sources, items or stories.
            if (killedAt is null && outlets.PagesHeld > 0)
            {
                killedAt = progress;
                await fleet.KillAsync(0);
                await fleet.ExpireLeasesOfAsync(0, default);
                outlets.ReleasePages();
            }
        });

        Assert.True(killedAt is not null, $"the run finished before a worker could be killed: {counts}");
        Assert.True(killedAt!.Articles < outlets.DistinctArticles, "the kill came after all articles were stored");
        Assert.True(done, $"not done within {Limit}: {counts}\n{Tail(fleet, 1)}");
        await AssertNothingLostOrDoubledAsync(fleet, outlets, counts, redoneChunks: 1);
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
        using (var cutting = new CancellationTokenSource(Patience.Hang))
        {
            for (var rounds = 0; rounds < CutRounds;)
            {
                await Task.Delay(700, cutting.Token);
                var cut = await fleet.ScalarAsync(
                    $"SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '{fleet.DatabaseName}' AND application_name <> '{WorkerFleet.ApplicationName}'",
                    cutting.Token);
                terminated += cut;
                rounds += cut > 0 ? 1 : 0;
            }
        }

        var (counts, done) = await fleet.WaitUntilDoneAsync(outlets.DistinctArticles, Limit);
        Assert.True(terminated >= CutRounds, $"only {terminated} connections were cut");
        Assert.True(done, $"not done within {Limit}: {counts}\n{Tail(fleet, 0)}");
        AssertAllAlive(fleet, "a worker died of the cut connections");
        await AssertNothingLostOrDoubledAsync(fleet, outlets, counts, redoneChunks: CutRounds * fleet.Workers.Count);
    }

    [SkippableFact]
    public async Task A_database_restarted_under_load_loses_nothing_and_doubles_nothing()
    {
        await using var server = await PrivatePostgres.StartAsync();
        await using var outlets = new ScaleOutlets(Sources / 2, ItemsPerFeed, Events / 2, Latency, DateTimeOffset.UtcNow);
        await using var fleet = await WorkerFleet.PrepareAsync(server.ConnectionString, CliProcess.Dll, outlets, Settings(), default);
        // Half of the pages are served; the rest wait until the second restart is done.
        outlets.HoldPagesAfter(outlets.DistinctArticles / 2);
        fleet.StartWorkers(2);

        // Restart the server twice while the work is under way: once with a quarter of the articles
        // in (or half the pages served), once with half the pages served; every connection is cut
        // and every open transaction rolled back.
        var restarts = new List<FleetCounts>();
        var (counts, done) = await fleet.WaitUntilDoneAsync(outlets.DistinctArticles, Limit, async progress =>
        {
            var due = restarts.Count switch
            {
                0 => progress.Articles >= outlets.DistinctArticles / 4 || outlets.PagesHeld > 0,
                1 => outlets.PagesHeld > 0,
                _ => false,
            };
            if (due)
            {
                restarts.Add(progress);
                await server.RestartAsync();
                Npgsql.NpgsqlConnection.ClearAllPools();   // this test's own pooled connections died with the server
                if (restarts.Count == 2)
                {
                    outlets.ReleasePages();
                }
            }
        });

        Assert.True(restarts.Count == 2, $"the run finished after {restarts.Count} restart(s): {counts}");
        Assert.True(restarts[^1].Articles < outlets.DistinctArticles, "the last restart came after all articles were stored");
        Assert.True(done, $"not done within {Limit}: {counts}\n{Tail(fleet, 0)}");
        AssertAllAlive(fleet, "a worker died of the restart");
        await AssertNothingLostOrDoubledAsync(fleet, outlets, counts, redoneChunks: restarts.Count * fleet.Workers.Count);
    }

    /// <summary>How a worker's log names a failed poll (PollerLog event 1102: "Source n (url) failed: ...").</summary>
    private const string FailedPollEvent = "Newsdesk.Workers.Poller[1102]";

    private static int Concurrency(string key) => int.Parse(WorkerFleet.DefaultSettings()[key], System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<WorkerFleet> PrepareAsync(ScaleOutlets outlets)
    {
        var admin = Environment.GetEnvironmentVariable("NEWSDESK_TEST_POSTGRES");
        TestEnvironment.Need(!string.IsNullOrWhiteSpace(admin), "NEWSDESK_TEST_POSTGRES (a PostgreSQL connection string) is not set");
        Assert.True(File.Exists(CliProcess.Dll), $"build the CLI first: {CliProcess.Dll} is missing");
        return await WorkerFleet.PrepareAsync(admin!, CliProcess.Dll, outlets, Settings(), default);
    }

    /// <param name="redoneChunks">How many times a worker may have lost what it held (killed, or its connection cut mid-transaction).</param>
    private static async Task AssertNothingLostOrDoubledAsync(WorkerFleet fleet, ScaleOutlets outlets, FleetCounts counts, int redoneChunks)
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

        // The outlets saw each feed and each page fetched once, but for what a worker lost (killed,
        // or a transaction cut off) while it held a chunk, and for the feeds whose poll failed and
        // was retried (WorkerFleet.FailedPollRetry; each failure is logged as event 1102): leases
        // outlive any slow poll, so nothing else is fetched twice, whatever the load.
        var failedPolls = fleet.CountInLogs(FailedPollEvent);
        Assert.InRange(outlets.FeedFetches, outlets.Sources, outlets.Sources + redoneChunks * FeedChunk + failedPolls);
        Assert.InRange(outlets.PageFetches, expected, expected + redoneChunks * PageChunk);
    }

    /// <summary>Fails, with the dead worker's exit code and the end of its log, when a worker has exited.</summary>
    private static void AssertAllAlive(WorkerFleet fleet, string what)
    {
        for (var i = 0; i < fleet.Workers.Count; i++)
        {
            var worker = fleet.Workers[i];
            Assert.False(worker.HasExited, worker.HasExited ? $"{what}: worker {i} exited with code {worker.ExitCode}\n{Tail(fleet, i)}" : what);
        }
    }

    private static string Tail(WorkerFleet fleet, int worker)
    {
        var lines = fleet.Log(worker).Split('\n');
        return $"failed polls logged by all workers: {fleet.CountInLogs(FailedPollEvent)}; the end of worker {worker}'s log:\n"
            + string.Join('\n', lines.TakeLast(30));
    }
}
