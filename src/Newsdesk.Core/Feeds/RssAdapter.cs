namespace Newsdesk.Feeds;

/// <summary>RSS and RDF wire shapes to the <see cref="Feed"/> model.</summary>
internal static class RssAdapter
{
    public static Feed ToFeed(RssChannel channel, FeedFormat format, List<string> warnings)
    {
        var items = new List<FeedItem>(Math.Min(channel.Items.Count, FeedLimits.MaxItems + 1));
        // Relative item links with no xml:base or document URI resolve against the channel's site link.
        var site = channel.Link is { } l && FeedUris.Scheme(l) is "http" or "https" && Uri.TryCreate(l, UriKind.Absolute, out var s) ? s : null;
        foreach (var item in channel.Items)
        {
            items.Add(ToItem(item, site));
        }

        return new Feed(format, FeedContent.PlainTitle(channel.Title, false), FeedContent.Clean(channel.Link), FeedContent.Capped(items, warnings));
    }

    private static FeedItem ToItem(RssItem item, Uri? site)
    {
        var baseUri = item.Base ?? site;
        // A permalink guid is the link when the item has none (RSS 2.0 spec).
        var guidLink = item.GuidIsPermaLink && item.Guid is { } g && FeedUris.Scheme(g) is "http" or "https"
            ? FeedUris.Link(item.Base, g)
            : null;
        var link = item.Link ?? guidLink ?? item.About;
        if (link is not null && item.Base is null && site is not null && FeedUris.Scheme(link) is null)
        {
            link = FeedUris.ResolveToString(site, link);
        }

        var id = item.Guid ?? item.About ?? link;
        var published = FeedDates.Parse(item.PubDate) ?? FeedDates.Parse(item.DcDate);
        var author = FeedContent.Clean(item.DcCreator) ?? FeedContent.Clean(item.Author) ?? FeedContent.Clean(item.ItunesAuthor);
        return new FeedItem(
            FeedContent.Clean(id),
            FeedContent.PlainTitle(item.Title, false),
            link,
            published,
            FeedDates.Parse(item.Updated),
            author is null ? null : HtmlText.ToPlainText(author),
            FeedContent.Html(item.Description, baseUri),
            FeedContent.Html(item.ContentEncoded, baseUri))
        {
            Media = item.Media,
        };
    }
}
