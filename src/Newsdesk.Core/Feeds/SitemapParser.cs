namespace Newsdesk.Feeds;

/// <summary>
/// Reads sitemaps as feeds: a <c>urlset</c> (each url an item; Google News sitemap
/// <c>news:news</c> gives the title and publication date) or a <c>sitemapindex</c>
/// (each child sitemap an item). Reported as <see cref="FeedFormat.Sitemap"/>.
/// </summary>
internal static class SitemapParser
{
    public static Feed Parse(FeedNode root, List<string> warnings)
    {
        var entryName = root.Name == "sitemapindex" ? "sitemap" : "url";
        var items = new List<FeedItem>();
        string? publication = null;
        foreach (var entry in root.Children())
        {
            if (entry.Name != entryName)
            {
                continue;
            }

            string? loc = null, lastmod = null, title = null, published = null;
            foreach (var child in entry.Children())
            {
                if (child.Namespace == FeedNamespaces.News && child.Name == "news")
                {
                    title = child.Child(FeedNamespaces.News, "title")?.Text();
                    published = child.Child(FeedNamespaces.News, "publication_date")?.Text();
                    publication ??= child.Child(FeedNamespaces.News, "publication")?.Child(FeedNamespaces.News, "name")?.Text();
                }
                else if (child.Name == "loc")
                {
                    loc = FeedUris.Link(child.Base, child.Text());
                }
                else if (child.Name == "lastmod")
                {
                    lastmod = child.Text();
                }
            }

            if (loc is null)
            {
                continue;
            }

            items.Add(new FeedItem(loc, FeedContent.PlainTitle(title, false), loc, FeedDates.Parse(published), FeedDates.Parse(lastmod), null, null, null));
        }

        return new Feed(FeedFormat.Sitemap, FeedContent.PlainTitle(publication, false), null, FeedContent.Capped(items, warnings));
    }
}
