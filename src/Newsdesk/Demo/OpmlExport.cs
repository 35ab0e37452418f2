namespace Newsdesk.Demo;

/// <summary>The sample outlets as an OPML 2.0 subscription list (what `newsdesk sources import` reads).</summary>
public static class OpmlExport
{
    public static string Write(IEnumerable<SampleOutletEndpoint> outlets, DateTimeOffset created) => XmlText.Write(w =>
    {
        w.WriteStartElement("opml");
        w.WriteAttributeString("version", "2.0");
        w.WriteStartElement("head");
        w.WriteElementString("title", "Newsdesk demo: bundled sample outlets (fictional)");
        w.WriteElementString("dateCreated", XmlText.Rfc822(created));
        w.WriteEndElement();
        w.WriteStartElement("body");
        foreach (var outlet in outlets)
        {
            w.WriteStartElement("outline");
            w.WriteAttributeString("type", "rss");
            w.WriteAttributeString("text", outlet.Name);
            w.WriteAttributeString("title", outlet.Name);
            w.WriteAttributeString("xmlUrl", outlet.FeedUrl.AbsoluteUri);
            w.WriteAttributeString("htmlUrl", outlet.HomeUrl.AbsoluteUri);
            w.WriteAttributeString("category", outlet.Kind);
            w.WriteEndElement();
            foreach (var section in outlet.SectionFeedList)
            {
                w.WriteStartElement("outline");
                w.WriteAttributeString("type", "rss");
                w.WriteAttributeString("text", section.Title);
                w.WriteAttributeString("title", section.Title);
                w.WriteAttributeString("xmlUrl", section.FeedUrl.AbsoluteUri);
                w.WriteAttributeString("htmlUrl", outlet.HomeUrl.AbsoluteUri);
                w.WriteAttributeString("category", outlet.Kind);
                w.WriteEndElement();
            }
        }

        w.WriteEndElement();
        w.WriteEndElement();
    });
}
