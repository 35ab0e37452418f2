using System.Text;

namespace Newsdesk.Feeds;

/// <summary>
/// Makes feed HTML safe to show: keeps the formatting and structure elements of
/// <see cref="HtmlTags.Allowed"/> with their allowed attributes; drops script, style, frames and
/// plugins with their content; drops event handlers, unsafe URL schemes (javascript:, vbscript:,
/// data: except images) and unsafe CSS; resolves relative URLs against the base; closes what
/// it opened so the output is balanced. Other tags are removed, their text kept.
/// </summary>
public static class HtmlSanitizer
{
    /// <summary>Nesting of kept elements; deeper tags are dropped (their text is kept).</summary>
    internal const int MaxOpenElements = 256;

    /// <summary>Image types allowed as data: URLs in an img src.</summary>
    private static readonly string[] DataImagePrefixes = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/jpg", "data:image/webp", "data:image/avif"];

    public static string Sanitize(string? html, Uri? baseUri = null)
    {
        if (string.IsNullOrEmpty(html))
        {
            return html ?? "";
        }

        if (html.AsSpan().IndexOfAny('<', '&', '>') < 0)
        {
            return html;
        }

        var sb = new StringBuilder(html.Length + 16);
        var open = new List<string>();
        var tokens = new HtmlTokenizer(html);
        while (tokens.Next() != HtmlTokenKind.End)
        {
            switch (tokens.Kind)
            {
                case HtmlTokenKind.Text:
                    AppendText(sb, tokens.Text.Span);
                    break;
                case HtmlTokenKind.StartTag:
                    var name = tokens.TagName;
                    if (HtmlTags.DroppedWithContent.Contains(name))
                    {
                        if (!tokens.SelfClosing)
                        {
                            tokens.SkipPastEndTag(name);
                        }

                        break;
                    }

                    if (!HtmlTags.Allowed.Contains(name) || open.Count >= MaxOpenElements)
                    {
                        break;
                    }

                    sb.Append('<').Append(name);
                    foreach (var (attribute, value) in tokens.Attributes)
                    {
                        AppendAttribute(sb, name, attribute, value, baseUri);
                    }

                    if (HtmlTags.IsVoid(name))
                    {
                        sb.Append(" />");
                    }
                    else if (tokens.SelfClosing)
                    {
                        sb.Append("></").Append(name).Append('>');
                    }
                    else
                    {
                        sb.Append('>');
                        open.Add(name);
                    }

                    break;
                case HtmlTokenKind.EndTag:
                    var at = open.LastIndexOf(tokens.TagName);
                    if (at >= 0)
                    {
                        for (var i = open.Count - 1; i >= at; i--)
                        {
                            sb.Append("</").Append(open[i]).Append('>');
                        }

                        open.RemoveRange(at, open.Count - at);
                    }

                    break;
            }
        }

        for (var i = open.Count - 1; i >= 0; i--)
        {
            sb.Append("</").Append(open[i]).Append('>');
        }

        return sb.ToString();
    }

    private static void AppendText(StringBuilder sb, ReadOnlySpan<char> raw)
    {
        if (raw.IndexOf('&') >= 0)
        {
            HtmlEscape.AppendText(sb, HtmlTokenizer.Decode(raw));
        }
        else
        {
            HtmlEscape.AppendText(sb, raw);
        }
    }

    private static void AppendAttribute(StringBuilder sb, string element, string attribute, string value, Uri? baseUri)
    {
        if (attribute == "style")
        {
            var css = SanitizeCss(value);
            if (css.Length > 0)
            {
                sb.Append(" style=\"");
                HtmlEscape.AppendAttribute(sb, css);
                sb.Append('"');
            }

            return;
        }

        if (!HtmlTags.AllowedAttributes.Contains(attribute))
        {
            return;
        }

        if (HtmlTags.UrlAttributes.Contains(attribute) || attribute == "srcset")
        {
            var url = attribute == "srcset" ? SafeSrcset(value, baseUri) : SafeUrl(element, attribute, value, baseUri);
            if (url is null)
            {
                return;
            }

            value = url;
        }

        sb.Append(' ').Append(attribute).Append("=\"");
        HtmlEscape.AppendAttribute(sb, value);
        sb.Append('"');
    }

    /// <summary>The URL resolved and checked, or null when its scheme is unsafe.</summary>
    internal static string? SafeUrl(string element, string attribute, string value, Uri? baseUri)
    {
        var compact = StripControl(value);
        var scheme = FeedUris.Scheme(compact);
        if (scheme is null)
        {
            return FeedUris.ResolveToString(baseUri, value) ?? "";
        }

        if (scheme == "data")
        {
            var isImage = element is "img" or "source" && attribute == "src";
            foreach (var prefix in DataImagePrefixes)
            {
                if (isImage && compact.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return value.Trim();
                }
            }

            return null;
        }

        return HtmlTags.SafeSchemes.Contains(scheme) ? value.Trim() : null;
    }

