using System.Text;
using System.Xml;

namespace Newsdesk.Feeds;

/// <summary>One subscription of an OPML list: the feed URL, its title and site, and the folder it sits in.</summary>
public sealed record OpmlOutline(string XmlUrl, string? Title, string? HtmlUrl, string? Category);

/// <summary>
/// OPML subscription lists. Reading flattens nested outlines (the nearest enclosing outline
/// without an xmlUrl names the category); writing groups by category.
/// </summary>
public static class Opml
{
    public static IReadOnlyList<OpmlOutline> Parse(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var decoded = FeedEncoding.Decode(body, null);
        var warnings = new List<string>();
        FeedNode? root;
        try
        {
            root = decoded.Text.AsSpan().TrimStart().StartsWith("<") ? FeedXml.Read(decoded.Text.TrimStart(), null, warnings) : null;
        }
        catch (XmlException e)
        {
            throw new FormatException("not an OPML document: " + e.Message, e);
        }

        if (root is null || !root.Name.Equals("opml", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException("not an OPML document (no <opml> root element)");
        }

        var body0 = root.Children().FirstOrDefault(n => n.Name.Equals("body", StringComparison.OrdinalIgnoreCase))
            ?? throw new FormatException("OPML document has no <body>");
        var outlines = new List<OpmlOutline>();
        Collect(body0, null, outlines);
        return outlines;
    }

    private static void Collect(FeedNode parent, string? category, List<OpmlOutline> outlines)
    {
        foreach (var node in parent.Children())
        {
            if (outlines.Count >= FeedLimits.MaxOutlines)
            {
                return;
            }

            if (!node.Name.Equals("outline", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var title = FeedContent.Clean(Attr(node, "title")) ?? FeedContent.Clean(Attr(node, "text"));
            var xmlUrl = FeedContent.Clean(Attr(node, "xmlUrl"));
            if (xmlUrl is not null)
            {
                outlines.Add(new OpmlOutline(xmlUrl, title, FeedContent.Clean(Attr(node, "htmlUrl")), category));
            }

            Collect(node, xmlUrl is null ? title ?? category : category, outlines);
        }
    }

    /// <summary>Attribute by name, case-insensitively (OPML files in the wild write xmlurl, XMLURL ...).</summary>
    private static string? Attr(FeedNode node, string name)
    {
        foreach (var a in node.Attributes)
        {
            if (a.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return a.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// The OPML document as text whose XML declaration says utf-8: callers write it out as UTF-8
    /// (a file, standard output, an HTTP body). Written through a UTF-8 stream because an XmlWriter
    /// over a StringBuilder or StringWriter declares utf-16 whatever the settings say.
    /// </summary>
    public static string Write(string title, IEnumerable<OpmlOutline> outlines)
    {
        ArgumentNullException.ThrowIfNull(outlines);
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartElement("opml");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteStartElement("head");
            writer.WriteElementString("title", title);
            writer.WriteEndElement();
            writer.WriteStartElement("body");
            foreach (var group in outlines.GroupBy(o => o.Category))
            {
                if (group.Key is not null)
                {
                    writer.WriteStartElement("outline");
                    writer.WriteAttributeString("text", group.Key);
                    writer.WriteAttributeString("title", group.Key);
                }

                foreach (var outline in group)
                {
                    writer.WriteStartElement("outline");
                    writer.WriteAttributeString("type", "rss");
                    writer.WriteAttributeString("text", outline.Title ?? outline.XmlUrl);
                    if (outline.Title is not null)
                    {
                        writer.WriteAttributeString("title", outline.Title);
                    }

                    writer.WriteAttributeString("xmlUrl", outline.XmlUrl);
                    if (outline.HtmlUrl is not null)
                    {
                        writer.WriteAttributeString("htmlUrl", outline.HtmlUrl);
                    }

                    writer.WriteEndElement();
                }

                if (group.Key is not null)
                {
                    writer.WriteEndElement();
                }
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
