using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Newsdesk.Workers;

/// <summary>Turns a feed item's sanitised HTML (summary or content) into plain paragraphs.</summary>
internal static class FeedText
{
    /// <summary>Longest feed HTML converted; feed items are capped by the parser already.</summary>
    private const int MaxHtmlChars = 512 * 1024;

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section", "article", "figcaption",
    };

    /// <summary>An item's text as its article takes it when the page is not used: its content, else its summary.</summary>
    public static string Of(Newsdesk.Feeds.FeedItem item) => ToPlainText(item.Content is { Length: > 0 } ? item.Content : item.Summary);

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var document = new HtmlParser().ParseDocument(html.Length > MaxHtmlChars ? html[..MaxHtmlChars] : html);
        var paragraphs = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var node in document.Body?.Descendants<INode>() ?? [])
        {
            if (node is AngleSharp.Dom.IElement element && BlockTags.Contains(element.LocalName))
            {
                Flush(current, paragraphs);
            }
            else if (node is AngleSharp.Dom.IText text)
            {
                current.Append(text.Data);
            }
        }

        Flush(current, paragraphs);
        return string.Join("\n\n", paragraphs);
    }

    private static void Flush(System.Text.StringBuilder current, List<string> paragraphs)
    {
        var text = string.Join(' ', current.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > 0)
        {
            paragraphs.Add(text);
        }

        current.Clear();
    }
}
