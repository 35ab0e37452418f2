using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsdesk.Articles;
using Newsdesk.Fetching;
using Newsdesk.Hosting;
using Newsdesk.Storage;
using Newsdesk.Text;

namespace Newsdesk.Workers;

/// <summary>
/// Turns new feed items into articles: fetches each page politely (robots.txt, the fetcher's
/// per-host gate and SSRF guard), extracts its main text and metadata, and falls back to the feed's own text when
/// the page is paywalled, blocked or yields too little ("feed text only"). Canonical URLs make the
/// same article reached twice one row; near-duplicate text marks syndicated wire copies.
/// Items are leased, so several workers sharing a database fetch each page once between them.
/// An item whose feed gives no date (RSS 0.92 has none) and whose page gives none either takes the
/// time it was first seen, so every later stage (clustering windows, datelines, breaking) has one.
/// </summary>
internal sealed partial class ArticleStage(
    ArticleStore articles,
    HttpFetcher fetcher,
    RobotsCache robots,
    WireCopyIndex wireCopies,
    WorkerLeases leases,
    PipelineStats stats,
    TimeProvider time,
    IOptions<PipelineOptions> options,
    ILogger<ArticleStage> logger)
{
    private const string PageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    /// <summary>The fetcher returns a body only for a 2xx answer.</summary>
    private const int StatusOk = 200;

    /// <summary>
    /// Items leased at once, per concurrent fetch: a chunk is done within this many fetch timeouts,
    /// well inside a row lease, and the rest stays free for other workers.
    /// </summary>
    internal const int LeaseChunkPerSlot = 4;

    private readonly PipelineOptions _options = options.Value;

    /// <summary>Handles one batch of pending items; returns how many were handled.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        await wireCopies.EnsureLoadedAsync(articles, ct);
        var pending = await articles.LeasePendingAsync(leases.Row(), Math.Min(_options.BatchSize, _options.FetchConcurrency * LeaseChunkPerSlot), ct);
        if (pending.Count == 0)
        {
            return 0;
        }

        // Fetch and extract in parallel; store in item order so wire copies point at the first copy.
        var prepared = new ArticleToStore?[pending.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, pending.Count),
            new ParallelOptions { MaxDegreeOfParallelism = _options.FetchConcurrency, CancellationToken = ct },
            async (i, token) => prepared[i] = await PrepareAsync(pending[i], token));

        // Other workers sharing the database may have stored an original meanwhile.
        await wireCopies.CatchUpAsync(articles, ct);

        for (var i = 0; i < pending.Count; i++)
        {
            if (prepared[i] is not { } article)
            {
                continue;
            }

            // Markup is never text, and no article costs more than InputLimits allows: cleaned and cut here, before any stage sees it.
            article = article with
            {
                Title = InputLimits.Field(article.Title),
                Author = article.Author is null ? null : InputLimits.Field(article.Author),
                Text = InputLimits.Text(article.Text),
            };
            var original = wireCopies.FindOriginal(article.Text);
            var stored = article with { DuplicateOf = original, ItemContentHash = pending[i].ContentHash };
            switch (await articles.AddAsync(stored, leases.Row(), ct))
            {
                case ArticleAdd.LeaseLost:
                    Log.LeaseLost(logger, pending[i].ItemId);
                    break;
                case ArticleAdd.ItemChanged:
                    Log.ItemChanged(logger, pending[i].ItemId);
                    break;
                case ArticleAdd.Stored { Id: var id, Added: true }:
                    wireCopies.Add(id, article.Text, original);
                    stats.ArticleStored(article.TextSource == "page", original is not null);
                    Log.Stored(logger, id, pending[i].SourceId, article.TextSource, original);
                    break;
            }
        }

        return pending.Count;
    }

    private async Task<ArticleToStore?> PrepareAsync(PendingItem item, CancellationToken ct)
    {
        var feedText = FeedText.ToPlainText(item.Content is { Length: > 0 } ? item.Content : item.Summary);
        var now = time.GetUtcNow();
        if (item.Link is null || !Uri.TryCreate(item.Link, UriKind.Absolute, out var url))
        {
            return FromFeed(item, item.Link ?? $"item:{item.ItemId}", feedText, now, "the item has no link");
        }

        if (await robots.CheckAsync(url, ct) is { Allowed: false, Reason: var reason })
        {
            Log.PageNotFetched(logger, item.ItemId, item.Link, reason ?? "");
            return FromFeed(item, CanonicalUrl.Normalize(url).AbsoluteUri, feedText, now, reason ?? "");
        }

        ExtractedArticle? page = null;
        var subscriberOnly = false;
        string? error = null;
        Uri finalUrl = url;
        try
        {
            var result = await fetcher.FetchAsync(new FetchRequest(url, Accept: PageAccept), ct);
            switch (result)
            {
                case FetchResult.Fetched fetched:
                    finalUrl = fetched.FinalUrl;
                    subscriberOnly = PageAccess.IsSubscriberOnly(fetched.Body);
                    page = ArticleExtractor.Extract(fetched.Body, fetched.FinalUrl, declaredCharset: Charset(fetched.ContentType));
                    break;
                case FetchResult.Failed failed:
                    error = $"{failed.Error}: {failed.Detail}";
                    break;
                case FetchResult.RateLimited limited:
                    error = $"rate limited ({limited.Status})";
                    break;
                default:
                    error = "no page body";
                    break;
            }
        }
        catch (FormatException e)
        {
            error = $"not an article page: {e.Message}";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error = $"extraction failed: {e.Message}";
        }

        if (error is not null)
        {
            stats.FetchFailed();
            Log.PageFailed(logger, item.ItemId, item.Link, error);
        }

        var canonical = Canonical(page?.CanonicalUrl, finalUrl);
        var verdict = page is null ? TextVerdict.HttpError
            : subscriberOnly ? TextVerdict.Paywalled
            : TextSufficiency.Judge(page, StatusOk, feedText);
        // A paywall or a bot check means the page's text is a teaser or a challenge, whatever its
        // length; text that is merely short is replaced only when the feed has more to offer.
        var pageWithheld = verdict is TextVerdict.Paywalled or TextVerdict.BotChallenge && feedText.Length > 0;
        if (page is null || pageWithheld
            || (verdict != TextVerdict.Sufficient && feedText.Length > page.Text.Length / 2))
        {
            return FromFeed(item, canonical, feedText, now, error ?? $"page text not used: {verdict}") with
            {
                Url = finalUrl.AbsoluteUri,
                Author = page?.Author ?? item.Author,
                Image = page?.Image,
            };
        }

        return new ArticleToStore(
            item.ItemId, finalUrl.AbsoluteUri, canonical, item.SourceName,
            FirstNonEmpty(item.Title, page.Title) ?? "", page.Author ?? item.Author,
            item.Published ?? page.Published ?? item.FirstSeen, page.Language, page.Image, page.Text, "page",
            SimHash: null, DuplicateOf: null, now, FetchError: null);
    }

    private static ArticleToStore FromFeed(PendingItem item, string canonical, string text, DateTimeOffset now, string why) =>
        new(item.ItemId, item.Link ?? canonical, canonical, item.SourceName, item.Title ?? "", item.Author,
            item.Published ?? item.FirstSeen, Language: null, Image: null, text, "feed", SimHash: null, DuplicateOf: null, now, why);

    /// <summary>
    /// The page's declared canonical URL when it is on the same host (a page cannot claim another
    /// site's article), else the fetched URL; tracking parameters and AMP/mobile variants removed.
    /// </summary>
    private static string Canonical(string? declared, Uri fetched)
    {
        var sameHost = declared is not null && Uri.TryCreate(declared, UriKind.Absolute, out var canonical)
            && canonical.Host.Equals(fetched.Host, StringComparison.OrdinalIgnoreCase);
        return sameHost
            ? CanonicalUrl.Normalize(new Uri(declared!), hasCanonicalLink: true).AbsoluteUri
            : CanonicalUrl.Normalize(fetched).AbsoluteUri;
    }

    private static string? Charset(string? contentType)
    {
        const string Key = "charset=";
        var at = contentType?.IndexOf(Key, StringComparison.OrdinalIgnoreCase) ?? -1;
        return at < 0 ? null : contentType![(at + Key.Length)..].Trim().Trim('"', '\'').Split(';')[0];
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static partial class Log
    {
        [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Stored article {ArticleId} from source {SourceId} ({TextSource} text, wire copy of {DuplicateOf})")]
        public static partial void Stored(ILogger logger, long articleId, long sourceId, string textSource, long? duplicateOf);

        [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Page of item {ItemId} ({Url}) not used: {Error}; keeping the feed text")]
        public static partial void PageFailed(ILogger logger, long itemId, string? url, string error);

        [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Page of item {ItemId} ({Url}) not fetched: {Reason}; keeping the feed text")]
        public static partial void PageNotFetched(ILogger logger, long itemId, string? url, string reason);

        [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Item {ItemId}: lease expired before its article was stored; another worker stores it")]
        public static partial void LeaseLost(ILogger logger, long itemId);

        [LoggerMessage(EventId = 2009, Level = LogLevel.Information, Message = "Item {ItemId} was edited while its page was fetched; its article is made again from the edited item")]
        public static partial void ItemChanged(ILogger logger, long itemId);
    }
}
