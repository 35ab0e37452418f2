using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsdesk.Hosting;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Stories;

namespace Newsdesk.Workers;

/// <summary>
/// Places new articles in stories with the one online clusterer. The clusterer lives in memory and
/// is rebuilt at start by replaying the window's clustered articles in arrival order; its story ids
/// map to stored stories. Merges the clusterer finds are applied to storage (the merged story's
/// slug then redirects to the surviving one).
/// </summary>
internal sealed partial class ClusterStage(
    ArticleStore articles,
    StoryStore stories,
    InMemoryStoryCatalog catalog,
    PipelineStats stats,
    NewsClock clock,
    IOptions<PipelineOptions> options,
    ILogger<ClusterStage> logger)
{
    private readonly PipelineOptions _options = options.Value;
    private readonly Dictionary<string, long> _storyOf = new(StringComparer.Ordinal);
    private StoryClusterer? _clusterer;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var clusterer = _clusterer ?? await RebuildAsync(ct);
        var batch = await articles.UnclusteredAsync(_options.BatchSize, ct);
        foreach (var article in batch)
        {
            var assignment = clusterer.Add(article.ToArticle());
            var now = clock.Now;
            foreach (var merge in assignment.Merges)
            {
                if (_storyOf.TryGetValue(merge.From, out var from) && _storyOf.TryGetValue(merge.Into, out var into) && from != into)
                {
                    var fromSlug = await stories.MergeAsync(from, into, now, ct);
                    catalog.Redirect(fromSlug, into.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    _storyOf[merge.From] = into;
                    stats.StoriesMerged();
                    Log.Merged(logger, from, into, article.Id);
                }
            }

            if (!_storyOf.TryGetValue(assignment.StoryId, out var storyId))
            {
                (storyId, var slug) = await stories.CreateAsync(Newsdesk.Stories.Slug.From(article.Title), now, ct);
                _storyOf[assignment.StoryId] = storyId;
                stats.StoryOpened();
                Log.Opened(logger, storyId, slug, article.Id);
            }

            await stories.AddArticleAsync(storyId, article.Id, now, ct);
        }

        return batch.Count;
    }

    private async Task<StoryClusterer> RebuildAsync(CancellationToken ct)
    {
        var clusterer = new StoryClusterer(new StoryClustererOptions { Window = _options.ClusterWindow });
        var membership = (await stories.MembershipAsync(ct)).ToDictionary(m => m.ArticleId, m => m.StoryId);
        var replay = await articles.ClusteredSinceAsync(clock.Now - _options.ClusterWindow - _options.ClusterWindow, ct);
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

    private static partial class Log
    {
        [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Story {StoryId} ({Slug}) opened by article {ArticleId}")]
        public static partial void Opened(ILogger logger, long storyId, string slug, long articleId);

        [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Story {StoryId} merged into story {IntoStoryId} (article {ArticleId})")]
        public static partial void Merged(ILogger logger, long storyId, long intoStoryId, long articleId);

        [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Clusterer rebuilt from {Articles} articles ({Stories} open stories)")]
        public static partial void Rebuilt(ILogger logger, int articles, int stories);
    }
}
