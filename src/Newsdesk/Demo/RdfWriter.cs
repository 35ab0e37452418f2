namespace Newsdesk.Demo;

/// <summary>RSS 1.0 (RDF) with Dublin Core dates and creators, as older regional CMSs still publish.</summary>
internal static class RdfWriter
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Rss = "http://purl.org/rss/1.0/";
    private const string Dc = "http://purl.org/dc/elements/1.1/";

    public static string Write(FeedContext context) => XmlText.Write(w =>
    {
        w.WriteStartElement("rdf", "RDF", Rdf);
        w.WriteAttributeString("xmlns", "http://www.w3.org/2000/xmlns/", Rss);
        w.WriteAttributeString("xmlns", "dc", null, Dc);
        w.WriteStartElement("channel", Rss);
        w.WriteAttributeString("about", Rdf, context.FeedUrl.AbsoluteUri);
        w.WriteElementString("title", Rss, context.Title);
        w.WriteElementString("link", Rss, context.OutletHome.AbsoluteUri);
        w.WriteElementString("description", Rss, context.Outlet.Description);
        w.WriteElementString("date", Dc, XmlText.Rfc3339(context.Updated));
        w.WriteElementString("language", Dc, "en");
        w.WriteStartElement("items", Rss);
        w.WriteStartElement("Seq", Rdf);
        foreach (var article in context.Items)
        {
            w.WriteStartElement("li", Rdf);
            w.WriteAttributeString("resource", Rdf, context.LinkOf(article));
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        foreach (var article in context.Items)
        {
            w.WriteStartElement("item", Rss);
            w.WriteAttributeString("about", Rdf, context.LinkOf(article));
            w.WriteElementString("title", Rss, article.Headline);
            w.WriteElementString("link", Rss, context.LinkOf(article));
            w.WriteElementString("description", Rss, article.Summary);
            w.WriteElementString("date", Dc, XmlText.Rfc3339(context.PublishedAt(article)));
            w.WriteElementString("creator", Dc, article.Author);
            w.WriteElementString("subject", Dc, article.Section);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }, context.Outlet.Encoding);
}
