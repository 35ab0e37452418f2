using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Demo;
using Newsdesk.Hosting;
using Newsdesk.Sources;
using Newsdesk.Storage;
using Newsdesk.Workers;

namespace Newsdesk.Replay;

/// <summary>
/// A replay of real outlets' recorded feeds: the captures served on loopback as the replay clock
/// passes their times, and the real pipeline and site on them, as in the demo. Article pages are
/// unreachable (only loopback is fetched), so articles are the feeds' own text, as in an outage.
/// The newsroom clock runs on the replay's story time, so items without a date take the story
/// time at which they were first seen.
/// </summary>
public sealed class ReplayRun : IAsyncDisposable
{
    /// <summary>
    /// Longest real wait, after the replay ends, for every outlet to be polled once more (so its
    /// last capture's items are stored); an outlet still not polled then is not waited for.
    /// </summary>
    private static readonly TimeSpan LastPollAfterReplay = TimeSpan.FromSeconds(60);

    /// <summary>How often the watcher looks at the clock, and at recorded polls while the clock holds at a capture time.</summary>
    private static readonly TimeSpan WatchEvery = TimeSpan.FromMilliseconds(25);

    private readonly ReplayFeedServer _feeds;
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watcher;
    private DateTimeOffset? _finishedAt;

    private ReplayRun(CaptureSet captures, ReplayClock clock, ReplayFeedServer feeds, WebApplication app, Uri site)
    {
        Captures = captures;
        Clock = clock;
        _feeds = feeds;
        _app = app;
        SiteUrl = site;
        _watcher = WatchPollsAsync(_stop.Token);
    }

    public CaptureSet Captures { get; }

    public ReplayClock Clock { get; }

    public Uri SiteUrl { get; }

    public IServiceProvider Services => _app.Services;

    public PipelineSnapshot Progress => _app.Services.GetRequiredService<PipelineStats>().Snapshot();

    /// <summary>
    /// Longest real time a due story waits for the writer in a replay before it goes ahead of newer
    /// changes: the bound is on the news clock, which runs <see cref="ReplaySettings.Speed"/> times
    /// faster, so the pipeline's bound (30 minutes of news) would be a fraction of a second here and
    /// the writer would catch up oldest first. A minute keeps the newest-first front page while a
    /// reader watches, and still writes every old change within about a minute of its wait.
    /// </summary>
    internal static readonly TimeSpan WriteMaxWaitReal = TimeSpan.FromMinutes(1);

    /// <summary>The replay's configuration: the demo's fast loopback settings, and nothing fetched beyond loopback.</summary>
    public static Dictionary<string, string?> Configuration(string dataDir, double speed = ReplaySettings.DefaultSpeed) => new(DemoRun.Configuration(dataDir))
    {
        ["Newsdesk:Pipeline:WriteMaxWait"] = (WriteMaxWaitReal * speed).ToString("c", CultureInfo.InvariantCulture),
        ["Newsdesk:Fetch:AllowPrivateAddresses"] = "false",
        ["Newsdesk:Fetch:AllowedAddresses:0"] = "127.0.0.1",
        ["Newsdesk:Fetch:LoopbackOnly"] = "true",
        ["Newsdesk:Polling:MaxInterval"] = "00:00:02",
        ["Newsdesk:Pipeline:IdleDelay"] = "00:00:00.200",
    };

