namespace Newsdesk.Feeds;

/// <summary>Reads RSS 1.0 and RSS 0.90 (root <c>rdf:RDF</c>): the channel and the items beside it.</summary>
internal static class RdfParser
{
    public static RssChannel Parse(FeedNode root)
    {
        var channel = RssParser.FirstRss(root, "channel");
        var version = channel?.Namespace == FeedNamespaces.Rss090 ? "rss090" : "rss10";
        var items = new List<RssItem>();
        foreach (var child in root.Children())
        {
            if (child.Name == "item" && FeedNamespaces.IsRssCore(child.Namespace))
            {
                items.Add(RssParser.ReadItem(child));
            }
        }

        if (channel is not null)
        {
            // A few RSS 1.0 feeds nest the items in the channel.
            foreach (var child in channel.Children())
            {
                if (child.Name == "item" && FeedNamespaces.IsRssCore(child.Namespace))
                {
                    items.Add(RssParser.ReadItem(child));
                }
            }
        }

        return channel is null
            ? new RssChannel(version, null, null, root.Base, items)
            : new RssChannel(version, RssParser.ChannelTitle(channel), RssParser.ChannelLink(channel), channel.Base, items);
    }
}
