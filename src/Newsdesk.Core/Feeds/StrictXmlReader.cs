using System.Xml;

namespace Newsdesk.Feeds;

/// <summary>
/// Reads a well-formed document into a <see cref="FeedNode"/> tree with a streaming
/// <see cref="XmlReader"/>: no DTD processing, no resolver (no external entities), entity
/// expansion bounded, depth and children capped. Throws <see cref="XmlException"/> on
/// ill-formed input; <see cref="FeedXml"/> then falls back to <see cref="LenientXmlReader"/>.
/// </summary>
internal static class StrictXmlReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        // No DTD is processed, so no entity can be declared and none expands: entity bombs are
        // impossible by construction (they fail as undeclared entities and go to the lenient reader).
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
        CloseInput = true,
    };

    public static FeedNode? Read(string text, Uri? baseUri, List<string> warnings)
    {
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        return Read(reader, baseUri, warnings);
    }

    /// <summary>Reads UTF-8 bytes directly (no document-sized string); the caller has checked the bytes are valid UTF-8 declared as such.</summary>
    public static FeedNode? Read(byte[] utf8, int offset, Uri? baseUri, List<string> warnings)
    {
        using var reader = XmlReader.Create(new MemoryStream(utf8, offset, utf8.Length - offset, writable: false), Settings);
        return Read(reader, baseUri, warnings);
    }

    private static FeedNode? Read(XmlReader reader, Uri? baseUri, List<string> warnings)
    {
        var stack = new List<FeedNode>(16);
        FeedNode? root = null;
        var truncated = false;
        var tooDeep = false;

        var read = reader.Read();
        while (read)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var parent = stack.Count > 0 ? stack[^1] : null;
                    if (parent is null && root is not null)
                    {
                        throw new XmlException("more than one root element");
                    }

                    if (stack.Count >= FeedLimits.MaxDepth || (parent is not null && parent.ChildCount >= FeedLimits.MaxChildrenPerElement))
                    {
                        truncated |= stack.Count < FeedLimits.MaxDepth;
                        tooDeep |= stack.Count >= FeedLimits.MaxDepth;
                        reader.Skip();
                        read = !reader.EOF;
                        continue;
                    }

                    var node = new FeedNode(reader.NamespaceURI, reader.LocalName, parent?.Base ?? baseUri);
                    var empty = reader.IsEmptyElement;
                    if (reader.MoveToFirstAttribute())
                    {
                        do
                        {
                            var ns = reader.NamespaceURI;
                            if (ns == "http://www.w3.org/2000/xmlns/")
                            {
                                continue;
                            }

                            if (ns == FeedNamespaces.Xml && reader.LocalName == "base")
                            {
                                node.Base = FeedUris.Resolve(node.Base, reader.Value) ?? node.Base;
                            }

                            node.AddAttribute(new FeedAttribute(ns, reader.LocalName, reader.Value));
                        }
                        while (reader.MoveToNextAttribute());
                        reader.MoveToElement();
                    }

                    if (parent is null)
                    {
                        root = node;
                    }
                    else
                    {
                        parent.AddChild(node);
                    }

                    if (!empty)
                    {
                        stack.Add(node);
                    }

                    break;
                case XmlNodeType.EndElement:
                    stack.RemoveAt(stack.Count - 1);
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                case XmlNodeType.Whitespace:
                    if (stack.Count > 0)
                    {
                        stack[^1].AddText(reader.Value);
                    }

                    break;
            }

            read = reader.Read();
        }

        if (truncated)
        {
            warnings.Add($"more than {FeedLimits.MaxChildrenPerElement} child elements under one element; the rest were skipped");
        }

        if (tooDeep)
        {
            warnings.Add($"elements nested deeper than {FeedLimits.MaxDepth} were skipped");
        }

        return root;
    }
}
