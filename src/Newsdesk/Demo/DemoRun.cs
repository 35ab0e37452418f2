using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newsdesk.Hosting;
using Newsdesk.Notify;
using Newsdesk.Publishing;
using Newsdesk.Sources;
using Newsdesk.Storage;
using Newsdesk.Workers;

namespace Newsdesk.Demo;

/// <summary>How a demo run is set up.</summary>
public sealed record DemoSettings
{
    public string DataDir { get; init; } = Path.Combine("data", "demo");

    /// <summary>Port of the site on 127.0.0.1 (0 picks a free one).</summary>
    public int SitePort { get; init; } = 5080;

    /// <summary>Port of the sample outlets on 127.0.0.1 (0 picks a free one).</summary>
    public int OutletPort { get; init; } = 0;

    public TimeSpan Replay { get; init; } = SampleOutletOptions.DefaultReplayLength;

    /// <summary>
    /// Replay in steps instead of on the clock (<see cref="Replay"/> is then unused): story time
    /// moves to the next moment the outlets change only once the pipeline has handled the moment
    /// before completely (<see cref="DemoRun.ReplaySteppedAsync"/>). The stories formed are then
    /// the same on every run, however loaded the machine.
    /// </summary>
    public bool Stepped { get; init; }

    public LogLevel LogLevel { get; init; } = LogLevel.Warning;
}

/// <summary>
/// The demo: the sample outlets on loopback, replaying their publication, and the real pipeline
/// and site on them. Nothing in the pipeline knows it is a demo: the demo only sets configuration
/// (loopback fetches allowed, short poll intervals, no per-host gap since all outlets share one
/// host) and runs the newsroom clock on the replay's story time. A follow of breaking news
/// delivers to a webhook receiver of the demo's own on 127.0.0.1 (<see cref="Webhook"/>), so the
/// terminal shows deliveries as they happen.
/// </summary>
public sealed class DemoRun : IAsyncDisposable
{
    /// <summary>The demo's follow: every breaking story, delivered once to <see cref="Webhook"/>.</summary>
    public const string BreakingFollowName = "Breaking news";

    private readonly SampleOutletServer _outlets;
    private readonly DemoWebhookReceiver _webhook;
    private readonly WebApplication _app;
    private DateTimeOffset? _finishedAt;
    private bool _steppedThrough;

    /// <summary>
    /// Longest real wait, after the replay ends, for every outlet to be polled successfully once
    /// more: an outlet still failing then (none of the samples does) is not waited for any longer.
    /// </summary>
    private static readonly TimeSpan LastPollAfterReplay = TimeSpan.FromSeconds(30);

    /// <summary>Real wait, in a stepped replay, before a round again after a round that handled nothing while work is left (a stage failed).</summary>
    private static readonly TimeSpan SteppedRetryDelay = TimeSpan.FromMilliseconds(200);

    private DemoRun(SampleOutletServer outlets, DemoWebhookReceiver webhook, WebApplication app, Uri site)
    {
        _outlets = outlets;
        _webhook = webhook;
        _app = app;
        SiteUrl = site;
    }

    public Uri SiteUrl { get; }

    public DemoTimeline Timeline => _outlets.Timeline;

    public SampleSet Samples => _outlets.Samples;

    /// <summary>The loopback webhook the breaking follow delivers to, with what it received.</summary>
    public DemoWebhookReceiver Webhook => _webhook;

    public IServiceProvider Services => _app.Services;

    public PipelineSnapshot Progress => _app.Services.GetRequiredService<PipelineStats>().Snapshot();

    /// <summary>The demo's configuration: what a user would put in appsettings.json for a fast loopback replay.</summary>
    public static Dictionary<string, string?> Configuration(string dataDir) => new()
    {
        ["Newsdesk:DataDir"] = dataDir,
        ["Newsdesk:Fetch:AllowPrivateAddresses"] = "true",
        ["Newsdesk:Fetch:PerHostMinGap"] = "00:00:00",
        ["Newsdesk:Fetch:PerHostConcurrency"] = "8",
        ["Newsdesk:Fetch:Timeout"] = "00:00:10",
        ["Newsdesk:Polling:MinInterval"] = "00:00:01",
        ["Newsdesk:Polling:MaxInterval"] = "00:00:03",
        ["Newsdesk:Pipeline:IdleDelay"] = "00:00:00.500",
        // The replay's clock stops at the end of the story time: a gap between revisions measured
        // on it would never pass for a story that changed in its last minutes.
        ["Newsdesk:Pipeline:RewriteInterval"] = "00:00:00",
        ["Newsdesk:Pipeline:FetchConcurrency"] = "8",
        // The breaking follow's webhook is the demo's own receiver on loopback: no gap between deliveries.
        ["Newsdesk:Notify:PerDestinationGap"] = "00:00:00",
        ["Newsdesk:Notify:IdleDelay"] = "00:00:00.500",
    };

