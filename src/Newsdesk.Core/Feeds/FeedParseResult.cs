namespace Newsdesk.Feeds;

/// <summary>What <see cref="FeedParser.Parse"/> made of a document: a feed (maybe recovered) or not a feed at all.</summary>
public abstract record FeedParseResult
{
    private FeedParseResult()
    {
    }

    /// <summary>A feed. A non-empty <paramref name="Warnings"/> means the document was ill-formed and recovered ("bozo").</summary>
    public sealed record Parsed(Feed Feed, IReadOnlyList<string> Warnings) : FeedParseResult;

    /// <summary>The document is no feed in any supported format (an HTML page, an empty file, junk).</summary>
    public sealed record NotAFeed(string Reason) : FeedParseResult;
}
