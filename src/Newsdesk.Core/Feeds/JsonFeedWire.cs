namespace Newsdesk.Feeds;

/// <summary>A JSON Feed 1.0/1.1 document as the wire has it.</summary>
internal sealed record JsonFeedDocument(string Version, string? Title, string? HomePageUrl, string? Author, IReadOnlyList<JsonFeedItem> Items);

/// <summary>One JSON Feed item as the wire has it.</summary>
internal sealed record JsonFeedItem
{
    public string? Id { get; init; }

    public string? Url { get; init; }

    public string? ExternalUrl { get; init; }

    public string? Title { get; init; }

    public string? ContentHtml { get; init; }

    public string? ContentText { get; init; }

    public string? Summary { get; init; }

    public string? DatePublished { get; init; }

    public string? DateModified { get; init; }

    public string? Author { get; init; }

    public IReadOnlyList<FeedMedia> Media { get; init; } = [];
}
