using System.Text;

namespace Newsdesk.Feeds;

/// <summary>One attribute of a <see cref="FeedNode"/>, namespace-resolved.</summary>
internal readonly record struct FeedAttribute(string Namespace, string Name, string Value);

/// <summary>
/// A small, read-only element tree both XML readers (strict and lenient) build, so the format
/// parsers read one shape whichever reader succeeded. Content holds strings and child nodes in
/// document order; <see cref="Base"/> is the effective xml:base (or the caller's base URI).
/// </summary>
internal sealed class FeedNode(string ns, string name, Uri? baseUri)
{
    private List<FeedAttribute>? attributes;

    // null, a single text (the common leaf: no list allocated), or a list of strings and child nodes.
    private object? content;

    public string Namespace { get; } = ns;

    public string Name { get; } = name;

    public Uri? Base { get; set; } = baseUri;

    public int ChildCount { get; private set; }

    public IReadOnlyList<FeedAttribute> Attributes => (IReadOnlyList<FeedAttribute>?)attributes ?? [];

    public void AddAttribute(FeedAttribute attribute) => (attributes ??= []).Add(attribute);

    public void AddText(string text)
    {
        if (text.Length > 0)
        {
            Add(Windows1252.FixC1(text));
        }
    }

    public void AddChild(FeedNode child)
    {
        Add(child);
        ChildCount++;
    }

    private void Add(object item)
    {
        switch (content)
        {
            case null when item is string:
                content = item;
                break;
            case List<object> list:
                list.Add(item);
                break;
            case null:
                content = new List<object>(4) { item };
                break;
            default:
                content = new List<object>(4) { content, item };
                break;
        }
    }

    private List<object>? Items => content as List<object>;

    public bool Is(string ns, string name) => Name == name && Namespace == ns;

    public string? Attribute(string name, string ns = "")
    {
        if (attributes is null)
        {
            return null;
        }

        foreach (var a in attributes)
        {
            if (a.Name == name && a.Namespace == ns)
            {
                return a.Value;
            }
        }

        return null;
    }

    public IEnumerable<FeedNode> Children()
    {
        if (Items is not { } items)
        {
            yield break;
        }

        foreach (var item in items)
        {
            if (item is FeedNode node)
            {
                yield return node;
            }
        }
    }

    public FeedNode? Child(string ns, string name)
    {
        if (Items is not { } items)
        {
            return null;
        }

        foreach (var item in items)
        {
            if (item is FeedNode node && node.Name == name && node.Namespace == ns)
            {
                return node;
            }
        }

        return null;
    }

    public bool HasElementChildren => ChildCount > 0;

    /// <summary>The direct text of the element (CDATA included), child elements skipped.</summary>
    public string Text()
    {
        if (content is string only)
        {
            return only;
        }

        if (Items is not { } items)
        {
            return "";
        }

        var sb = new StringBuilder();
        foreach (var item in items)
        {
            if (item is string s)
            {
                sb.Append(s);
            }
        }

        return sb.ToString();
    }

    /// <summary>The text when the element holds only text; otherwise its content serialised as markup (HTML left unescaped in a feed).</summary>
    public string TextOrMarkup() => ChildCount == 0 ? Text() : InnerMarkup();

    /// <summary>The element's content serialised back to markup (for xhtml content and HTML left unescaped).</summary>
    public string InnerMarkup()
    {
        var sb = new StringBuilder();
        WriteContent(sb);
        return sb.ToString();
    }

    private void WriteContent(StringBuilder sb)
    {
        if (content is string only)
        {
            HtmlEscape.AppendText(sb, only);
            return;
        }

        if (Items is not { } items)
        {
            return;
        }

        foreach (var item in items)
        {
            if (item is string s)
            {
                HtmlEscape.AppendText(sb, s);
            }
            else
            {
                ((FeedNode)item).WriteElement(sb);
            }
        }
    }

    private void WriteElement(StringBuilder sb)
    {
        sb.Append('<').Append(Name);
        if (attributes is not null)
        {
            foreach (var a in attributes)
            {
                sb.Append(' ').Append(a.Name).Append("=\"");
                HtmlEscape.AppendAttribute(sb, a.Value);
                sb.Append('"');
            }
        }

        if (content is null)
        {
            sb.Append(HtmlTags.IsVoid(Name) ? " />" : "></" + Name + ">");
            return;
        }

        sb.Append('>');
        WriteContent(sb);
        sb.Append("</").Append(Name).Append('>');
    }
}