    public static async Task<ReplayRun> StartAsync(ReplaySettings settings, CancellationToken ct)
    {
        var captures = CaptureSet.Load(settings.Folder);
        var from = settings.From ?? captures.First;
        var until = settings.Until ?? captures.Last;
        if (until < from)
        {
            throw new CaptureSetException($"--until {until:O} is before --from {from:O}");
        }

        var slice = captures.Slice(from, until);
        if (slice.Count == 0)
        {
            throw new CaptureSetException($"no captures at or before {until:O} in {captures.Root}");
        }

        if (Directory.Exists(settings.DataDir))
        {
            Directory.Delete(settings.DataDir, recursive: true);   // a replay starts from nothing every time
        }

        var clock = new ReplayClock(slice, from, until, settings.Speed, settings.GateTimeout, TimeProvider.System);
        var feeds = await ReplayFeedServer.StartAsync(clock, slice, settings.FeedPort, ct);
        try
        {
            var news = new NewsClock(new ReplayNewsTime(clock));
            var app = ServeHost.Build(
                ServeRole.All,
                $"http://127.0.0.1:{settings.SitePort.ToString(CultureInfo.InvariantCulture)}",
                Configuration(settings.DataDir, settings.Speed),
                services => services.AddSingleton(news),
                settings.LogLevel);
            await app.StartAsync(ct);
            var site = new Uri(app.Urls.First().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal) + "/");
            var sources = app.Services.GetRequiredService<SourceStore>();
            var now = TimeProvider.System.GetUtcNow();
            foreach (var outlet in feeds.Outlets.Order(StringComparer.Ordinal))
            {
                await sources.AddAsync(new NewSource(feeds.FeedUrl(outlet).AbsoluteUri, outlet), TimeSpan.FromSeconds(1), now, ct);
            }

            return new ReplayRun(captures, clock, feeds, app, site);
        }
        catch
        {
            await feeds.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// True once the replay clock has reached the end with every capture fetched, every outlet has
    /// been polled since (its last items stored), and the pipeline has nothing left to fetch, place or write.
    /// </summary>
    public async Task<bool> CaughtUpAsync(CancellationToken ct)
    {
        if (!Clock.Finished)
        {
            return false;
        }

        var finishedAt = _finishedAt ??= TimeProvider.System.GetUtcNow();
        var sources = await Services.GetRequiredService<SourceStore>().ListAsync(ct);
        if (sources.Any(s => s.LastPollAt is not { } polled || polled <= finishedAt)
            && TimeProvider.System.GetUtcNow() - finishedAt < LastPollAfterReplay)
        {
            return false;
        }

        var articles = Services.GetRequiredService<ArticleStore>();
        var stories = Services.GetRequiredService<StoryStore>();
        return (await articles.PendingAsync(1, ct)).Count == 0
            && (await articles.UnclusteredAsync(1, ct)).Count == 0
            && (await stories.DueAsync(DateTimeOffset.MaxValue.AddYears(-1), TimeSpan.Zero, 1, ct)).Count == 0;
    }

    /// <summary>
    /// While the clock holds at a capture time: makes each outlet it waits for due at once and
    /// nudges the pipeline's polling loop (again after each poll that did not take the capture:
    /// one that began before the capture was current), and tells the clock when each outlet's
    /// poll is recorded (its source's last poll time), so that a capture counts as taken only once
    /// its items are stored. The clock thus waits for a poll, never for a round of writing.
    /// </summary>
    private async Task WatchPollsAsync(CancellationToken ct)
    {
        var outletOf = _feeds.Outlets.ToDictionary(o => _feeds.FeedUrl(o).AbsoluteUri, StringComparer.Ordinal);
        var sources = Services.GetRequiredService<SourceStore>();
        var nudge = Services.GetRequiredService<PollNudge>();
        var nudged = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var waitingFor = Clock.WaitingFor;
                if (waitingFor.Count > 0)
                {
                    try
                    {
                        var polledOutlets = (await sources.ListAsync(ct))
                            .Where(s => outletOf.ContainsKey(s.Url))
                            .ToDictionary(s => outletOf[s.Url], StringComparer.Ordinal);
                        foreach (var (outlet, source) in polledOutlets)
                        {
                            if (source.LastPollAt is { } polled)
                            {
                                Clock.Recorded(outlet, polled);
                            }
                        }

                        var made = false;
                        foreach (var outlet in Clock.WaitingFor)
                        {
                            if (polledOutlets.TryGetValue(outlet, out var source)
                                && (!nudged.TryGetValue(outlet, out var at) || source.LastPollAt is { } polled && polled >= at))
                            {
                                var now = TimeProvider.System.GetUtcNow();
                                await sources.MakeDueAsync(source.Id, now, ct);
                                nudged[outlet] = now;
                                made = true;
                            }
                        }

                        if (made)
                        {
                            nudge.PollNow();
                        }
                    }
                    catch (StorageUnavailableException)
                    {
                        // The database is busy for longer than its retries: look again next time.
                    }
                }

                await Task.Delay(WatchEvery, ct);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    public Task WaitForShutdownAsync(CancellationToken ct) => _app.WaitForShutdownAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watcher;
        _stop.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        await _feeds.DisposeAsync();
    }
}
