using System.Text;
using System.Xml;

namespace Newsdesk.Publishing;

/// <summary>Shared by the XML writers: settings, and text made legal for XML 1.0.</summary>
internal static class XmlText
{
    public static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        CheckCharacters = true,
        NewLineChars = "\n",
    };

    /// <summary>
    /// Drops what XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF), which
    /// text from sources may hold; the writer escapes the rest (&amp;, &lt;, quotes).
    /// </summary>
    public static string Clean(string text)
    {
        var clean = true;
        foreach (var ch in text)
        {
            if (!XmlConvert.IsXmlChar(ch))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (XmlConvert.IsXmlChar(ch))
            {
                builder.Append(ch);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], ch))
            {
                builder.Append(ch).Append(text[i + 1]);
                i++;
            }
        }

        return builder.ToString();
    }

    /// <summary>RFC 3339 in UTC, as Atom and sitemaps want it.</summary>
    public static string Rfc3339(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");

    /// <summary>RFC 822 (with a four-digit year), as RSS 2.0 wants it.</summary>
    public static string Rfc822(DateTimeOffset time) => time.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'");
}
