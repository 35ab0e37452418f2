using System.Net;

namespace Newsdesk.Feeds;

internal enum HtmlTokenKind
{
    Text,
    StartTag,
    EndTag,
    End,
}

/// <summary>
/// A small forgiving HTML tokenizer for feed content (text, start and end tags with decoded
/// attribute values; comments, doctypes and processing instructions skipped). Not a tree
/// builder: the sanitiser balances tags itself. Linear, allocation only for names and values.
/// </summary>
internal sealed class HtmlTokenizer(string html)
{
    private readonly string html = html;
    private int pos;

    public HtmlTokenKind Kind { get; private set; }

    /// <summary>Raw (still entity-encoded) text of a text token.</summary>
    public ReadOnlyMemory<char> Text { get; private set; }

    /// <summary>Lowercase tag name of a tag token.</summary>
    public string TagName { get; private set; } = "";

    public bool SelfClosing { get; private set; }

    /// <summary>Attributes of a start tag: lowercase names, entity-decoded values.</summary>
    public List<(string Name, string Value)> Attributes { get; } = [];

    public HtmlTokenKind Next()
    {
        while (true)
        {
            if (pos >= html.Length)
            {
                return Kind = HtmlTokenKind.End;
            }

            var lt = html.IndexOf('<', pos);
            if (lt != pos)
            {
                var end = lt < 0 ? html.Length : lt;
                Text = html.AsMemory(pos, end - pos);
                pos = end;
                return Kind = HtmlTokenKind.Text;
            }

            var rest = html.AsSpan(pos);
            if (rest.StartsWith("<!--"))
            {
                var close = html.IndexOf("-->", pos + 4, StringComparison.Ordinal);
                pos = close < 0 ? html.Length : close + 3;
                continue;
            }

            if (rest.StartsWith("<!") || rest.StartsWith("<?"))
            {
                var close = html.IndexOf('>', pos + 2);
                pos = close < 0 ? html.Length : close + 1;
                continue;
            }

            if (rest.Length > 2 && rest[1] == '/' && char.IsAsciiLetter(rest[2]))
            {
                var nameStart = pos + 2;
                var p = nameStart;
                while (p < html.Length && IsTagNameChar(html[p]))
                {
                    p++;
                }

                TagName = html[nameStart..p].ToLowerInvariant();
                var close = html.IndexOf('>', p);
                pos = close < 0 ? html.Length : close + 1;
                return Kind = HtmlTokenKind.EndTag;
            }

            if (rest.Length > 1 && char.IsAsciiLetter(rest[1]))
            {
                ReadStartTag();
                return Kind = HtmlTokenKind.StartTag;
            }

            // A '<' that starts no tag is text.
            Text = html.AsMemory(pos, 1);
            pos++;
            return Kind = HtmlTokenKind.Text;
        }
    }

    /// <summary>Skips everything up to and including the end tag of <paramref name="name"/> (raw text elements, dropped elements).</summary>
    public void SkipPastEndTag(string name)
    {
        var p = pos;
        while (true)
        {
            var at = html.IndexOf("</", p, StringComparison.Ordinal);
            if (at < 0)
            {
                pos = html.Length;
                return;
            }

            if (at + 2 + name.Length <= html.Length
                && html.AsSpan(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (at + 2 + name.Length == html.Length || !IsTagNameChar(html[at + 2 + name.Length])))
            {
                var close = html.IndexOf('>', at);
                pos = close < 0 ? html.Length : close + 1;
                return;
            }

            p = at + 2;
        }
    }

    private void ReadStartTag()
    {
        Attributes.Clear();
        SelfClosing = false;
        var p = pos + 1;
        var nameStart = p;
        while (p < html.Length && IsTagNameChar(html[p]))
        {
            p++;
        }

        TagName = html[nameStart..p].ToLowerInvariant();
        while (p < html.Length)
        {
            var c = html[p];
            if (c == '>')
            {
                p++;
                break;
            }

            if (c == '/' && p + 1 < html.Length && html[p + 1] == '>')
            {
                SelfClosing = true;
                p += 2;
                break;
            }

            if (c == '<')
            {
                break;
            }

            if (char.IsWhiteSpace(c) || c == '/' || c == '"' || c == '\'' || c == '=')
            {
                p++;
                continue;
            }

            var attrStart = p;
            while (p < html.Length && !char.IsWhiteSpace(html[p]) && html[p] is not ('=' or '>' or '/' or '"' or '\''))
            {
                p++;
            }

            var name = html[attrStart..p].ToLowerInvariant();
            var q = p;
            while (q < html.Length && char.IsWhiteSpace(html[q]))
            {
                q++;
            }

            var value = "";
            if (q < html.Length && html[q] == '=')
            {
                q++;
                while (q < html.Length && char.IsWhiteSpace(html[q]))
                {
                    q++;
                }

                if (q < html.Length && (html[q] == '"' || html[q] == '\''))
                {
                    var quote = html[q];
                    var close = html.IndexOf(quote, q + 1);
                    var stop = close < 0 ? html.Length : close;
                    value = Decode(html.AsSpan(q + 1, stop - q - 1));
                    q = close < 0 ? html.Length : close + 1;
                }
                else
                {
                    var vs = q;
                    while (q < html.Length && !char.IsWhiteSpace(html[q]) && html[q] != '>')
                    {
                        q++;
                    }

                    value = Decode(html.AsSpan(vs, q - vs));
                }

                p = q;
            }

            Attributes.Add((name, value));
        }

        pos = p;
    }

    public static string Decode(ReadOnlySpan<char> raw) =>
        raw.IndexOf('&') < 0 ? raw.ToString() : WebUtility.HtmlDecode(raw.ToString());

    private static bool IsTagNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '_';
}