    private static string? SafeSrcset(string value, Uri? baseUri)
    {
        var parts = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            var space = part.IndexOf(' ');
            var url = space < 0 ? part : part[..space];
            var safe = SafeUrl("img", "srcset", url, baseUri);
            if (safe is not null && !safe.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                kept.Add(space < 0 ? safe : safe + part[space..]);
            }
        }

        return kept.Count == 0 ? null : string.Join(", ", kept);
    }

    /// <summary>Removes whitespace and control characters browsers ignore inside a scheme ("java\tscript:").</summary>
    private static string StripControl(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c > ' ' && c != '\u007f')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Keeps the declarations of a style attribute whose property and value are harmless. One pass
    /// over spans of the attribute (and of one lowercase copy for the checks: invariant lowercasing
    /// maps each char to one char, so offsets line up); only the kept text is copied.
    /// </summary>
    internal static string SanitizeCss(string style)
    {
        var lower = style.ToLowerInvariant();
        if (lower.Contains("expression", StringComparison.Ordinal) || lower.Contains('\\') || lower.Contains("@import", StringComparison.Ordinal)
            || lower.Contains("/*", StringComparison.Ordinal))
        {
            return ""; // obfuscation: nothing in this attribute is trusted
        }

        StringBuilder? sb = null;
        var start = 0;
        while (start <= style.Length)
        {
            var semi = style.IndexOf(';', start);
            var end = semi < 0 ? style.Length : semi;
            AppendDeclaration(ref sb, style, lower, start, end);
            start = end + 1;
        }

        return sb?.ToString() ?? "";
    }

    /// <summary>Appends the declaration style[start..end) ("property: value") when it is safe.</summary>
    private static void AppendDeclaration(ref StringBuilder? sb, string style, string lower, int start, int end)
    {
        var (from, length) = Trimmed(style, start, end);
        var declaration = style.AsSpan(from, length);
        var colon = declaration.IndexOf(':');
        if (colon <= 0)
        {
            return;
        }

        var (nameFrom, nameLength) = Trimmed(style, from, from + colon);
        var (valueFrom, valueLength) = Trimmed(style, from + colon + 1, from + length);
        var value = style.AsSpan(valueFrom, valueLength);
        var lowerValue = lower.AsSpan(valueFrom, valueLength);
        if (value.Length == 0 || !IsSafeCssValue(value) || lowerValue.Contains("url", StringComparison.Ordinal) || lowerValue.Contains("script", StringComparison.Ordinal))
        {
            return;
        }

        var property = lower.AsSpan(nameFrom, nameLength);
        var dash = property.IndexOf('-');
        var family = dash < 0 ? property : property[..dash];
        if (!HtmlTags.SafeCssPropertyLookup.Contains(property)
            && !(HtmlTags.SafeCssShorthandLookup.Contains(family) && IsSafeShorthandValue(value)))
        {
            return;
        }

        if (sb is null)
        {
            sb = new StringBuilder(style.Length + 8);
        }
        else
        {
            sb.Append(' ');
        }

        sb.Append(style.AsSpan(nameFrom, nameLength)).Append(": ").Append(value).Append(';');
    }

    /// <summary>The range text[start..end) without leading and trailing white space, as (start, length).</summary>
    private static (int Start, int Length) Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }

    /// <summary>Largest length (in any unit) a margin, padding, border or background value may use; larger ones break layouts.</summary>
    internal const int MaxCssLength = 99;

    /// <summary>A shorthand value is kept when each word is a safe keyword, a colour or a modest length.</summary>
    private static bool IsSafeShorthandValue(ReadOnlySpan<char> value)
    {
        foreach (var range in value.SplitAny(' ', ','))
        {
            var word = value[range];
            if (word.IsEmpty || HtmlTags.SafeCssKeywordLookup.Contains(word) || word.StartsWith('#')
                || word.StartsWith("rgb(", StringComparison.OrdinalIgnoreCase) || word.EndsWith(')'))
            {
                continue;
            }

            var digits = 0;
            while (digits < word.Length && (char.IsAsciiDigit(word[digits]) || word[digits] == '.'))
            {
                digits++;
            }

            if (digits == 0 || !double.TryParse(word[..digits], System.Globalization.CultureInfo.InvariantCulture, out var number) || number > MaxCssLength)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSafeCssValue(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '#' or '.' or '%' or '(' or ')' or ',' or '-' or '!' or '\'' or '"' or '+'))
            {
                return false;
            }
        }

        return true;
    }
}
