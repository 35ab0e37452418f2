using AngleSharp.Dom;

namespace Newsdesk.Articles;

/// <summary>
/// Takes many nodes out of the DOM (or puts others in their place) at a cost proportional to their
/// parents' child lists. AngleSharp's RemoveChild and Replace look the node up in its parent's child
/// list, so removing the 60,000 hidden children of one paragraph one at a time is quadratic. Here
/// each parent that changes is emptied once, from its last child (which costs no search), and
/// refilled once in order with what stays and the replacements.
/// </summary>
internal static class DomPrune
{
    /// <summary>Removes <paramref name="doomed"/> nodes (a node without a parent is left alone).</summary>
    public static void Remove(IEnumerable<INode> doomed) => Replace(doomed.Select(d => (d, (IReadOnlyList<INode>)[])));

    /// <summary>
    /// Puts each node's replacements where the node stood (none: it is removed). Replacements may be
    /// descendants of the node they replace (an article header's lead paragraph); the nodes changed
    /// must not contain one another.
    /// </summary>
    public static void Replace(IEnumerable<(INode Node, IReadOnlyList<INode> With)> changes)
    {
        var byParent = new Dictionary<INode, Dictionary<INode, IReadOnlyList<INode>>>(ReferenceEqualityComparer.Instance);
        foreach (var (node, with) in changes)
        {
            if (node.Parent is not { } parent)
            {
                continue;
            }

            if (!byParent.TryGetValue(parent, out var changed))
            {
                changed = new Dictionary<INode, IReadOnlyList<INode>>(ReferenceEqualityComparer.Instance);
                byParent[parent] = changed;
            }

            changed[node] = with;
        }

        foreach (var (parent, changed) in byParent)
        {
            var children = parent.ChildNodes.ToList();
            while (parent.LastChild is { } last)
            {
                parent.RemoveChild(last);
            }

            foreach (var child in children)
            {
                if (!changed.TryGetValue(child, out var with))
                {
                    parent.AppendChild(child);
                    continue;
                }

                foreach (var node in with)
                {
                    parent.AppendChild(node);
                }
            }
        }
    }
}
