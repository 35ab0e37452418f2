using System.Diagnostics;
using System.Text;
using System.Buffers;

namespace Newsdesk.Web.Html;

/// <summary>
/// Writes HTML where everything that is not a tag or attribute name written in this code is
/// encoded: text and attribute values always go through the HTML encoder, and URL attributes
/// (href, src, action) only ever hold a site-relative path, a fragment, or an absolute http(s)
/// URL; anything else (javascript:, data:, protocol-relative) becomes "#". There is no way to
/// write raw markup from a value.
/// </summary>
internal sealed class HtmlBuilder
{
    /// <summary>The characters that are encoded (&amp; &lt; &gt; " ') or dropped (C0 controls but tab and newlines, DEL).</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\"'\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    private readonly StringBuilder html;

    public HtmlBuilder(int capacity = 16 * 1024) => html = new StringBuilder(capacity);

    public HtmlBuilder Doctype()
    {
        html.Append("<!DOCTYPE html>\n");
        return this;
    }

    /// <summary>Opens an element; an attribute whose value is null is left out.</summary>
    public HtmlBuilder Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        return this;
    }

    /// <summary>A void element (meta, link, input, br): no content, no closing tag.</summary>
    public HtmlBuilder Void(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        return this;
    }

    public HtmlBuilder Close(string tag)
    {
        Debug.Assert(IsName(tag), "tag names are constants in code");
        html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element holding only encoded text.</summary>
    public HtmlBuilder Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        Text(text);
        return Close(tag);
    }

    /// <summary>A link: <c>&lt;a href&gt;text&lt;/a&gt;</c> with the URL checked and the text encoded.</summary>
    public HtmlBuilder Link(string href, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        html.Append("<a href=\"");
        Encode(SafeUrl(href));
        html.Append('"');
        AppendAttributes(attributes);
        html.Append('>');
        Text(text);
        return Close("a");
    }

    public HtmlBuilder Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Encode(text);
        }

        return this;
    }

    /// <summary>A newline between blocks, so the source reads well; no effect on rendering.</summary>
    public HtmlBuilder Line()
    {
        html.Append('\n');
        return this;
    }

    public override string ToString() => html.ToString();

    /// <summary>
    /// The URL if it is safe in an href: a site-relative path ("/x", not "//x"), a fragment, a query,
    /// or an absolute http/https URL. Anything else answers "#".
    /// </summary>
    public static string SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "#";
        }

        if (url[0] == '#' || url[0] == '?' || (url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))))
        {
            return url;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
               && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
               && !string.IsNullOrEmpty(uri.Host)
            ? uri.AbsoluteUri
            : "#";
    }

    private void StartTag(string tag, ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        Debug.Assert(IsName(tag), "tag names are constants in code");
        html.Append('<').Append(tag);
        AppendAttributes(attributes);
        html.Append('>');
    }

    private void AppendAttributes(ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            if (!IsName(name) || name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"attribute name '{name}' is not allowed", nameof(attributes));
            }

            html.Append(' ').Append(name).Append("=\"");
            Encode(name is "href" or "src" or "action" or "formaction" ? SafeUrl(value) : value);
            html.Append('"');
        }
    }

    /// <summary>
    /// Encodes text for element content and double-quoted attribute values alike: the five
    /// characters that can end a text run or an attribute are escaped, controls are dropped, and
    /// everything else is written as is (so "application/rss+xml" stays readable).
    /// </summary>
    private void Encode(string text)
    {
        var rest = text.AsSpan();
        int at;
        while ((at = rest.IndexOfAny(Special)) >= 0)
        {
            html.Append(rest[..at]);
            html.Append(rest[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => "",
            });
            rest = rest[(at + 1)..];
        }

        html.Append(rest);
    }

    private static bool IsName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var ch in name)
        {
            if (!(char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-' || ch == ':'))
            {
                return false;
            }
        }

        return true;
    }
}
