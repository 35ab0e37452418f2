using AngleSharp.Dom;

namespace Newsdesk.Articles;

/// <summary>
/// Finds the lead paragraph (intro, standfirst, summary) that many CMSs place before the body
/// container, within the container's near ancestors, so that the text starts where the article does.
/// </summary>
internal static class LeadFinder
{
    /// <summary>Ancestors of the container searched at most.</summary>
    internal const int MaxLevels = 4;

    /// <summary>An ancestor is searched only while its text is at most this many characters beyond the container's.</summary>
    internal const int MaxExtraChars = 3000;

    /// <summary>Lead length bounds in characters.</summary>
    internal const int MinLeadChars = 40;
    internal const int MaxLeadChars = 1500;

    /// <summary>A lead holds at most this share of link text.</summary>
    internal const double MaxLeadLinkDensity = 0.3;

    public static List<IElement> Find(IElement container, DomStats stats, int maxNodes)
    {
        var leads = new List<IElement>();
        var limit = stats[container].Text + MaxExtraChars;
        var ancestor = container.ParentElement;
        for (var level = 0; ancestor is not null && level < MaxLevels && stats[ancestor].Text <= limit; level++, ancestor = ancestor.ParentElement)
        {
            foreach (var node in DomWalk.Descendants(ancestor, maxNodes))
            {
                if (node == container)
                {
                    break;
                }

                if (node is IElement element && IsLead(element, stats) && !leads.Any(l => l.Contains(element) || element.Contains(l)))
                {
                    leads.Add(element);
                }
            }
        }

        leads.Sort((a, b) => a.CompareDocumentPosition(b).HasFlag(DocumentPositions.Following) ? -1 : 1);
        return leads;
    }

    internal static bool IsLead(IElement element, DomStats stats)
    {
        var s = stats[element];
        if (s.Text < MinLeadChars || s.Text > MaxLeadChars || s.LinkDensity > MaxLeadLinkDensity)
        {
            return false;
        }

        if (element.GetAttribute("itemprop") is "description")
        {
            return true;
        }

        foreach (var token in ClassTokens.Of(element))
        {
            if (ExtractionRules.LeadTokens.Contains(token))
            {
                return true;
            }
        }

        return false;
    }
}
