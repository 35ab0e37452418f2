namespace Newsdesk.Demo;

/// <summary>RSS 2.0 with dc:creator, and content:encoded when the outlet puts its full text in the feed.</summary>
internal static class RssWriter
{
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Content = "http://purl.org/rss/1.0/modules/content/";
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static string Write(FeedContext context) => XmlText.Write(w =>
    {
        w.WriteStartElement("rss");
        w.WriteAttributeString("version", "2.0");
        w.WriteAttributeString("xmlns", "dc", null, Dc);
        w.WriteAttributeString("xmlns", "content", null, Content);
        w.WriteAttributeString("xmlns", "atom", null, Atom);
        w.WriteStartElement("channel");
        w.WriteElementString("title", context.Title);
        w.WriteElementString("link", context.OutletHome.AbsoluteUri);
        w.WriteElementString("description", context.Outlet.Description);
        w.WriteElementString("language", "en");
        w.WriteElementString("lastBuildDate", XmlText.Rfc822(context.Updated));
        w.WriteElementString("ttl", "5");
        w.WriteStartElement("atom", "link", Atom);
        w.WriteAttributeString("href", context.FeedUrl.AbsoluteUri);
        w.WriteAttributeString("rel", "self");
        w.WriteAttributeString("type", "application/rss+xml");
        w.WriteEndElement();
        foreach (var article in context.Items)
        {
            w.WriteStartElement("item");
            w.WriteElementString("title", article.Headline);
            w.WriteElementString("link", context.LinkOf(article));
            w.WriteStartElement("guid");
            w.WriteAttributeString("isPermaLink", "false");
            w.WriteString(context.Outlet.Slug + ":" + article.Id);
            w.WriteEndElement();
            w.WriteElementString("pubDate", XmlText.Rfc822(context.PublishedAt(article)));
            w.WriteElementString("creator", Dc, article.Author);
            w.WriteElementString("category", article.Section);
            w.WriteElementString("description", article.Summary);
            if (context.CarriesText(article))
            {
                w.WriteStartElement("encoded", Content);
                w.WriteCData(FeedContext.Html(article));
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }, context.Outlet.Encoding);
}
