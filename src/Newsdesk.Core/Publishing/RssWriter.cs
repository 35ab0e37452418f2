using System.Xml;

namespace Newsdesk.Publishing;

/// <summary>
/// Writes RSS 2.0 with an atom:link to itself, RFC 822 dates, and permalink guids. The channel's
/// &lt;language&gt; is the feed's; RSS has no per-item language, so each item says its story's in
/// Dublin Core's dc:language (as RSS 1.0 modules and many readers use it).
/// </summary>
public static class RssWriter
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    private const string DublinCoreNs = "http://purl.org/dc/elements/1.1/";

    public static byte[] Write(FeedDocument feed)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, XmlText.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
            xml.WriteAttributeString("xmlns", "dc", null, DublinCoreNs);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", XmlText.Clean(feed.Title));
            xml.WriteElementString("link", feed.HomeUrl.AbsoluteUri);
            xml.WriteElementString("description", XmlText.Clean(feed.Description));
            xml.WriteElementString("language", feed.Language);
            xml.WriteElementString("lastBuildDate", XmlText.Rfc822(feed.Updated));
            xml.WriteElementString("generator", "Newsdesk");
            xml.WriteStartElement("link", AtomNs);
            xml.WriteAttributeString("href", feed.FeedUrl.AbsoluteUri);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", FeedKinds.MediaType(FeedKind.Rss));
            xml.WriteEndElement();
            foreach (var entry in feed.Entries)
            {
                xml.WriteStartElement("item");
                xml.WriteElementString("title", XmlText.Clean(entry.Title));
                xml.WriteElementString("link", entry.Url.AbsoluteUri);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(entry.Url.AbsoluteUri);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", XmlText.Rfc822(entry.Published));
                xml.WriteElementString("description", XmlText.Clean(entry.Summary));
                xml.WriteElementString("language", DublinCoreNs, entry.Language);
                foreach (var category in entry.Categories)
                {
                    xml.WriteElementString("category", XmlText.Clean(category));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }
}
