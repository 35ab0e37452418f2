namespace Newsdesk.Feeds;

/// <summary>An RSS 0.9x/2.0 or RSS 1.0 (RDF) channel as the wire has it, before adapting to <see cref="Feed"/>.</summary>
internal sealed record RssChannel(string Version, string? Title, string? Link, Uri? Base, IReadOnlyList<RssItem> Items);

/// <summary>One RSS item as the wire has it: every field raw (dates unparsed, HTML unsanitised), links resolved.</summary>
internal sealed record RssItem
{
    public Uri? Base { get; init; }

    public string? Title { get; init; }

    public string? Link { get; init; }

    public string? Guid { get; init; }

    public bool GuidIsPermaLink { get; init; }

    public string? About { get; init; }

    public string? Description { get; init; }

    public string? ContentEncoded { get; init; }

    public string? PubDate { get; init; }

    public string? DcDate { get; init; }

    public string? Updated { get; init; }

    public string? Author { get; init; }

    public string? DcCreator { get; init; }

    public string? ItunesAuthor { get; init; }

    public IReadOnlyList<FeedMedia> Media { get; init; } = [];
}