    /// <summary>
    /// The stepped replay's configuration: the demo's, but a source is polled only when the replay
    /// makes it due (at each step), and one at a time, so that items are stored in the same order
    /// on every run (articles and placements follow that order).
    /// </summary>
    public static Dictionary<string, string?> SteppedConfiguration(string dataDir) => new(Configuration(dataDir))
    {
        ["Newsdesk:Polling:MinInterval"] = "1.00:00:00",
        ["Newsdesk:Polling:MaxInterval"] = "1.00:00:00",
        ["Newsdesk:Polling:Concurrency"] = "1",
    };

    public static async Task<DemoRun> StartAsync(DemoSettings settings, CancellationToken ct)
    {
        if (Directory.Exists(settings.DataDir))
        {
            Directory.Delete(settings.DataDir, recursive: true);   // the demo starts from nothing every time
        }

        var outlets = await SampleOutletServer.StartAsync(
            new SampleOutletOptions { Port = settings.OutletPort, ReplayLength = settings.Replay, Stepped = settings.Stepped }, TimeProvider.System, ct);
        DemoWebhookReceiver? webhook = null;
        try
        {
            webhook = await DemoWebhookReceiver.StartAsync(ct);
            var clock = new NewsClock(new ReplayTimeProvider(outlets.Timeline));
            var siteUrl = $"http://127.0.0.1:{settings.SitePort.ToString(CultureInfo.InvariantCulture)}";
            var configuration = settings.Stepped ? SteppedConfiguration(settings.DataDir) : Configuration(settings.DataDir);
            if (settings.SitePort != 0)
            {
                configuration["Newsdesk:Notify:PublicUrl"] = siteUrl + "/";   // links in deliveries point at the demo's site
            }

            var app = ServeHost.Build(
                ServeRole.All,
                siteUrl,
                configuration,
                services => services.AddSingleton(clock),
                settings.LogLevel,
                pipelineInBackground: !settings.Stepped);
            await app.StartAsync(ct);
            var site = new Uri(app.Urls.First().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal) + "/");

            var sources = app.Services.GetRequiredService<SourceStore>();
            var now = TimeProvider.System.GetUtcNow();
            foreach (var outlet in outlets.Outlets)
            {
                await sources.AddAsync(new NewSource(outlet.FeedUrl.AbsoluteUri, outlet.Name, outlet.HomeUrl.AbsoluteUri), TimeSpan.FromSeconds(2), now, ct);
            }

            var follow = await app.Services.GetRequiredService<FollowStore>().AddAsync(
                new FollowSpec(BreakingFollowName, FollowKind.Breaking, "", FollowTrigger.New, Channel.Webhook, webhook.Url.AbsoluteUri), now, ct);
            webhook.Secret = follow.Secret;
            return new DemoRun(outlets, webhook, app, site);
        }
        catch
        {
            if (webhook is not null)
            {
                await webhook.DisposeAsync();
            }

            await outlets.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// True once the replay is over, every source has been polled since (the longest poll interval
    /// has passed), the pipeline has nothing left to fetch, place or write, and the site shows every
    /// revision stored (a revision reaches the site's catalog just after its transaction commits).
    /// </summary>
    public async Task<bool> CaughtUpAsync(CancellationToken ct)
    {
        if (Timeline.IsStepped)
        {
            return _steppedThrough && await SiteShowsAsync(await Services.GetRequiredService<StoryStore>().LatestRevisionsAsync(ct), ct) && await DeliveredAsync(ct);
        }

        if (!Timeline.Finished)
        {
            return false;
        }

        // Every outlet's last items are seen only by a poll after the replay's end; an outlet in
        // backoff after a fault window may be polled well after that.
        var finishedAt = _finishedAt ??= TimeProvider.System.GetUtcNow();
        var sources = await Services.GetRequiredService<SourceStore>().ListAsync(ct);
        if (sources.Any(s => s.LastSuccessAt is not { } success || success <= finishedAt)
            && TimeProvider.System.GetUtcNow() - finishedAt < LastPollAfterReplay)
        {
            return false;
        }

        var articles = Services.GetRequiredService<ArticleStore>();
        var stories = Services.GetRequiredService<StoryStore>();
        return (await articles.PendingAsync(1, ct)).Count == 0
            && (await articles.UnclusteredAsync(1, ct)).Count == 0
            && (await stories.DueAsync(DateTimeOffset.MaxValue.AddYears(-1), TimeSpan.Zero, 1, ct)).Count == 0
            && await SiteShowsAsync(await stories.LatestRevisionsAsync(ct), ct)
            && await DeliveredAsync(ct);
    }

    /// <summary>Whether no delivery is waiting in the outbox (the demo's receiver answers every one at once).</summary>
    private async Task<bool> DeliveredAsync(CancellationToken ct) =>
        (await Services.GetRequiredService<NotificationOutbox>().CountsAsync(ct)).Sum(c => c.Pending) == 0;

    /// <summary>
    /// Runs a stepped replay to its end: at each moment the outlets change (<see cref="ReplayMoments"/>),
    /// story time moves there, every source is made due, and pipeline rounds run (here, one at a
    /// time: there is no background pipeline) until every source has been polled, every item is an
    /// article, every article is placed and every changed story written. No outcome depends on how
    /// fast any of it runs.
    /// </summary>
    public async Task ReplaySteppedAsync(CancellationToken ct)
    {
        if (!Timeline.IsStepped)
        {
            throw new InvalidOperationException("this demo replays on the clock; start it with DemoSettings.Stepped");
        }

        var pipeline = Services.GetRequiredService<Pipeline>();
        var deliveries = Services.GetRequiredService<DeliveryWorker>();
        var sources = Services.GetRequiredService<SourceStore>();
        foreach (var moment in ReplayMoments.Of(Samples))
        {
            Timeline.StepTo(moment);
            var stepAt = TimeProvider.System.GetUtcNow();
            await sources.MakeAllDueAsync(stepAt, ct);
            while (true)
            {
                if (await pipeline.RunRoundAsync(ct) + await deliveries.RunOnceAsync(ct) > 0)
                {
                    continue;
                }

                if (await HandledAsync(stepAt, ct))
                {
                    break;
                }

                await Task.Delay(SteppedRetryDelay, ct);   // a stage failed and left work behind: try again shortly
            }
        }

        _steppedThrough = true;
    }

    /// <summary>True when no source is due since <paramref name="stepAt"/> and nothing is left to fetch, place or write.</summary>
    private async Task<bool> HandledAsync(DateTimeOffset stepAt, CancellationToken ct)
    {
        var articles = Services.GetRequiredService<ArticleStore>();
        var stories = Services.GetRequiredService<StoryStore>();
        return (await Services.GetRequiredService<SourceStore>().DueAsync(stepAt, 1, ct)).Count == 0
            && (await articles.PendingAsync(1, ct)).Count == 0
            && (await articles.UnclusteredAsync(1, ct)).Count == 0
            && (await stories.DueAsync(DateTimeOffset.MaxValue.AddYears(-1), TimeSpan.Zero, 1, ct)).Count == 0;
    }

    /// <summary>Whether the site's catalog holds each of these revisions (or a later one) of its story.</summary>
    private async Task<bool> SiteShowsAsync(IReadOnlyList<StoredRevision> revisions, CancellationToken ct)
    {
        var catalog = Services.GetRequiredService<InMemoryStoryCatalog>();
        foreach (var revision in revisions)
        {
            if (await catalog.GetBySlugAsync(revision.Slug, ct) is not { } shown
                || shown.Id != revision.StoryId.ToString(CultureInfo.InvariantCulture)
                || shown.Revision < revision.Revision)
            {
                return false;
            }
        }

        return true;
    }

    public Task WaitForShutdownAsync(CancellationToken ct) => _app.WaitForShutdownAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        await _webhook.DisposeAsync();
        await _outlets.DisposeAsync();
    }
}
