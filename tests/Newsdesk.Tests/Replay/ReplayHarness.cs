using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Publishing;
using Newsdesk.Replay;
using Newsdesk.Storage;
using Newsdesk.Workers;

namespace Newsdesk.Tests.Replay;

/// <summary>
/// Runs a replay to the end as `newsdesk replay --exit-when-done` does, without the terminal
/// display. The clock is driven by the captures (a speed far above what polling keeps up with, so
/// it moves from one capture time to the next as soon as each capture is taken) and the waits are
/// generous: nothing here depends on how fast the machine is.
/// </summary>
internal static class ReplayHarness
{
    /// <summary>Faster than any poller: the capture gates set the pace.</summary>
    private const double Speed = 1e6;

    /// <summary>Longest wait at one capture time: far beyond any poll, even under full-suite load.</summary>
    private static readonly TimeSpan GateTimeout = TimeSpan.FromMinutes(4);

    /// <summary>Longest wait for the whole replay and for the pipeline to catch up.</summary>
    public static readonly TimeSpan Overall = TimeSpan.FromMinutes(10);

    public static async Task<ReplayRun> RunAsync(string folder, DateTimeOffset? from, DateTimeOffset? until, CancellationToken ct)
    {
        var data = Path.Combine(Path.GetTempPath(), "newsdesk-replay-test-" + Guid.NewGuid().ToString("N"));
        var run = await ReplayRun.StartAsync(new ReplaySettings
        {
            Folder = folder, DataDir = data, SitePort = 0, FeedPort = 0, From = from, Until = until, Speed = Speed, GateTimeout = GateTimeout,
        }, ct);
        while (!await run.CaughtUpAsync(ct))
        {
            await Task.Delay(200, ct);
        }

        return run;
    }

    /// <summary>One stored feed item with its source, article and times.</summary>
    public sealed record Row(string Outlet, string Guid, string? Link, string? Title, long FirstSeenAt, long? PublishedAt, long? ArticleId, long? ArticlePublishedAt, string? ArticleTitle);

    public static async Task<IReadOnlyList<Row>> ItemsAsync(ReplayRun run, CancellationToken ct) =>
        await run.Services.GetRequiredService<Database>().ReadAsync<IReadOnlyList<Row>>(async connection =>
            (await connection.QueryAsync<Row>(new CommandDefinition("""
                SELECT s.url AS Outlet, i.guid AS Guid, i.link AS Link, i.title AS Title, i.first_seen_at AS FirstSeenAt,
                       i.published_at AS PublishedAt, a.id AS ArticleId, a.published_at AS ArticlePublishedAt, a.title AS ArticleTitle
                FROM feed_items i JOIN sources s ON s.id = i.source_id
                LEFT JOIN item_articles ia ON ia.item_id = i.id LEFT JOIN articles a ON a.id = ia.article_id
                ORDER BY i.id
                """, cancellationToken: ct))).Select(r => r with { Outlet = r.Outlet.Split('/')[^2] }).ToList(), ct);

    /// <summary>The plumbing every replay must keep: no stage failed, every article placed, every story written with sources.</summary>
    public static async Task AssertPipelineHeldAsync(ReplayRun run, CancellationToken ct)
    {
        var stats = run.Services.GetRequiredService<PipelineStats>();
        Assert.All(stats.StageTimes(), s => Assert.True(s.Failures == 0, $"stage {s.Stage} failed {s.Failures} time(s)"));
        Assert.Equal(0, run.Progress.WriteErrors);
        Assert.Equal(run.Clock.Total, run.Clock.TakenCount);
        Assert.Equal(0, run.Clock.TimedOutGates);

        var articles = run.Services.GetRequiredService<ArticleStore>();
        var stories = run.Services.GetRequiredService<StoryStore>();
        var membership = await stories.MembershipAsync(ct);
        var articleCount = await articles.CountAsync(ct);
        Assert.Equal(articleCount, membership.Select(m => m.ArticleId).Distinct().Count());
        Assert.Equal(membership.Count, membership.Select(m => m.ArticleId).Distinct().Count());

        // No story is left to write (a story the verifier left nothing of is not published), and
        // every published story is reachable by its slug and lists its sources.
        Assert.Empty(await stories.DueAsync(DateTimeOffset.MaxValue.AddYears(-1), TimeSpan.Zero, 1, ct));
        var catalog = run.Services.GetRequiredService<InMemoryStoryCatalog>();
        var front = await catalog.FrontPageAsync(1, 100_000, ct);
        Assert.NotEmpty(front);
        foreach (var summary in front)
        {
            var story = await catalog.GetBySlugAsync(summary.Slug, ct);
            Assert.NotNull(story);
            Assert.NotEmpty(story!.Content.Sources);
        }
    }
}
