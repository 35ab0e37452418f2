using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsdesk.Feeds;
using Newsdesk.Fetching;
using Newsdesk.Hosting;
using Newsdesk.Sources;
using Newsdesk.Storage;

namespace Newsdesk.Workers;

/// <summary>How one source's poll ended.</summary>
internal enum PollStatus
{
    NewItems,
    Unchanged,
    NotModified,
    RateLimited,
    Failed,

    /// <summary>The source's lease expired before the poll was stored; another worker polls it, so nothing was stored.</summary>
    LeaseLost,
}

/// <summary>One source's poll, for the summary.</summary>
internal sealed record SourcePollResult(long SourceId, string Url, PollStatus Status, int NewItems, int UpdatedItems, string? Error);

/// <summary>A round of polling: every due source, once.</summary>
internal sealed record PollSummary(IReadOnlyList<SourcePollResult> Sources)
{
    public int Count(PollStatus status) => Sources.Count(s => s.Status == status);

    public int NewItems => Sources.Sum(s => s.NewItems);

    public int UpdatedItems => Sources.Sum(s => s.UpdatedItems);
}

/// <summary>
/// Polls sources: fetch (conditional, polite), parse, store the items and the source's new
/// schedule in one transaction. One failing source never stops the others: every failure is
/// kept on its source as last_error and scheduled by PollPolicy's backoff. Sources are leased in
/// small chunks, so several workers sharing a database poll each due source once between them.
/// </summary>
/// <remarks>
/// Schedules (next poll, backoff, leases) run on <c>time</c>, the real clock; when an item was
/// first and last seen is a newsroom time and runs on the <see cref="NewsClock"/>, which a replay of
/// past feeds sets to its replay clock (an item without a date takes the time it was first seen).
/// </remarks>
internal sealed class Poller(
    SourceStore sources, ItemStore items, HttpFetcher fetcher, WorkerLeases leases, IOptions<PollingOptions> options, TimeProvider time, NewsClock clock, ILogger<Poller> logger)
{
    /// <summary>
    /// Sources leased at once, per concurrent poll: small, so that a chunk's leases run out long
    /// after the chunk is done (at most this many fetch timeouts), and other workers find the rest.
    /// </summary>
    internal const int LeaseChunkPerSlot = 2;

    /// <summary>Longest error text kept on a source.</summary>
    private const int MaxErrorChars = 500;

    private readonly PollingOptions settings = options.Value;

    /// <summary>
    /// Polls the sources that are due now, concurrently (per-host rules apply inside the fetcher),
    /// at most <see cref="PollingOptions.BatchSize"/> polls: leases a chunk, polls it, and again
    /// until no source due by the round's start is left unleased. A source polled in the round is
    /// due again only when its lease ran out before the poll was stored (a slow poll under load);
    /// it is then polled again, and the summary holds its last result.
    /// </summary>
    public async Task<PollSummary> PollDueAsync(CancellationToken ct)
    {
        // The last result per source: a poll whose lease ran out before it was stored leaves the
        // source due, and it is polled again in this round; the summary counts it once.
        var results = new Dictionary<long, SourcePollResult>();
        var attempts = 0;
        var start = time.GetUtcNow();
        while (attempts < settings.BatchSize)
        {
            var chunk = Math.Min(settings.BatchSize - attempts, settings.Concurrency * LeaseChunkPerSlot);
            var due = await sources.LeaseDueAsync(leases.Row(), chunk, ct, dueBy: start);
            if (due.Count == 0)
            {
                break;
            }

            var polled = new SourcePollResult[due.Count];
            await Parallel.ForEachAsync(
                Enumerable.Range(0, due.Count),
                new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = ct },
                async (i, token) => polled[i] = await PollAsync(due[i], token));
            attempts += due.Count;
            foreach (var result in polled)
            {
                results[result.SourceId] = result;
            }
        }

        return new PollSummary(results.Values.ToList());
    }

    private async Task<SourcePollResult> PollAsync(Source source, CancellationToken ct)
    {
        try
        {
            return await PollUnguardedAsync(source, ct);
        }
        catch (StorageUnavailableException e) when (!ct.IsCancellationRequested)
        {
            // The database failed, not the source: nothing was stored, and the source is not marked
            // failed. Give its lease back so that the next round (here or on another worker) polls it again.
            if (e is not DatabaseRefusedException)
            {
                PollerLog.StorageFailed(logger, source.Id, e);   // a refused write was logged once by the database watch
            }

            try
            {
                await sources.ReleaseAsync(source.Id, leases.Owner, ct);
            }
            catch (StorageUnavailableException)
            {
                // Still away: the lease runs out by itself.
            }

            return new SourcePollResult(source.Id, source.Url, PollStatus.Failed, 0, 0, Trim($"database unavailable: {e.Message}"));
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            PollerLog.Crashed(logger, source.Id, e);
            var error = Trim($"internal error: {e.GetType().Name}: {e.Message}");
            try
            {
                await sources.RecordPollAsync(source.Id, Failure(source, error), leases.Row(), ct);
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                // The database itself is failing; the error is in the log and the source stays due
                // (its lease runs out, then any worker polls it again).
            }

            return new SourcePollResult(source.Id, source.Url, PollStatus.Failed, 0, 0, error);
        }
    }

    private async Task<SourcePollResult> PollUnguardedAsync(Source source, CancellationToken ct)
    {
        if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var url))
        {
            return await FailAsync(source, $"not an absolute URL: {source.Url}", ct);
        }

        var fetched = await fetcher.FetchAsync(new FetchRequest(url, source.ETag, source.LastModified), ct);
        var now = time.GetUtcNow();
        switch (fetched)
        {
            case FetchResult.NotModified notModified:
                if (!await sources.RecordPollAsync(source.Id, new SourcePollUpdate(
                    now, true, null, Schedule(source, new PollOutcome.Unchanged(), now), MovedTo: Moved(source, notModified.PermanentRedirect)), leases.Row(), ct))
                {
                    return LeaseLost(source);
                }

                PollerLog.NotModified(logger, source.Id);
                return new SourcePollResult(source.Id, source.Url, PollStatus.NotModified, 0, 0, null);

            case FetchResult.RateLimited limited:
                var schedule = Schedule(source, new PollOutcome.RateLimited(limited.RetryAfter), now);
                var error = $"rate limited (HTTP {limited.Status}), asked to wait {limited.RetryAfter.TotalSeconds:0} s";
                if (!await sources.RecordPollAsync(source.Id, new SourcePollUpdate(now, false, error, schedule), leases.Row(), ct))
                {
                    return LeaseLost(source);
                }

                PollerLog.RateLimited(logger, source.Id, schedule.NextPollAt);
                return new SourcePollResult(source.Id, source.Url, PollStatus.RateLimited, 0, 0, error);

            case FetchResult.Failed failed:
                return await FailAsync(source, $"{Describe(failed.Error)}: {failed.Detail}", ct);

            case FetchResult.Fetched body:
                return await StoreAsync(source, body, ct);

            default:
                throw new InvalidOperationException($"unknown fetch result {fetched}");
        }
    }

    private async Task<SourcePollResult> StoreAsync(Source source, FetchResult.Fetched body, CancellationToken ct)
    {
        var parsed = FeedParser.Parse(body.Body, body.ContentType, body.FinalUrl);
        if (parsed is FeedParseResult.NotAFeed notAFeed)
        {
            return await FailAsync(source, NotAFeedMessage(notAFeed.Reason, body), ct);
        }

        var feed = ((FeedParseResult.Parsed)parsed).Feed;
        var toStore = CutOffFeed.WholeItems(feed, body.Body).Take(settings.MaxItemsPerPoll)
            .Select(item => new ItemToStore(
                ItemIdentity.Guid(item), ItemIdentity.CanonicalLink(item.Link, body.FinalUrl), ItemIdentity.ContentHash(item), item)
            {
                FeedText = new Lazy<string>(() => FeedText.Of(item)),
            })
            .DistinctBy(i => i.Guid)
            .ToList();

        var now = time.GetUtcNow();
        var moved = Moved(source, body.PermanentRedirect);
        var kind = feed.Format.ToString().ToLowerInvariant();
        var counts = await items.SavePollAsync(source.Id, toStore, clock.Now, saved => new SourcePollUpdate(
            now, true, null, Schedule(source, new PollOutcome.Changed(saved.New + saved.Updated), now),
            ReplaceValidators: true, ETag: body.ETag, LastModified: body.LastModified, MovedTo: moved,
            Title: feed.Title, SiteUrl: feed.Link, Kind: kind), leases.Row(), ct);
        if (counts is null)
        {
            return LeaseLost(source);
        }

        PollerLog.Polled(logger, source.Id, counts.New, counts.Updated);
        var status = counts.New + counts.Updated > 0 ? PollStatus.NewItems : PollStatus.Unchanged;
        return new SourcePollResult(source.Id, moved ?? source.Url, status, counts.New, counts.Updated, null);
    }

    private async Task<SourcePollResult> FailAsync(Source source, string error, CancellationToken ct)
    {
        error = Trim(error);
        if (!await sources.RecordPollAsync(source.Id, Failure(source, error), leases.Row(), ct))
        {
            return LeaseLost(source);
        }

        PollerLog.Failed(logger, source.Id, source.Url, error);
        return new SourcePollResult(source.Id, source.Url, PollStatus.Failed, 0, 0, error);
    }

    private SourcePollResult LeaseLost(Source source)
    {
        PollerLog.LeaseLost(logger, source.Id);
        return new SourcePollResult(source.Id, source.Url, PollStatus.LeaseLost, 0, 0, "lease expired before the poll was stored");
    }

    private SourcePollUpdate Failure(Source source, string error)
    {
        var now = time.GetUtcNow();
        return new SourcePollUpdate(now, false, error, Schedule(source, new PollOutcome.Failed(), now));
    }

    private PollSchedule Schedule(Source source, PollOutcome outcome, DateTimeOffset now) =>
        PollPolicy.Next(source.Id, source.Interval, source.ConsecutiveFailures, outcome, now, settings.Bounds);

    private string? Moved(Source source, Uri? permanent)
    {
        if (permanent is null || permanent.AbsoluteUri == source.Url)
        {
            return null;
        }

        PollerLog.Moved(logger, source.Id, permanent.AbsoluteUri);
        return permanent.AbsoluteUri;
    }

    /// <summary>Says why a body is not a feed, and which feeds an HTML page links, so the user can fix the source.</summary>
    private static string NotAFeedMessage(string reason, FetchResult.Fetched body)
    {
        var message = $"not a feed: {reason}";
        var looksHtml = body.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true
            || Encoding.UTF8.GetString(body.Body, 0, Math.Min(body.Body.Length, 1024)).Contains("<html", StringComparison.OrdinalIgnoreCase);
        if (!looksHtml)
        {
            return message;
        }

        var feeds = FeedDiscovery.FindFeeds(Encoding.UTF8.GetString(body.Body), body.FinalUrl);
        return feeds.Count == 0
            ? $"{message} (an HTML page that links no feed)"
            : $"{message} (an HTML page; it links the feed(s) {string.Join(", ", feeds.Take(3))})";
    }

    private static string Describe(FetchError error) => error switch
    {
        FetchError.InvalidUrl => "invalid URL",
        FetchError.Blocked => "blocked address",
        FetchError.Dns => "DNS",
        FetchError.Network => "network",
        FetchError.Timeout => "timeout",
        FetchError.TooLarge => "too large",
        FetchError.Redirect => "redirect",
        FetchError.HttpStatus => "HTTP error",
        _ => error.ToString(),
    };

    private static string Trim(string text)
    {
        text = text.ReplaceLineEndings(" ");
        return text.Length <= MaxErrorChars ? text : text[..MaxErrorChars] + "…";
    }
}
