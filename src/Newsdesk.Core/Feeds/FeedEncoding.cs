using System.Text;

namespace Newsdesk.Feeds;

/// <summary>A feed's bytes as text, the encoding used, and why, when it was not the declared one.</summary>
internal sealed record DecodedDocument(string Text, string Encoding, string? Warning);

/// <summary>
/// Picks a feed's character encoding the way RFC 3023 and feedparser do: a byte-order mark
/// first; then the HTTP Content-Type charset; for a text/* type without one, us-ascii; then the
/// XML declaration; then UTF-8. A candidate whose decoder rejects the bytes is skipped (a wrong
/// declaration is recovered) and the override is reported; windows-1252 is the last resort,
/// as it decodes any byte.
/// </summary>
internal static class FeedEncoding
{
    /// <summary>Bytes of the document start searched for an XML declaration.</summary>
    private const int DeclarationWindow = 512;

    /// <summary>
    /// True when the document is valid UTF-8 that every rule above would decode as UTF-8 (UTF-8 BOM
    /// or none, no other charset in HTTP or the declaration), so it can be read from its bytes
    /// without building a document-sized string. <paramref name="offset"/> skips the BOM.
    /// </summary>
    public static bool IsPlainUtf8(byte[] body, string? contentType, out int offset)
    {
        offset = body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF ? 3 : 0;
        var (bom, _) = FromBom(body);
        if ((bom is not null && bom != "utf-8") || SniffUtf16(body) is not null)
        {
            return false;
        }

        var (mediaType, charset) = ParseContentType(contentType);
        if (charset is not null ? charset != "utf-8" : mediaType?.StartsWith("text/", StringComparison.Ordinal) == true)
        {
            return false;
        }

        var declared = DeclaredEncoding(body, null);
        return (declared is null || declared == "utf-8") && System.Text.Unicode.Utf8.IsValid(body.AsSpan(offset));
    }

    public static DecodedDocument Decode(byte[] body, string? contentType)
    {
        var (bomEncoding, bomLength) = FromBom(body);
        if (bomEncoding is not null)
        {
            var encoding = Strict(bomEncoding)!;
            if (TryDecode(encoding, body.AsSpan(bomLength), out var text))
            {
                return new DecodedDocument(text, bomEncoding, null);
            }
        }

        var candidates = new List<string>(4);
        var (mediaType, charset) = ParseContentType(contentType);
        if (charset is not null)
        {
            candidates.Add(charset);
        }
        else if (mediaType is not null && mediaType.StartsWith("text/", StringComparison.Ordinal))
        {
            candidates.Add("us-ascii");
        }

        var sniffed = SniffUtf16(body);
        if (sniffed is not null)
        {
            candidates.Add(sniffed);
        }

        var declared = DeclaredEncoding(body, sniffed);
        if (declared is not null)
        {
            candidates.Add(declared);
        }

        candidates.Add("utf-8");
        var first = candidates[0];
        foreach (var name in candidates)
        {
            var encoding = Strict(name);
            if (encoding is not null && TryDecode(encoding, body, out var text))
            {
                var warning = name == first
                    ? null
                    : $"document declared as {first} but its bytes are not valid {first}; decoded as {name}";
                return new DecodedDocument(text, Normalise(name), warning);
            }
        }

        var fallback = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        return new DecodedDocument(fallback.GetString(body), "windows-1252", $"no declared encoding fits the bytes ({first}); decoded as windows-1252");
    }

    private static string Normalise(string name) => name is "gb2312" or "gbk" or "x-gbk" ? "gb18030" : name;

    /// <summary>The media type and charset of a Content-Type header, both lowercase, quotes removed.</summary>
    internal static (string? MediaType, string? Charset) ParseContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return (null, null);
        }

        var parts = contentType.Split(';');
        var mediaType = parts[0].Trim().ToLowerInvariant();
        string? charset = null;
        foreach (var part in parts.AsSpan(1))
        {
            var eq = part.IndexOf('=');
            if (eq > 0 && part[..eq].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                charset = part[(eq + 1)..].Trim().Trim('"', '\'').Trim().ToLowerInvariant();
                if (charset.Length == 0)
                {
                    charset = null;
                }
            }
        }

        return (mediaType.Length == 0 ? null : mediaType, charset);
    }

    private static (string? Name, int Length) FromBom(byte[] b)
    {
        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        {
            return ("utf-32be", 4);
        }

        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        {
            return ("utf-32le", 4);
        }

        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            return ("utf-8", 3);
        }

        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return ("utf-16be", 2);
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            return ("utf-16le", 2);
        }

        return (null, 0);
    }

    private static string? SniffUtf16(byte[] b)
    {
        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0x3C)
        {
            return "utf-32be";
        }

        if (b.Length >= 4 && b[0] == 0x3C && b[1] == 0 && b[2] == 0 && b[3] == 0)
        {
            return "utf-32le";
        }

        if (b.Length >= 4 && b[0] == 0 && b[1] == 0x3C && b[2] == 0 && b[3] == 0x3F)
        {
            return "utf-16be";
        }

        return b.Length >= 4 && b[0] == 0x3C && b[1] == 0 && b[2] == 0x3F && b[3] == 0 ? "utf-16le" : null;
    }

    /// <summary>The encoding named in the XML declaration, read as ASCII (or UTF-16 when sniffed).</summary>
    private static string? DeclaredEncoding(byte[] body, string? sniffed)
    {
        string head;
        if (sniffed is not null)
        {
            var utf16 = Strict(sniffed)!;
            var n = Math.Min(body.Length, DeclarationWindow * 4) & ~3;
            head = utf16.GetString(body, 0, n);
        }
        else
        {
            head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, DeclarationWindow));
        }

        var start = head.IndexOf("<?xml", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = head.IndexOf("?>", start, StringComparison.Ordinal);
        var decl = end < 0 ? head[start..] : head[start..end];
        var at = decl.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var eq = decl.IndexOf('=', at);
        if (eq < 0)
        {
            return null;
        }

        var value = decl[(eq + 1)..].TrimStart();
        if (value.Length == 0 || (value[0] != '"' && value[0] != '\''))
        {
            return null;
        }

        var close = value.IndexOf(value[0], 1);
        var name = close < 0 ? null : value[1..close].Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        // A UTF-16 declaration on bytes that are not UTF-16 (no BOM, not sniffed) cannot be right.
        if (sniffed is not null)
        {
            return sniffed; // the bytes' shape decides between UTF-16/32 byte orders, not the label
        }

        return name.StartsWith("utf-16", StringComparison.Ordinal) || name.StartsWith("utf-32", StringComparison.Ordinal) ? null : name;
    }

    /// <summary>The named encoding with a throwing decoder, or null when the name is unknown.</summary>
    internal static Encoding? Strict(string name)
    {
        // gb2312 documents routinely use gb18030 characters; gb18030 is its superset (as feedparser does).
        if (name is "gb2312" or "gbk" or "x-gbk")
        {
            name = "gb18030";
        }

        // The code-page provider answers null (no exception) for names it does not know; ask it
        // first so legacy charsets never cost a thrown ArgumentException.
        var codePage = CodePagesEncodingProvider.Instance.GetEncoding(name);
        if (codePage is not null)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(codePage.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }

        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }

            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
