namespace Newsdesk.Demo;

/// <summary>Renders an outlet's feed in its own format.</summary>
internal static class SampleFeedWriter
{
    public static FeedDocument Write(FeedContext context) => context.Outlet.FeedFormat switch
    {
        SampleFeedFormat.Rss when context.Outlet.Faults.MalformedFeed =>
            new(MalformedRssWriter.Write(context), "application/rss+xml", context.Outlet.Encoding, context.Updated),
        SampleFeedFormat.Rss => new(RssWriter.Write(context), "application/rss+xml", context.Outlet.Encoding, context.Updated),
        SampleFeedFormat.Rdf => new(RdfWriter.Write(context), "application/rdf+xml", context.Outlet.Encoding, context.Updated),
        SampleFeedFormat.Atom => new(AtomWriter.Write(context), "application/atom+xml", context.Outlet.Encoding, context.Updated),
        SampleFeedFormat.Json => new(JsonFeedWriter.Write(context), "application/feed+json", SampleCharsets.Utf8, context.Updated),
        _ => throw new ArgumentOutOfRangeException(nameof(context), context.Outlet.FeedFormat, "unknown feed format"),
    };
}
