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

        if (best is not null && article is not null && !best.Contains(article)
            && Weight(article, stats) >= ExtractionThresholds.ArticleOverContainer * Weight(best, stats))
        {
            return article;
        }

        return best ?? article ?? main;
    }

    /// <summary>
    /// The container and the other elements that carry its exact tag and class: a body split into
    /// repeated blocks (TYPO3 "bodytext" paragraphs, forum posts, live-blog entries), in document order.
    /// Nested matches are left to their outermost match.
    /// </summary>
    public static List<IElement> Repeated(IElement container, IReadOnlyList<IElement> elements, DomStats stats)
    {
        var cls = container.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(cls) || container.LocalName is "article" or "main" || container.HasAttribute("itemprop")
            || stats[container].Text >= ExtractionThresholds.FragmentContainerChars)
        {
            return [container];
        }

        var result = new List<IElement>();
        foreach (var element in elements)
        {
            if (element.LocalName == container.LocalName && element.GetAttribute("class") == cls
                && (element == container || stats[element].LinkDensity < ExtractionThresholds.NamedProseLinkDensity)
                && (result.Count == 0 || !result[^1].Contains(element)))
            {
                result.Add(element);
            }
        }

        return result.Count == 0 ? [container] : result;
    }

    private static double Weight(IElement element, DomStats stats) => stats[element].Text * (1 - stats[element].LinkDensity);

    /// <summary>A block named for related links, comments or teasers ("block-related-content mein-artikel") is never the body, whatever else its name says.</summary>
    private static bool IsTeaserBlock(IElement element) =>
        ClassTokens.Of(element).Any(t => ExtractionRules.TeaserBlockPrefixes.Any(p => t.StartsWith(p, StringComparison.Ordinal)));

    private static int Rank(IElement element)
    {
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var joined = ClassTokens.Joined(element);
        if (joined.Length == 0 || IsTeaserBlock(element))
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
