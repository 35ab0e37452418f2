namespace Newsdesk.Demo;

/// <summary>
/// One outlet as the running replay server exposes it: what the demo adds as sources. Its
/// section feeds (if any) repeat some of the main feed's items with the same links, so adding
/// them too exercises "the same article from two feeds is stored once".
/// </summary>
public sealed record SampleOutletEndpoint(string Slug, string Name, string Kind, SampleFeedFormat Format, Uri HomeUrl, Uri FeedUrl, IReadOnlyList<SampleFeedEndpoint>? SectionFeeds = null)
{
    public IReadOnlyList<SampleFeedEndpoint> SectionFeedList => SectionFeeds ?? [];
}

/// <summary>A section feed's title and URL.</summary>
public sealed record SampleFeedEndpoint(string Title, Uri FeedUrl);
