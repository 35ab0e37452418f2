using AngleSharp.Dom;

namespace Newsdesk.Articles;

/// <summary>
/// Iterative traversals of the DOM (sibling and parent pointers, no recursion, no stack), so a page
/// nested 100,000 levels deep costs time proportional to its nodes and no call stack.
/// </summary>
internal static class DomWalk
{
    /// <summary>The nodes below <paramref name="root"/> in document order, at most <paramref name="limit"/> of them.</summary>
    public static IEnumerable<INode> Descendants(INode root, int limit = int.MaxValue)
    {
        var count = 0;
        var node = root.FirstChild;
        while (node is not null && count < limit)
        {
            count++;
            yield return node;
            node = Next(node, root, descend: true);
        }
    }

    /// <summary>The next node in document order within <paramref name="root"/>, optionally skipping the children of <paramref name="node"/>.</summary>
    public static INode? Next(INode node, INode root, bool descend)
    {
        if (descend && node.FirstChild is { } child)
        {
            return child;
        }

        for (var current = node; current is not null && current != root; current = current.Parent)
        {
            if (current.NextSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    /// <summary>The elements below <paramref name="root"/> in document order.</summary>
    public static List<IElement> Elements(INode root, int limit)
    {
        var list = new List<IElement>();
        foreach (var node in Descendants(root))
        {
            if (node is IElement element)
            {
                list.Add(element);
                if (list.Count >= limit)
                {
                    break;
                }
            }
        }

        return list;
    }

    /// <summary>Whitespace-normalised text of a small subtree (titles, bylines), capped at <paramref name="maxChars"/>.</summary>
    public static string Text(INode root, int maxChars = 2000)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var node in Descendants(root))
        {
            if (node is IText text)
            {
                builder.Append(text.Data);
                if (builder.Length > maxChars * 2)
                {
                    break;
                }
            }
        }

        var result = TextNormalizer.Collapse(builder.ToString());
        return result.Length > maxChars ? result[..maxChars] : result;
    }
}
