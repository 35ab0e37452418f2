using System.Collections.Frozen;
using System.Text;

namespace Newsdesk.Feeds;

/// <summary>HTML to plain text (titles are plain text): tags removed, entities decoded, whitespace collapsed.</summary>
public static class HtmlText
{
    /// <summary>Elements whose boundaries separate words.</summary>
    private static readonly FrozenSet<string> Breaking = FrozenSet.Create(StringComparer.Ordinal,
    [
        "br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "ul", "ol", "dd", "dt", "section", "article",
    ]);

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var sb = new StringBuilder(html.Length);
        if (html.AsSpan().IndexOfAny('<', '&') < 0)
        {
            AppendCollapsed(sb, html);
            return sb.ToString().Trim(' ');
        }

        var tokens = new HtmlTokenizer(html);
        while (tokens.Next() != HtmlTokenKind.End)
        {
            switch (tokens.Kind)
            {
                case HtmlTokenKind.Text:
                    AppendCollapsed(sb, HtmlTokenizer.Decode(tokens.Text.Span));
                    break;
                case HtmlTokenKind.StartTag when HtmlTags.DroppedWithContent.Contains(tokens.TagName):
                    if (!tokens.SelfClosing)
                    {
                        tokens.SkipPastEndTag(tokens.TagName);
                    }

                    break;
                case HtmlTokenKind.StartTag or HtmlTokenKind.EndTag when Breaking.Contains(tokens.TagName):
                    AppendCollapsed(sb, " ");
                    break;
            }
        }

        return sb.ToString().Trim(' ');
    }

    /// <summary>True when the text holds a tag or an entity, so it must be read as HTML.</summary>
    internal static bool LooksLikeHtml(string text)
    {
        var lt = text.IndexOf('<');
        if (lt >= 0 && lt + 1 < text.Length && (char.IsAsciiLetter(text[lt + 1]) || text[lt + 1] is '/' or '!'))
        {
            return true;
        }

        var amp = text.IndexOf('&');
        return amp >= 0 && text.IndexOf(';', amp) > amp;
    }

    private static void AppendCollapsed(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }
    }
}
