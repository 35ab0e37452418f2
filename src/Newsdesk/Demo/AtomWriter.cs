namespace Newsdesk.Demo;

/// <summary>Atom 1.0: a text summary per entry, and HTML content when the outlet puts its full text in the feed.</summary>
internal static class AtomWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static string Write(FeedContext context) => XmlText.Write(w =>
    {
        w.WriteStartElement("feed", Ns);
        w.WriteAttributeString("xml", "lang", null, "en");
        w.WriteElementString("id", Ns, context.FeedUrl.AbsoluteUri);
        w.WriteElementString("title", Ns, context.Title);
        w.WriteElementString("subtitle", Ns, context.Outlet.Description);
        w.WriteElementString("updated", Ns, XmlText.Rfc3339(context.Updated));
        Link(w, "self", context.FeedUrl.AbsoluteUri, "application/atom+xml");
        Link(w, "alternate", context.OutletHome.AbsoluteUri, "text/html");
        foreach (var article in context.Items)
        {
            var published = XmlText.Rfc3339(context.PublishedAt(article));
            w.WriteStartElement("entry", Ns);
            w.WriteElementString("id", Ns, $"tag:{context.OutletHome.Host},2026:{context.Outlet.Slug}/{article.Id}");
            w.WriteStartElement("title", Ns);
            w.WriteAttributeString("type", "text");
            w.WriteString(article.Headline);
            w.WriteEndElement();
            Link(w, "alternate", context.LinkOf(article), "text/html");
            w.WriteElementString("published", Ns, published);
            w.WriteElementString("updated", Ns, published);
            w.WriteStartElement("author", Ns);
            w.WriteElementString("name", Ns, article.Author);
            w.WriteEndElement();
            w.WriteStartElement("category", Ns);
            w.WriteAttributeString("term", article.Section);
            w.WriteEndElement();
            w.WriteStartElement("summary", Ns);
            w.WriteAttributeString("type", "text");
            w.WriteString(article.Summary);
            w.WriteEndElement();
            if (context.CarriesText(article))
            {
                w.WriteStartElement("content", Ns);
                w.WriteAttributeString("type", "html");
                w.WriteString(FeedContext.Html(article));
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }, context.Outlet.Encoding);

    private static void Link(System.Xml.XmlWriter w, string rel, string href, string type)
    {
        w.WriteStartElement("link", Ns);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }
}
