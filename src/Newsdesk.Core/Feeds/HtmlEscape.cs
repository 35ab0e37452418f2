using System.Buffers;
using System.Text;

namespace Newsdesk.Feeds;

/// <summary>Escaping of text and attribute values written into HTML.</summary>
internal static class HtmlEscape
{
    /// <summary>Characters escaped in text content.</summary>
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>");

    /// <summary>Characters escaped in a double-quoted attribute value.</summary>
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"");

    public static void AppendText(StringBuilder sb, ReadOnlySpan<char> text) => Append(sb, text, TextSpecials);

    public static void AppendAttribute(StringBuilder sb, ReadOnlySpan<char> value) => Append(sb, value, AttributeSpecials);

    /// <summary>Copies the runs between special characters whole and escapes each special one.</summary>
    private static void Append(StringBuilder sb, ReadOnlySpan<char> text, SearchValues<char> specials)
    {
        while (true)
        {
            var at = text.IndexOfAny(specials);
            if (at < 0)
            {
                sb.Append(text);
                return;
            }

            sb.Append(text[..at]);
            sb.Append(text[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => "&quot;",
            });
            text = text[(at + 1)..];
        }
    }

    public static string Text(string text)
    {
        if (text.AsSpan().IndexOfAny(TextSpecials) < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        AppendText(sb, text);
        return sb.ToString();
    }
}
