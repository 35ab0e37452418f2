using System.Collections.Frozen;
using System.Text;

namespace Newsdesk.Articles;

/// <summary>
/// Bounds what the HTML parser is given, in one linear pass before it sees the page. An HTML5 tree
/// builder checks its stack of open elements on every tag, so a page nested 100,000 levels deep costs
/// it quadratic time: start tags beyond <see cref="ExtractionOptions.MaxDepth"/> (and their end tags)
/// are dropped, keeping all text. The page is also cut before the start tag past
/// <see cref="ExtractionOptions.MaxNodes"/> and where its text passes
/// <see cref="ExtractionOptions.MaxTextScanChars"/>, so parsing and every walk after it do work
/// bounded by those two numbers whatever the page's size. Depth is approximate: void elements and
/// elements whose end tag is optional do not count, raw text (script, style) and comments are skipped.
/// </summary>
internal static class NestingLimiter
{
    /// <summary>Void elements and elements with optional end tags (HTML Living Standard §13.1.2.4): they do not deepen a well-formed page.</summary>
    private static readonly FrozenSet<string> Uncounted = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "rb", "rt", "rtc", "rp",
        "html", "head", "body", "colgroup", "caption");

    private static readonly FrozenSet<string> RawText = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext");

    /// <summary>
    /// Drops start tags beyond <paramref name="maxDepth"/> and cuts the page before its
    /// <paramref name="maxElements"/>-th start tag (the parser builds every element it reads, so a page of
    /// 400,000 empty elements cost seconds to parse before any walk's node budget could stop it) and at its
    /// <paramref name="maxTextChars"/>-th character of text outside tags, comments and raw text (a 10 MB
    /// paragraph without a tag is otherwise parsed, rendered and scored whole).
    /// </summary>
    public static string Limit(string html, int maxDepth, int maxElements = int.MaxValue, int maxTextChars = int.MaxValue)
    {
        StringBuilder? output = null;
        var copied = 0;
        var depth = 0;
        var dropped = 0;
        var elements = 0;
        var text = 0L;
        var length = html.Length;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var textEnd = lt < 0 ? html.Length : lt;
            text += textEnd - i;
            if (text > maxTextChars)
            {
                length = CutBefore(html, textEnd - (int)(text - maxTextChars));
                break;
            }

            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            if (html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var closing = html[lt + 1] == '/';
            var nameStart = lt + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            var gt = html.IndexOf('>', nameEnd);
            if (gt < 0)
            {
                break;
            }

            if (!closing && ++elements > maxElements)
            {
                length = lt;
                break;
            }

            var name = html[nameStart..nameEnd];
            var selfClosing = html[gt - 1] == '/';
            var drop = false;
            if (!closing && RawText.Contains(name))
            {
                var end = html.IndexOf("</" + name, gt + 1, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }

            if (!Uncounted.Contains(name) && !selfClosing)
            {
                if (!closing)
                {
                    if (depth >= maxDepth)
                    {
                        dropped++;
                        drop = true;
                    }
                    else
                    {
                        depth++;
                    }
                }
                else if (dropped > 0)
                {
                    dropped--;
                    drop = true;
                }
                else if (depth > 0)
                {
                    depth--;
                }
            }

            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copied, lt - copied);
                copied = gt + 1;
            }

            i = gt + 1;
        }

        if (output is null)
        {
            return length == html.Length ? html : html[..length];
        }

        output.Append(html, copied, length - copied);
        return output.ToString();
    }

    /// <summary>A cut at <paramref name="at"/> that does not split a surrogate pair.</summary>
    private static int CutBefore(string html, int at) => at > 0 && char.IsHighSurrogate(html[at - 1]) ? at - 1 : at;
}
