namespace Newsdesk.Demo;

/// <summary>One outlet as the running replay server exposes it: what the lead adds as a source.</summary>
public sealed record SampleOutletEndpoint(string Slug, string Name, string Kind, SampleFeedFormat Format, Uri HomeUrl, Uri FeedUrl);
