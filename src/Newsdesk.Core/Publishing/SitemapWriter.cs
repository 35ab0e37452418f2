using System.Xml;

namespace Newsdesk.Publishing;

/// <summary>Writes sitemap.xml (sitemaps.org 0.9): one url per story with its last modification.</summary>
public static class SitemapWriter
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(IEnumerable<(Uri Url, DateTimeOffset? LastModified)> urls)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, XmlText.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Ns);
            foreach (var (url, lastModified) in urls)
            {
                xml.WriteStartElement("url", Ns);
                xml.WriteElementString("loc", Ns, url.AbsoluteUri);
                if (lastModified is { } time)
                {
                    xml.WriteElementString("lastmod", Ns, XmlText.Rfc3339(time));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }
}
