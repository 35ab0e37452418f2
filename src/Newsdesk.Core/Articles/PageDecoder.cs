using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Newsdesk.Articles;

/// <summary>The outcome of turning page bytes into HTML text.</summary>
public abstract record PageDecoding
{
    private PageDecoding()
    {
    }

    /// <summary>The page as text and the charset that decoded it.</summary>
    public sealed record Decoded(string Html, string Charset) : PageDecoding;

    /// <summary>The bytes are not HTML (a PDF, an image, an archive, binary data).</summary>
    public sealed record NotHtml(string Reason) : PageDecoding;
}

/// <summary>
/// Decodes page bytes: byte-order mark first, then the charset the transport or a meta tag declares,
/// then UTF-8. A declaration that lies is caught: bytes declared UTF-8 that are not valid UTF-8 are
/// read as windows-1252, and bytes declared single-byte that are valid non-ASCII UTF-8 are read as UTF-8
/// (the WHATWG Encoding Standard maps ISO-8859-1 and ASCII labels to windows-1252 as browsers do).
/// </summary>
public static partial class PageDecoder
{
    /// <summary>How many leading bytes are searched for a meta charset (the HTML standard's prescan uses 1024; pages often exceed it).</summary>
    internal const int PrescanBytes = 4096;

    /// <summary>How many leading bytes are checked for binary content.</summary>
    internal const int SniffBytes = 1024;

    /// <summary>Share of control bytes (NUL and C0 other than whitespace) above which a prefix is binary, not text.</summary>
    internal const double MaxControlByteShare = 0.1;

    public static PageDecoding Decode(byte[] bytes, string? declaredCharset = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (SniffBinary(bytes) is { } reason)
        {
            return new PageDecoding.NotHtml(reason);
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new PageDecoding.Decoded(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), "utf-8");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return new PageDecoding.Decoded(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "utf-16le");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return new PageDecoding.Decoded(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "utf-16be");
        }

        var declared = Resolve(declaredCharset) ?? Resolve(PrescanCharset(bytes));
        var validUtf8 = Utf8.IsValid(bytes);
        Encoding encoding;
        if (declared is null || declared.CodePage == Encoding.UTF8.CodePage)
        {
            encoding = validUtf8 ? Encoding.UTF8 : Windows1252();
        }
        else if (declared.IsSingleByte && validUtf8 && HasNonAscii(bytes))
        {
            encoding = Encoding.UTF8;
        }
        else
        {
            encoding = declared;
        }

        return new PageDecoding.Decoded(encoding.GetString(bytes), encoding.WebName);
    }

    private static string? SniffBinary(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, SniffBytes));
        if (head.StartsWith("%PDF"u8))
        {
            return "not HTML: a PDF document";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || head.StartsWith("GIF8"u8)
            || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || (head.StartsWith("RIFF"u8) && head.Length > 12 && head[8..12].SequenceEqual("WEBP"u8)))
        {
            return "not HTML: an image";
        }

        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return "not HTML: a compressed archive";
        }

        if (head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
        {
            return null;
        }

        var control = 0;
        foreach (var b in head)
        {
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                control++;
            }
        }

        return head.Length > 0 && control > head.Length * MaxControlByteShare ? "not HTML: binary data" : null;
    }

    private static bool HasNonAscii(byte[] bytes) => bytes.AsSpan().IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    private static string? PrescanCharset(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, PrescanBytes));
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    internal static Encoding? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case "utf8" or "utf-8" or "unicode-1-1-utf-8":
                return Encoding.UTF8;
            case "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1" or "l1" or "cp1252" or "windows-1252":
                return Windows1252();
            case "utf-16" or "utf-16le" or "utf-16be" or "unicode":
                return Encoding.UTF8; // a byte stream without a BOM that says UTF-16 is ASCII-compatible; WHATWG reads it as UTF-8
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding Windows1252() => CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<cs>[A-Za-z0-9_\-:.]+)|<\?xml[^>]+encoding\s*=\s*["'](?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
