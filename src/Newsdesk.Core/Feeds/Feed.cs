namespace Newsdesk.Feeds;

/// <summary>The feed formats <c>parse-feed</c> reports (design.md §3).</summary>
public enum FeedFormat
{
    Rss,
    Rdf,
    Atom,
    Json,

    /// <summary>A sitemap (<c>urlset</c>, news sitemaps, <c>sitemapindex</c>) read as a feed; reported as <c>sitemap</c>.</summary>
    Sitemap,
}

/// <summary>A parsed feed in Newsdesk's own model, whatever the wire format was.</summary>
public sealed record Feed(
    FeedFormat Format,
    string? Title,
    string? Link,
    IReadOnlyList<FeedItem> Items);

/// <summary>
/// One entry of a feed. Times are UTC or null; <see cref="Summary"/> and <see cref="Content"/>
/// are sanitised HTML (no script, no event handlers, no javascript: URLs).
/// </summary>
public sealed record FeedItem(
    string? Id,
    string? Title,
    string? Link,
    DateTimeOffset? Published,
    DateTimeOffset? Updated,
    string? Author,
    string? Summary,
    string? Content)
{
    /// <summary>Enclosures, media:content and media:thumbnail of the item, resolved; empty when none.</summary>
    public IReadOnlyList<FeedMedia> Media { get; init; } = [];
}

/// <summary>One media object attached to an item (RSS enclosure, media:content, media:thumbnail, JSON Feed attachment or image).</summary>
public sealed record FeedMedia(string Url, string? Type, bool IsThumbnail);
