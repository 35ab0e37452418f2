using System.Text;
using System.Xml;

namespace Newsdesk.Demo;

/// <summary>Well-formed XML written to a string with the settings every sample feed shares.</summary>
internal static class XmlText
{
    /// <summary>Writes the document in <paramref name="encoding"/> (declared in the XML declaration) and returns it as text.</summary>
    public static string Write(Action<XmlWriter> body, Encoding? encoding = null)
    {
        encoding ??= SampleCharsets.Utf8;
        var settings = new XmlWriterSettings { Encoding = encoding, Indent = true, OmitXmlDeclaration = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }

        return encoding.GetString(stream.ToArray());
    }

    /// <summary>RFC 822 time as RSS 2.0 wants it.</summary>
    public static string Rfc822(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>RFC 3339 time as Atom, RDF (dc:date) and JSON Feed want it.</summary>
    public static string Rfc3339(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
