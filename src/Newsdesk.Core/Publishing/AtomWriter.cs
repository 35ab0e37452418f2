using System.Xml;
using Newsdesk.Text;

namespace Newsdesk.Publishing;

/// <summary>
/// Writes Atom 1.0 (RFC 4287): one author for the desk, text summaries, RFC 3339 dates; xml:lang
/// on the feed (its language) and on each entry (its story's language).
/// </summary>
public static class AtomWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static byte[] Write(FeedDocument feed)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, XmlText.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Ns);
            xml.WriteAttributeString("xml", "lang", null, feed.Language);
            xml.WriteElementString("id", Ns, feed.FeedUrl.AbsoluteUri);
            Text(xml, "title", feed.Title);
            Text(xml, "subtitle", feed.Description);
            xml.WriteElementString("updated", Ns, XmlText.Rfc3339(feed.Updated));
            Link(xml, feed.HomeUrl, "alternate", "text/html");
            Link(xml, feed.FeedUrl, "self", FeedKinds.MediaType(FeedKind.Atom));
            xml.WriteStartElement("author", Ns);
            xml.WriteElementString("name", Ns, "Newsdesk");
            xml.WriteEndElement();
            xml.WriteElementString("generator", Ns, "Newsdesk");
            foreach (var entry in feed.Entries)
            {
                xml.WriteStartElement("entry", Ns);
                xml.WriteAttributeString("xml", "lang", null, entry.Language);
                xml.WriteElementString("id", Ns, entry.Url.AbsoluteUri);
                Text(xml, "title", entry.Title);
                Link(xml, entry.Url, "alternate", "text/html");
                xml.WriteElementString("published", Ns, XmlText.Rfc3339(entry.Published));
                xml.WriteElementString("updated", Ns, XmlText.Rfc3339(entry.Updated));
                Text(xml, "summary", entry.Summary);
                foreach (var category in entry.Categories)
                {
                    xml.WriteStartElement("category", Ns);
                    xml.WriteAttributeString("term", Slug.ForTerm(category));
                    xml.WriteAttributeString("label", XmlText.Clean(category));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void Text(XmlWriter xml, string name, string text)
    {
        xml.WriteStartElement(name, Ns);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(XmlText.Clean(text));
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, Uri href, string rel, string type)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href.AbsoluteUri);
        xml.WriteEndElement();
    }
}
