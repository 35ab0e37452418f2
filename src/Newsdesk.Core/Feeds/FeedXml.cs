using System.Xml;

namespace Newsdesk.Feeds;

/// <summary>
/// Text to element tree: the strict streaming reader first; on an XML error the lenient reader
/// re-reads the whole document and the error becomes a warning (the feed is "bozo").
/// </summary>
internal static class FeedXml
{
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
