using System.Xml;

namespace Newsdesk.Feeds;

/// <summary>
/// Text to element tree: the strict streaming reader first; on an XML error the lenient reader
/// re-reads the whole document and the error becomes a warning (the feed is "bozo").
/// </summary>
internal static class FeedXml
{
    /// <summary>The fast path for plain UTF-8 without HTML entities: the strict reader over the bytes; the text is decoded only if it fails.</summary>
    public static FeedNode? ReadUtf8(byte[] body, int offset, Uri? baseUri, List<string> warnings)
    {
        try
        {
            var strictWarnings = new List<string>();
            var root = StrictXmlReader.Read(body, offset, baseUri, strictWarnings);
            warnings.AddRange(strictWarnings);
            return root;
        }
        catch (XmlException e)
        {
            warnings.Add($"not well-formed XML (line {e.LineNumber}, column {e.LinePosition}): {FirstSentence(e.Message)}; read leniently");
            return LenientXmlReader.Read(TrimToFirstTag(System.Text.Encoding.UTF8.GetString(body, offset, body.Length - offset)), baseUri);
        }
    }

    private static string TrimToFirstTag(string text)
    {
        var lt = text.IndexOf('<');
        return lt > 0 ? text[lt..] : text;
    }

    public static FeedNode? Read(string text, Uri? baseUri, List<string> warnings)
    {
        var fixedText = XmlEntityFixer.Fix(text);
        try
        {
            var strictWarnings = new List<string>();
            var root = StrictXmlReader.Read(fixedText, baseUri, strictWarnings);
            warnings.AddRange(strictWarnings);
            return root;
        }
        catch (XmlException e)
        {
            warnings.Add($"not well-formed XML (line {e.LineNumber}, column {e.LinePosition}): {FirstSentence(e.Message)}; read leniently");
            return LenientXmlReader.Read(text, baseUri);
        }
    }

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return (dot < 0 ? message : message[..dot]).ReplaceLineEndings(" ");
    }
}
