using AngleSharp.Dom;

namespace Newsdesk.Articles;

/// <summary>
/// Iterative traversals of the DOM in document order, no recursion: a page nested 100,000 levels
/// deep costs time proportional to its nodes and no call stack. Every walk goes through
/// <see cref="DomCursor"/>, which steps to the next sibling by index, never by NextSibling.
/// </summary>
internal static class DomWalk
{
    /// <summary>The nodes below <paramref name="root"/> in document order, at most <paramref name="limit"/> of them.</summary>
    public static IEnumerable<INode> Descendants(INode root, int limit = int.MaxValue)
    {
        var cursor = new DomCursor(root);
        for (var count = 0; cursor.Current is { } node && count < limit; count++)
        {
            yield return node;
            cursor.MoveNext(descend: true);
        }
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
