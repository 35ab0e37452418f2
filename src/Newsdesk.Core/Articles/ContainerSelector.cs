using AngleSharp.Dom;

namespace Newsdesk.Articles;

/// <summary>
/// First pass: the element the page itself names as the article body, in the priority order of
/// <see cref="ExtractionRules.BodyContainerHints"/>, then the largest article element, then main.
/// </summary>
internal static class ContainerSelector
{
    public static IElement? Find(IReadOnlyList<IElement> elements, DomStats stats)
    {
        IElement? best = null;
        var bestRank = int.MaxValue;
        IElement? article = null;
        IElement? main = null;
        foreach (var element in elements)
        {
            var text = stats[element].Text;
            if (text < ExtractionThresholds.MinContainerChars)
            {
                continue;
            }

            var rank = Rank(element);
            if (rank < int.MaxValue && (best is null || Weight(element, stats) > Weight(best, stats)))
            {
                best = element;
                bestRank = rank;
            }

            if (element.LocalName == "article" && (article is null || text > stats[article].Text))
            {
                article = element;
            }

            if ((element.LocalName == "main" || element.GetAttribute("role") == "main") && (main is null || text > stats[main].Text))
            {
                main = element;
            }
        }

        return best ?? article ?? main;
    }

    private static double Weight(IElement element, DomStats stats) => stats[element].Text * (1 - stats[element].LinkDensity);

    private static int Rank(IElement element)
    {
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var joined = ClassTokens.Joined(element);
        if (joined.Length == 0)
        {
            return int.MaxValue;
        }

        var hints = ExtractionRules.BodyContainerHints;
        for (var i = 0; i < hints.Length; i++)
        {
            if (joined.Contains(hints[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return int.MaxValue;
    }
}
