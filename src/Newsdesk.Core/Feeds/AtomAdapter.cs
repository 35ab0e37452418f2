namespace Newsdesk.Feeds;

/// <summary>Atom wire shape to the <see cref="Feed"/> model.</summary>
internal static class AtomAdapter
{
    public static Feed ToFeed(AtomFeed feed, List<string> warnings)
    {
        var items = new List<FeedItem>(Math.Min(feed.Entries.Count, FeedLimits.MaxItems + 1));
        foreach (var entry in feed.Entries)
        {
            var updated = FeedDates.Parse(entry.Updated);
            var published = FeedDates.Parse(entry.Published);
            items.Add(new FeedItem(
                entry.Id ?? entry.Link,
                entry.Title?.ToPlain(),
                entry.Link,
                published,
                updated,
                entry.Author ?? feed.Author,
                entry.Summary?.ToHtml(),
                entry.Content?.ToHtml())
            {
                Media = entry.Media,
            });
        }

        return new Feed(FeedFormat.Atom, feed.Title?.ToPlain(), FeedContent.Clean(feed.Link), FeedContent.Capped(items, warnings));
    }
}
