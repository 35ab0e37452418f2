using Newsdesk.Text;

namespace Newsdesk.Publishing;

/// <summary>
/// A feed to write, whatever the format: the front page's or a topic's stories, newest first.
/// URLs are absolute. Text is plain text; the writers escape it for their format.
/// <see cref="Language"/> is the feed's own language (the site's, or the one a language feed
/// holds); each entry carries its story's language as well.
/// </summary>
public sealed record FeedDocument(
    string Title,
    string Description,
    Uri HomeUrl,
    Uri FeedUrl,
    DateTimeOffset Updated,
    IReadOnlyList<FeedEntry> Entries,
    string Language = Languages.Default);

/// <summary>One story in a feed, with the language it is written in (ISO 639-1).</summary>
public sealed record FeedEntry(
    string Id,
    Uri Url,
    string Title,
    string Summary,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    IReadOnlyList<string> Categories,
    string Language = Languages.Default);

/// <summary>The three feed formats the site offers, each with its media type and route suffix.</summary>
public enum FeedKind
{
    Rss,
    Atom,
    Json,
}

public static class FeedKinds
{
    public static string MediaType(FeedKind kind) => kind switch
    {
        FeedKind.Rss => "application/rss+xml",
        FeedKind.Atom => "application/atom+xml",
        _ => "application/feed+json",
    };

    public static string FileName(FeedKind kind) => kind switch
    {
        FeedKind.Rss => "rss.xml",
        FeedKind.Atom => "atom.xml",
        _ => "feed.json",
    };

    public static string Label(FeedKind kind) => kind switch
    {
        FeedKind.Rss => "RSS",
        FeedKind.Atom => "Atom",
        _ => "JSON Feed",
    };

    public static byte[] Write(FeedKind kind, FeedDocument feed) => kind switch
    {
        FeedKind.Rss => RssWriter.Write(feed),
        FeedKind.Atom => AtomWriter.Write(feed),
        _ => JsonFeedWriter.Write(feed),
    };
}
