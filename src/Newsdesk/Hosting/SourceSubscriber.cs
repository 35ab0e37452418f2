using System.Text;
using Microsoft.Extensions.Options;
using Newsdesk.Feeds;
using Newsdesk.Fetching;
using Newsdesk.Sources;
using Newsdesk.Storage;

namespace Newsdesk.Hosting;

/// <summary>What <c>sources add</c> did with one URL.</summary>
internal abstract record SubscribeResult
{
    /// <summary>The sources now stored for the URL (a feed itself, or the feeds an HTML page links); Added says which are new.</summary>
    public sealed record Subscribed(IReadOnlyList<(Source Source, bool Added)> Sources) : SubscribeResult;

    public sealed record Refused(string Reason) : SubscribeResult;
}

/// <summary>
/// Adds a source from a URL the user gives: a feed is added as it is; an HTML page is searched
/// for the feeds it advertises (<c>&lt;link rel="alternate"&gt;</c>) and those are added.
/// </summary>
internal sealed class SourceSubscriber(SourceStore sources, HttpFetcher fetcher, IOptions<PollingOptions> options, TimeProvider time)
{
    /// <summary>Most feeds added from one HTML page: a page advertising more is unusual (comments feeds, tags).</summary>
    public const int MaxDiscoveredFeeds = 5;

    public async Task<SubscribeResult> AddAsync(string text, string? category, CancellationToken ct)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return new SubscribeResult.Refused($"not an http(s) URL: {text}");
        }

        var fetched = await fetcher.FetchAsync(new FetchRequest(url, Accept: FetchRequest.FeedAccept + ", text/html;q=0.7"), ct);
        if (fetched is not FetchResult.Fetched body)
        {
            return new SubscribeResult.Refused(fetched switch
            {
                FetchResult.Failed failed => $"cannot fetch {url}: {failed.Detail}",
                FetchResult.RateLimited limited => $"{url} asks to wait {limited.RetryAfter.TotalSeconds:0} s (HTTP {limited.Status}); try later",
                _ => $"unexpected answer from {url}",
            });
        }

        var feedUrl = body.PermanentRedirect ?? url;
        var interval = PollPolicy.InitialInterval(options.Value.Bounds);
        var now = time.GetUtcNow();
        if (FeedParser.Parse(body.Body, body.ContentType, body.FinalUrl) is FeedParseResult.Parsed parsed)
        {
            var added = await sources.AddAsync(new NewSource(feedUrl.AbsoluteUri, parsed.Feed.Title, parsed.Feed.Link, category), interval, now, ct);
            return new SubscribeResult.Subscribed([added]);
        }

        var feeds = FeedDiscovery.FindFeeds(Encoding.UTF8.GetString(body.Body), body.FinalUrl);
        if (feeds.Count == 0)
        {
            return new SubscribeResult.Refused($"{url} is neither a feed nor an HTML page that links one");
        }

        var stored = new List<(Source, bool)>();
        foreach (var feed in feeds.Take(MaxDiscoveredFeeds))
        {
            stored.Add(await sources.AddAsync(new NewSource(feed.AbsoluteUri, null, body.FinalUrl.AbsoluteUri, category), interval, now, ct));
        }

        return new SubscribeResult.Subscribed(stored);
    }
}
