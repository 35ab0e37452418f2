using System.Net;
using System.Text;

namespace Newsdesk.Feeds;

/// <summary>
/// Feeds use HTML entities (&amp;nbsp; &amp;eacute; ...) that XML does not declare. Before the
/// strict reader runs, each known HTML entity outside CDATA sections and comments is replaced
/// by its character reference. Unknown names are left for the reader to reject (the lenient
/// reader then keeps them as text). Linear; allocates only when something is replaced.
/// </summary>
internal static class XmlEntityFixer
{
    /// <summary>Longest entity name looked up (HTML's longest is 31 characters).</summary>
    private const int MaxEntityName = 32;

    /// <summary>True when the bytes may hold an entity other than the five XML ones (then the text path with <see cref="Fix"/> is taken).</summary>
    public static bool MayNeedFix(ReadOnlySpan<byte> utf8)
    {
        var at = utf8.IndexOf((byte)'&');
        while (at >= 0)
        {
            var rest = utf8[(at + 1)..];
            var end = 0;
            while (end < rest.Length && end <= MaxEntityName && char.IsAsciiLetterOrDigit((char)rest[end]))
            {
                end++;
            }

            if (end > 0 && end < rest.Length && rest[end] == (byte)';' && char.IsAsciiLetter((char)rest[0]))
            {
                var name = rest[..end];
                if (!(name.SequenceEqual("amp"u8) || name.SequenceEqual("lt"u8) || name.SequenceEqual("gt"u8) || name.SequenceEqual("quot"u8) || name.SequenceEqual("apos"u8)))
                {
                    return true;
                }
            }

            var next = rest.IndexOf((byte)'&');
            if (next < 0)
            {
                return false;
            }

            utf8 = rest;
            at = next;
        }

        return false;
    }

    public static string Fix(string text)
    {
        var amp = text.IndexOf('&');
        if (amp < 0)
        {
            return text;
        }

        StringBuilder? sb = null;
        var copied = 0;
        var nextCdata = text.IndexOf("<![CDATA[", StringComparison.Ordinal);
        var nextComment = text.IndexOf("<!--", StringComparison.Ordinal);
        while (amp >= 0)
        {
            // Skip over CDATA sections and comments that start before this '&'.
            if (nextCdata >= 0 && nextCdata < amp)
            {
                var end = text.IndexOf("]]>", nextCdata + 9, StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }

                if (end > amp)
                {
                    amp = text.IndexOf('&', end);
                }

                nextCdata = text.IndexOf("<![CDATA[", end, StringComparison.Ordinal);
                continue;
            }

            if (nextComment >= 0 && nextComment < amp)
            {
                var end = text.IndexOf("-->", nextComment + 4, StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }

                if (end > amp)
                {
                    amp = text.IndexOf('&', end);
                }

                nextComment = text.IndexOf("<!--", end, StringComparison.Ordinal);
                continue;
            }

            var nameEnd = amp + 1;
            while (nameEnd < text.Length && nameEnd - amp <= MaxEntityName && char.IsAsciiLetterOrDigit(text[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd < text.Length && text[nameEnd] == ';' && nameEnd > amp + 1 && char.IsAsciiLetter(text[amp + 1]))
            {
                var name = text.AsSpan(amp + 1, nameEnd - amp - 1);
                if (!IsXmlEntity(name))
                {
                    var entity = text.Substring(amp, nameEnd - amp + 1);
                    var decoded = WebUtility.HtmlDecode(entity);
                    if (decoded != entity)
                    {
                        sb ??= new StringBuilder(text.Length + 64);
                        sb.Append(text, copied, amp - copied);
                        foreach (var rune in decoded.EnumerateRunes())
                        {
                            sb.Append("&#").Append(rune.Value).Append(';');
                        }

                        copied = nameEnd + 1;
                    }
                }
            }

            amp = text.IndexOf('&', amp + 1);
        }

        if (sb is null)
        {
            return text;
        }

        sb.Append(text, copied, text.Length - copied);
        return sb.ToString();
    }

    private static bool IsXmlEntity(ReadOnlySpan<char> name) =>
        name is "amp" or "lt" or "gt" or "quot" or "apos";
}
