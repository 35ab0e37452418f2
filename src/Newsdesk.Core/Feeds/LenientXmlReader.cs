using System.Net;

namespace Newsdesk.Feeds;

/// <summary>
/// The fallback for ill-formed documents (feedparser's "bozo" mode): a forgiving tokenizer that
/// tolerates unclosed and mismatched tags, undeclared or bad entities, a stray '&amp;' and
/// junk around the root, and builds the same <see cref="FeedNode"/> tree. It never expands
/// entities declared in a DTD (the DTD is skipped), so entity bombs stay literal text.
/// Linear in the input; depth and children capped as in <see cref="StrictXmlReader"/>.
/// </summary>
internal static class LenientXmlReader
{
    private sealed class Frame(FeedNode node, string qualifiedName, Dictionary<string, string>? namespaces)
    {
        public FeedNode Node { get; } = node;

        public string QualifiedName { get; } = qualifiedName;

        public Dictionary<string, string>? Namespaces { get; } = namespaces;
    }

    private static readonly Dictionary<string, string> DefaultNamespaces = new(StringComparer.Ordinal)
    {
        ["xml"] = FeedNamespaces.Xml,
    };

    public static FeedNode? Read(string text, Uri? baseUri)
    {
        var stack = new List<Frame>(16);
        FeedNode? root = null;
        var pos = 0;
        var length = text.Length;
        while (pos < length)
        {
            var lt = text.IndexOf('<', pos);
            if (lt < 0)
            {
                AddText(stack, Decode(text.AsSpan(pos)));
                break;
            }

            if (lt > pos)
            {
                AddText(stack, Decode(text.AsSpan(pos, lt - pos)));
            }

            pos = lt;
            var rest = text.AsSpan(pos);
            if (rest.StartsWith("<!--"))
            {
                pos = SkipPast(text, pos + 4, "-->");
            }
            else if (rest.StartsWith("<![CDATA["))
            {
                var end = text.IndexOf("]]>", pos + 9, StringComparison.Ordinal);
                var stop = end < 0 ? length : end;
                AddText(stack, text[(pos + 9)..stop]);
                pos = end < 0 ? length : end + 3;
            }
            else if (rest.StartsWith("<!"))
            {
                pos = SkipDeclaration(text, pos + 2);
            }
            else if (rest.StartsWith("<?"))
            {
                pos = SkipPast(text, pos + 2, "?>");
            }
            else if (rest.StartsWith("</"))
            {
                var gt = text.IndexOf('>', pos + 2);
                var end = gt < 0 ? length : gt;
                var name = text.AsSpan(pos + 2, end - pos - 2).Trim();
                Close(stack, name);
                pos = gt < 0 ? length : gt + 1;
            }
            else if (rest.Length > 1 && IsNameStart(rest[1]))
            {
                pos = ReadStartTag(text, pos + 1, stack, baseUri, ref root);
            }
            else
            {
                AddText(stack, "<");
                pos++;
            }
        }

        return root;
    }

