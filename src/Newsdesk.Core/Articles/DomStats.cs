using AngleSharp.Dom;

namespace Newsdesk.Articles;

/// <summary>Text measures of one element's subtree.</summary>
internal sealed class ElementStats
{
    /// <summary>Non-whitespace characters of text.</summary>
    public int Text;

    /// <summary>Non-whitespace characters of text inside links.</summary>
    public int LinkText;

    /// <summary>Commas in the text (a sign of prose).</summary>
    public int Commas;

    public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;
}

/// <summary>Per-element text measures, computed in one bottom-up pass without recursion.</summary>
internal sealed class DomStats
{
    private static readonly ElementStats Empty = new();
    private readonly Dictionary<IElement, ElementStats> stats;

    private DomStats(Dictionary<IElement, ElementStats> stats) => this.stats = stats;

    public ElementStats this[IElement element] => stats.TryGetValue(element, out var s) ? s : Empty;

    public static DomStats Compute(IElement root, int maxNodes)
    {
        var order = new List<IElement> { root };
        var map = new Dictionary<IElement, ElementStats>(ReferenceEqualityComparer.Instance) { [root] = new ElementStats() };
        foreach (var node in DomWalk.Descendants(root, maxNodes))
        {
            if (node is IElement element)
            {
                order.Add(element);
                map[element] = new ElementStats();
            }
            else if (node is IText text && node.ParentElement is { } parent && map.TryGetValue(parent, out var own))
            {
                foreach (var c in text.Data)
                {
                    if (!char.IsWhiteSpace(c))
                    {
                        own.Text++;
                        if (c is ',' or '，' or '、')
                        {
                            own.Commas++;
                        }
                    }
                }
            }
        }

        for (var i = order.Count - 1; i >= 0; i--)
        {
            var element = order[i];
            var s = map[element];
            if (element.LocalName == "a")
            {
                s.LinkText = s.Text;
            }

            if (i > 0 && element.ParentElement is { } parent && map.TryGetValue(parent, out var p))
            {
                p.Text += s.Text;
                p.LinkText += s.LinkText;
                p.Commas += s.Commas;
            }
        }

        return new DomStats(map);
    }
}
