namespace Newsdesk.Feeds;

/// <summary>JSON Feed wire shape to the <see cref="Feed"/> model.</summary>
internal static class JsonFeedAdapter
{
    public static Feed ToFeed(JsonFeedDocument document, Uri? baseUri, List<string> warnings)
    {
        var items = new List<FeedItem>(document.Items.Count);
        foreach (var item in document.Items)
        {
            var link = item.Url ?? item.ExternalUrl;
            var content = FeedContent.Html(item.ContentHtml, baseUri) ?? FeedContent.TextAsHtml(item.ContentText);
            items.Add(new FeedItem(
                item.Id ?? link,
                FeedContent.PlainTitle(item.Title, false),
                link,
                FeedDates.Parse(item.DatePublished),
                FeedDates.Parse(item.DateModified),
                item.Author ?? document.Author,
                FeedContent.TextAsHtml(item.Summary),
                content)
            {
                Media = item.Media,
            });
        }

        return new Feed(FeedFormat.Json, FeedContent.PlainTitle(document.Title, false), document.HomePageUrl, FeedContent.Capped(items, warnings));
    }
}
