using AngleSharp.Dom;

namespace Newsdesk.Articles;

/// <summary>
/// The readability-style fallback: paragraphs score by length and commas, pass their score to
/// their parent and (halved) grandparent, scores are discounted by link density, and the best
/// candidate is returned with the siblings that score close to it.
/// </summary>
internal static class ContentScorer
{
    public static List<IElement> Find(IReadOnlyList<IElement> elements, DomStats stats)
    {
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var element in elements)
        {
            if (!ExtractionRules.ScoredTags.Contains(element.LocalName) || !IsParagraphLike(element))
            {
                continue;
            }

            var s = stats[element];
            if (s.Text < ExtractionThresholds.MinScoredChars)
            {
                continue;
            }

            var points = 1.0 + s.Commas + Math.Min(s.Text / ExtractionThresholds.CharsPerPoint, ExtractionThresholds.MaxLengthPoints);
            var ancestor = element.ParentElement;
            for (var level = 0; ancestor is not null && level < 3; level++, ancestor = ancestor.ParentElement)
            {
                if (!scores.TryGetValue(ancestor, out var current))
                {
                    current = BaseScore(ancestor);
                }

                scores[ancestor] = current + (level == 0 ? points : points / (level * 2));
            }
        }

        IElement? top = null;
        var topScore = double.MinValue;
        foreach (var (element, score) in scores)
        {
            var final = score * (1 - stats[element].LinkDensity);
            scores[element] = final;
            if (final > topScore)
            {
                top = element;
                topScore = final;
            }
        }

        if (top is null)
        {
            return [];
        }

        top = SharedAncestor(top, topScore, scores);
        var parent = top.ParentElement;
        if (parent is null)
        {
            return [top];
        }

        var threshold = Math.Max(10, topScore * ExtractionThresholds.SiblingScoreShare);
        var result = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top
                || (scores.TryGetValue(sibling, out var score) && score >= threshold)
                || (sibling.LocalName == "p" && stats[sibling].Text >= ExtractionThresholds.SiblingParagraphChars && stats[sibling].LinkDensity < 0.25))
            {
                result.Add(sibling);
            }
        }

        return result;
    }

    /// <summary>
    /// When several candidates score close to the top one and lie under one of its ancestors, the
    /// article spans them (sections of one body): that ancestor replaces the top candidate.
    /// </summary>
    private static IElement SharedAncestor(IElement top, double topScore, Dictionary<IElement, double> scores)
    {
        var close = scores
            .Where(kv => kv.Key != top && kv.Value >= topScore * ExtractionThresholds.CloseCandidateShare && !kv.Key.Contains(top) && !top.Contains(kv.Key))
            .OrderByDescending(kv => kv.Value)
            .Take(ExtractionThresholds.CloseCandidates)
            .Select(kv => kv.Key)
            .ToList();
        if (close.Count < ExtractionThresholds.MinSharedCandidates)
        {
            return top;
        }

        for (var ancestor = top.ParentElement; ancestor is not null && ancestor.LocalName is not ("body" or "html"); ancestor = ancestor.ParentElement)
        {
            if (close.Count(c => ancestor.Contains(c)) >= ExtractionThresholds.MinSharedCandidates)
            {
                return ancestor;
            }
        }

        return top;
    }

    private static bool IsParagraphLike(IElement element)
    {
        if (element.LocalName is not ("div" or "section"))
        {
            return true;
        }

        foreach (var child in element.Children)
        {
            if (ExtractionRules.BlockTags.Contains(child.LocalName))
            {
                return false;
            }
        }

        return true;
    }

    private static double BaseScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "section" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        var tokens = ClassTokens.Of(element);
        if (ClassTokens.IsContent(tokens) || BoilerplateCleaner.IsBodyContainer(element))
        {
            score += ExtractionThresholds.ClassWeight;
        }

        if (ClassTokens.IsBoilerplate(tokens))
        {
            score -= ExtractionThresholds.ClassWeight;
        }

        return score;
    }
}
