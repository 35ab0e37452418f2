using System.Text;

namespace Newsdesk.Demo;

/// <summary>
/// The broken feed, on purpose: RSS 2.0 as careless CMS templates emit it. Ampersands are left
/// bare, descriptions carry raw HTML with an HTML-only entity (&amp;nbsp;) and an unclosed
/// &lt;br&gt;, so a strict XML parser rejects the document while a lenient one still reads the
/// items. Angle brackets in text are still escaped so each item stays recoverable.
/// </summary>
internal static class MalformedRssWriter
{
    public static string Write(FeedContext context)
    {
        var s = new StringBuilder();
        s.Append("<?xml version=\"1.0\" encoding=\"").Append(context.Outlet.Encoding.WebName).Append("\"?>\n");
        s.Append("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n");
        s.Append("  <title>").Append(Sloppy(context.Title)).Append(" &amp; Trending</title>\n");
        s.Append("  <link>").Append(context.OutletHome.AbsoluteUri).Append("</link>\n");
        s.Append("  <description>").Append(Sloppy(context.Outlet.Description)).Append(" News & gossip, 24/7</description>\n");
        s.Append("  <lastBuildDate>").Append(XmlText.Rfc822(context.Updated)).Append("</lastBuildDate>\n");
        foreach (var article in context.Items)
        {
            s.Append("  <item>\n");
            s.Append("    <title>").Append(Sloppy(article.Headline)).Append("</title>\n");
            s.Append("    <link>").Append(context.LinkOf(article).Replace("&amp;", "&")).Append("</link>\n");
            s.Append("    <guid>").Append(context.PageUrl(article)).Append("</guid>\n");
            s.Append("    <pubDate>").Append(XmlText.Rfc822(context.PublishedAt(article))).Append("</pubDate>\n");
            s.Append("    <dc:creator>").Append(Sloppy(article.Author)).Append("</dc:creator>\n");
            s.Append("    <description>").Append(Sloppy(article.Summary))
                .Append("&nbsp;<br><a href=\"").Append(context.PageUrl(article)).Append("\">READ MORE &raquo;</a></description>\n");
            s.Append("  </item>\n");
        }

        s.Append("</channel>\n</rss>\n");
        return s.ToString();
    }

    /// <summary>Escapes angle brackets only: bare ampersands are the fault we want.</summary>
    private static string Sloppy(string text) => text.Replace("<", "&lt;").Replace(">", "&gt;");
}
