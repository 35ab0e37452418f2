namespace Newsdesk.Fetching;

/// <summary>What one HTTP fetch came to. Expected failures are values, never exceptions.</summary>
public abstract record FetchResult
{
    /// <summary>
    /// A 2xx body (decompressed, at most FetchOptions.MaxBodyBytes). <paramref name="PermanentRedirect"/>
    /// is the URL to store instead of the requested one when every redirect on the way was permanent (301/308).
    /// </summary>
    public sealed record Fetched(
        byte[] Body, Uri FinalUrl, string? ContentType, string? ETag, DateTimeOffset? LastModified, Uri? PermanentRedirect) : FetchResult;

    /// <summary>304: the stored copy is still current.</summary>
    public sealed record NotModified(Uri? PermanentRedirect = null) : FetchResult;

    /// <summary>429, or 503 with Retry-After: come back no sooner than <paramref name="RetryAfter"/>.</summary>
    public sealed record RateLimited(TimeSpan RetryAfter, int Status) : FetchResult;

    public sealed record Failed(FetchError Error, string Detail) : FetchResult;
}

public enum FetchError
{
    /// <summary>Not an absolute http or https URL.</summary>
    InvalidUrl,

    /// <summary>The host resolves only to addresses the SSRF guard forbids (loopback, private, ...).</summary>
    Blocked,

    /// <summary>The host name does not resolve.</summary>
    Dns,

    /// <summary>Connection refused or reset, TLS failure, a malformed response.</summary>
    Network,

    /// <summary>The whole fetch (all redirects, all body bytes) took longer than FetchOptions.Timeout.</summary>
    Timeout,

    /// <summary>The body grew past FetchOptions.MaxBodyBytes (decompressed bytes are counted).</summary>
    TooLarge,

    /// <summary>More than HttpFetcher.MaxRedirects redirects, a loop, or a redirect without a usable Location.</summary>
    Redirect,

    /// <summary>An HTTP error status (4xx, 5xx) other than a rate limit.</summary>
    HttpStatus,
}

/// <summary>One fetch: the URL and, for a conditional GET, the validators stored from the last fetch.</summary>
public sealed record FetchRequest(Uri Url, string? ETag = null, DateTimeOffset? LastModified = null, string? Accept = null)
{
    /// <summary>What a feed poll accepts: the feed types first, any XML next, anything last.</summary>
    public const string FeedAccept =
        "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8";
}
