using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsdesk.Hosting;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Stories;
using Newsdesk.Text;

namespace Newsdesk.Workers;

/// <summary>
/// Places new articles in stories with the one online clusterer. The clusterer lives in memory and
/// is rebuilt at start by replaying the window's clustered articles in arrival order; its story ids
/// map to stored stories. Merges the clusterer finds are applied to storage (the merged story's
/// slug then redirects to the surviving one).
/// Across processes clustering has one writer: the worker holding the <c>cluster</c> role lease.
/// While it holds the role a worker renews the lease in the background (every third of its length),
/// so only a dead, hung or paused worker lets it lapse; every placement also checks the lease in its
/// own transaction. A worker that loses the lease, or takes it anew, forgets its clusterer and
/// rebuilds it from storage before placing more.
/// </summary>
internal sealed partial class ClusterStage(
    ArticleStore articles,
    StoryStore stories,
    LeaseStore roles,
    WorkerLeases leases,
    InMemoryStoryCatalog catalog,
    PipelineStats stats,
    NewsClock clock,
    TimeProvider time,
    IOptions<PipelineOptions> options,
    ILogger<ClusterStage> logger) : IAsyncDisposable
{
    private readonly PipelineOptions _options = options.Value;
    private readonly Dictionary<string, long> _storyOf = new(StringComparer.Ordinal);
    private StoryClusterer? _clusterer;
    private volatile bool _stale;
    private CancellationTokenSource? _renewalStop;
    private Task? _renewal;

    /// <summary>Places one batch of new articles when this worker holds (or can take) the clustering role; returns how many were placed.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var state = await roles.AcquireAsync(WorkerLeases.ClusterRole, Role.Lease, ct);
        if (state != RoleLeaseState.Renewed || _stale)
        {
            // Held elsewhere: leave it. Newly taken, or lapsed meanwhile: another worker may have placed articles.
            Forget();
            if (state == RoleLeaseState.HeldElsewhere)
            {
                await StopRenewalAsync();
                return 0;
            }

            if (state == RoleLeaseState.Acquired)
            {
                Log.RoleTaken(logger);
            }
        }

        StartRenewal();
        try
        {
            return await PlaceBatchAsync(_clusterer ?? await RebuildAsync(ct), ct);
        }
        catch
        {
            // A write that failed leaves the clusterer ahead of storage; rebuild it from storage next time.
            Forget();
            throw;
        }
    }

    /// <summary>Gives the clustering role up at shutdown, so that another worker takes it at once.</summary>
    public async Task ReleaseRoleAsync(CancellationToken ct)
    {
        await StopRenewalAsync();
        Forget();
        await roles.ReleaseAsync(WorkerLeases.ClusterRole, leases.Owner, ct);
    }

    public async ValueTask DisposeAsync() => await StopRenewalAsync();

    private void StartRenewal()
    {
        if (_renewal is { IsCompleted: false })
        {
            return;
        }

        _renewalStop?.Dispose();
        _renewalStop = new CancellationTokenSource();
        _renewal = RenewAsync(_renewalStop.Token);
    }

    private async Task StopRenewalAsync()
    {
        if (_renewalStop is null || _renewal is null)
        {
            return;
        }

        await _renewalStop.CancelAsync();
        try
        {
            await _renewal;
        }
        catch (Exception)
        {
            // Stopped (cancelled), or it had failed already: either way no renewal runs now.
        }
    }

    /// <summary>Renews the role every third of its length while held; marks the clusterer stale when the role lapsed or went elsewhere.</summary>
    private async Task RenewAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(leases.RoleDuration / 3, time);
        while (await timer.WaitForNextTickAsync(ct))
        {
            try
            {
                if (await roles.AcquireAsync(WorkerLeases.ClusterRole, Role.Lease, ct) != RoleLeaseState.Renewed)
                {
                    _stale = true;
                    Log.RoleLost(logger);
                    return;
                }
            }
            catch (StorageUnavailableException)
            {
                // The database is away for longer than the retries: try at the next tick; the lease may lapse meanwhile.
            }
        }
    }

    private RoleLease Role => leases.Role(WorkerLeases.ClusterRole);

    private async Task<int> PlaceBatchAsync(StoryClusterer clusterer, CancellationToken ct)
    {
        var batch = await articles.UnclusteredAsync(_options.BatchSize, ct);
        var placed = 0;
        foreach (var article in batch)
        {
            var assignment = clusterer.Add(article.ToArticle());
            var now = clock.Now;
            foreach (var merge in assignment.Merges)
            {
                if (_storyOf.TryGetValue(merge.From, out var from) && _storyOf.TryGetValue(merge.Into, out var into) && from != into)
                {
                    if (await stories.MergeAsync(from, into, now, Role, ct) is not { } fromSlug)
                    {
                        return RoleLost(placed);
                    }

                    catalog.Redirect(fromSlug, into.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    _storyOf[merge.From] = into;
                    stats.StoriesMerged();
                    Log.Merged(logger, from, into, article.Id);
                }
            }

            if (_storyOf.TryGetValue(assignment.StoryId, out var storyId))
            {
                if (!await stories.AddArticleAsync(storyId, article.Id, now, Role, ct))
                {
                    return RoleLost(placed);
                }
            }
            else
            {
                if (await stories.CreateAsync(Slug.From(article.Title), article.Id, now, Role, ct) is not { } created)
                {
                    return RoleLost(placed);
                }

                _storyOf[assignment.StoryId] = created.Id;
                stats.StoryOpened();
                Log.Opened(logger, created.Id, created.Slug, article.Id);
                if (assignment.Link is { } link && _storyOf.TryGetValue(link.EarlierId, out var earlier) && earlier != created.Id)
                {
                    if (await stories.LinkThreadAsync(created.Id, earlier, Role, ct) is not { } thread)
                    {
                        return RoleLost(placed + 1);
                    }

                    if (thread > 0)
                    {
                        catalog.Thread(Id(earlier), Id(thread));
                        catalog.Thread(Id(created.Id), Id(thread));
                        Log.Threaded(logger, created.Id, earlier, thread);
                    }
                }
            }

            placed++;
        }

        return placed;
    }

    private int RoleLost(int placed)
    {
        Log.RoleLost(logger);
        Forget();
        return placed;
    }

    private void Forget()
    {
        _clusterer = null;
        _storyOf.Clear();
        _stale = false;
    }

    private async Task<StoryClusterer> RebuildAsync(CancellationToken ct)
    {
        var clusterer = new StoryClusterer(new StoryClustererOptions { Window = _options.ClusterWindow });
        var membership = (await stories.MembershipAsync(ct)).ToDictionary(m => m.ArticleId, m => m.StoryId);
        // Two spans back (a story open at the horizon started a span before it), and the thread horizon
        // before that, so that a new story can still be linked to the stories it may develop.
        var replay = await articles.ClusteredSinceAsync(clock.Now - _options.ClusterWindow - _options.ClusterWindow - clusterer.ThreadHorizon, ct);
        foreach (var article in replay)
        {
            var assignment = clusterer.Add(article.ToArticle());
            if (membership.TryGetValue(article.Id, out var storyId))
            {
                _storyOf[assignment.StoryId] = storyId;
                foreach (var merge in assignment.Merges)
                {
                    _storyOf[merge.From] = storyId;
                }
            }
        }

        Log.Rebuilt(logger, replay.Count, clusterer.OpenStories);
        _clusterer = clusterer;
        return clusterer;
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static partial class Log
    {
        [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Story {StoryId} develops story {EarlierStoryId}: thread {ThreadId}")]
        public static partial void Threaded(ILogger logger, long storyId, long earlierStoryId, long threadId);

        [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Story {StoryId} ({Slug}) opened by article {ArticleId}")]
        public static partial void Opened(ILogger logger, long storyId, string slug, long articleId);

        [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Story {StoryId} merged into story {IntoStoryId} (article {ArticleId})")]
        public static partial void Merged(ILogger logger, long storyId, long intoStoryId, long articleId);

        [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Clusterer rebuilt from {Articles} articles ({Stories} open stories)")]
        public static partial void Rebuilt(ILogger logger, int articles, int stories);

        [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "This worker took the clustering role")]
        public static partial void RoleTaken(ILogger logger);

        [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "The clustering role lease lapsed; the clusterer is rebuilt from storage when the role is back")]
        public static partial void RoleLost(ILogger logger);
    }
}