    private static int ReadStartTag(string text, int pos, List<Frame> stack, Uri? baseUri, ref FeedNode? root)
    {
        var length = text.Length;
        var nameStart = pos;
        while (pos < length && IsNameChar(text[pos]))
        {
            pos++;
        }

        var qualifiedName = text[nameStart..pos];
        List<(string Name, string Value)>? attributes = null;
        var selfClosing = false;
        while (pos < length)
        {
            var c = text[pos];
            if (c == '>')
            {
                pos++;
                break;
            }

            if (c == '/' && pos + 1 < length && text[pos + 1] == '>')
            {
                selfClosing = true;
                pos += 2;
                break;
            }

            if (c == '<')
            {
                break; // an unterminated tag: the next tag starts here
            }

            if (!IsNameStart(c))
            {
                pos++;
                continue;
            }

            var attrStart = pos;
            while (pos < length && IsNameChar(text[pos]))
            {
                pos++;
            }

            var attrName = text[attrStart..pos];
            while (pos < length && char.IsWhiteSpace(text[pos]))
            {
                pos++;
            }

            var value = "";
            if (pos < length && text[pos] == '=')
            {
                pos++;
                while (pos < length && char.IsWhiteSpace(text[pos]))
                {
                    pos++;
                }

                if (pos < length && (text[pos] == '"' || text[pos] == '\''))
                {
                    var quote = text[pos];
                    var close = text.IndexOf(quote, pos + 1);
                    var stop = close < 0 ? length : close;
                    value = Decode(text.AsSpan(pos + 1, stop - pos - 1));
                    pos = close < 0 ? length : close + 1;
                }
                else
                {
                    var valueStart = pos;
                    while (pos < length && !char.IsWhiteSpace(text[pos]) && text[pos] != '>')
                    {
                        pos++;
                    }

                    value = Decode(text.AsSpan(valueStart, pos - valueStart));
                }
            }

            (attributes ??= []).Add((attrName, value));
        }

        var parentFrame = stack.Count > 0 ? stack[^1] : null;
        if (parentFrame is null && root is not null)
        {
            return pos; // a second root: ignored
        }

        if (stack.Count >= FeedLimits.MaxDepth || (parentFrame is not null && parentFrame.Node.ChildCount >= FeedLimits.MaxChildrenPerElement))
        {
            return pos; // over the caps: the tag is dropped, its text goes to the parent
        }

        var scope = parentFrame?.Namespaces ?? DefaultNamespaces;
        Dictionary<string, string>? own = null;
        if (attributes is not null)
        {
            foreach (var (name, value) in attributes)
            {
                if (name == "xmlns")
                {
                    (own ??= new Dictionary<string, string>(scope, StringComparer.Ordinal))[""] = value;
                }
                else if (name.StartsWith("xmlns:", StringComparison.Ordinal))
                {
                    (own ??= new Dictionary<string, string>(scope, StringComparer.Ordinal))[name[6..]] = value;
                }
            }
        }

        var namespaces = own ?? scope;
        var (ns, local) = Split(qualifiedName, namespaces, useDefault: true);
        var node = new FeedNode(ns, local, parentFrame?.Node.Base ?? baseUri);
        if (attributes is not null)
        {
            foreach (var (name, value) in attributes)
            {
                if (name == "xmlns" || name.StartsWith("xmlns:", StringComparison.Ordinal))
                {
                    continue;
                }

                var (attrNs, attrLocal) = Split(name, namespaces, useDefault: false);
                if (attrNs == FeedNamespaces.Xml && attrLocal == "base")
                {
                    node.Base = FeedUris.Resolve(node.Base, value) ?? node.Base;
                }

                node.AddAttribute(new FeedAttribute(attrNs, attrLocal, value));
            }
        }

        if (parentFrame is null)
        {
            root = node;
        }
        else
        {
            parentFrame.Node.AddChild(node);
        }

        if (!selfClosing)
        {
            stack.Add(new Frame(node, qualifiedName, namespaces));
        }

        return pos;
    }

    private static (string Namespace, string Local) Split(string qualifiedName, Dictionary<string, string> namespaces, bool useDefault)
    {
        var colon = qualifiedName.IndexOf(':');
        if (colon < 0)
        {
            return (useDefault && namespaces.TryGetValue("", out var def) ? def : "", qualifiedName);
        }

        var prefix = qualifiedName[..colon];
        return (namespaces.TryGetValue(prefix, out var ns) ? ns : "", qualifiedName[(colon + 1)..]);
    }

    private static void Close(List<Frame> stack, ReadOnlySpan<char> name)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (name.SequenceEqual(stack[i].QualifiedName))
            {
                stack.RemoveRange(i, stack.Count - i);
                return;
            }
        }

        // An end tag that matches nothing open is ignored.
    }

    private static void AddText(List<Frame> stack, string text)
    {
        if (stack.Count > 0)
        {
            stack[^1].Node.AddText(text);
        }
    }

    private static string Decode(ReadOnlySpan<char> raw) =>
        raw.IndexOf('&') < 0 ? raw.ToString() : WebUtility.HtmlDecode(raw.ToString());

    private static int SkipPast(string text, int from, string terminator)
    {
        var end = text.IndexOf(terminator, from, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + terminator.Length;
    }

    /// <summary>Skips a declaration such as a DOCTYPE, including an internal subset in brackets.</summary>
    private static int SkipDeclaration(string text, int pos)
    {
        var depth = 0;
        for (; pos < text.Length; pos++)
        {
            switch (text[pos])
            {
                case '[': depth++; break;
                case ']': depth = Math.Max(0, depth - 1); break;
                case '>' when depth == 0: return pos + 1;
            }
        }

        return text.Length;
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_' || c == ':';

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or ':' or '-' or '.';
}
