using AngleSharp.Dom;

namespace Newsdesk.Articles;

/// <summary>
/// Removes what is never article text: scripts and embedded content, hidden elements, then
/// navigation, comments, share bars, related links, newsletter and cookie boxes recognised by
/// element, ARIA role, class or id. An element holding most of the page's text is kept whatever
/// its name says.
/// </summary>
internal static class BoilerplateCleaner
{
    /// <summary>
    /// Drops elements that never hold text (scripts, styles, embedded media, form controls) and hidden ones.
    /// A client-side template's markup is parsed in its place, under the same nesting bound as the page.
    /// </summary>
    public static void RemoveNonText(IElement root, int maxNodes, int maxDepth)
    {
        var doomed = new List<INode>();
        var cursor = new DomCursor(root);
        var visited = 0;
        var templates = 0;
        while (cursor.Current is { } node && visited++ < maxNodes)
        {
            var skip = false;
            if (node is IElement template && templates < ExtractionThresholds.MaxTemplateScripts && IsTemplateScript(template))
            {
                // A client-side template holding the article's markup: parse it in place of the script.
                // The cursor stands on the holder next (the parent's child list is live) and descends into it.
                templates++;
                var holder = template.Owner!.CreateElement("div");
                holder.InnerHtml = NestingLimiter.Limit(template.TextContent, maxDepth, maxNodes);
                template.Parent!.ReplaceChild(holder, template);
            }
            else if (node is IElement noscript && noscript.LocalName == "noscript" && noscript.TextContent.Length >= ExtractionThresholds.NoscriptContentChars)
            {
                // The page's script-free version: keep its content.
            }
            else if (node is IElement element && (ExtractionRules.DroppedTags.Contains(element.LocalName) || IsHidden(element)))
            {
                doomed.Add(element);
                skip = true;
            }
            else if (node.NodeType == NodeType.Comment)
            {
                doomed.Add(node);
            }

            cursor.MoveNext(descend: !skip);
        }

        DomPrune.Remove(doomed);
    }

    private static bool IsTemplateScript(IElement element) =>
        element.LocalName == "script" && element.GetAttribute("type") is { } type && ExtractionRules.TemplateScriptTypes.Contains(type.Trim())
        && element.Parent is not null && element.TextContent.Contains('<', StringComparison.Ordinal);

    /// <summary>Drops boilerplate sections, keeping any element that holds more than <see cref="ExtractionThresholds.ProtectedTextShare"/> of the text.</summary>
    public static void RemoveBoilerplate(IElement root, DomStats stats, int maxNodes)
    {
        var total = Math.Max(1, stats[root].Text);
        var protectedElements = BodyContainerAncestors(root, stats, maxNodes);
        var doomed = new List<IElement>();
        var cursor = new DomCursor(root);
        var visited = 0;
        while (cursor.Current is { } node && visited++ < maxNodes)
        {
            var skip = false;
            if (node is IElement element && IsBoilerplate(element) && stats[element].Text <= total * ExtractionThresholds.ProtectedTextShare
                && !protectedElements.Contains(element) && !IsNamedProse(element, stats))
            {
                doomed.Add(element);
                skip = true;
            }

            cursor.MoveNext(descend: !skip);
        }

        // An article header: its lead paragraph (standfirst, subtitle) is article text, the rest is not.
        DomPrune.Replace(doomed.Select(d => ((INode)d, (IReadOnlyList<INode>)(d.LocalName == "header" || ClassTokens.Of(d).Contains("header") ? HeaderLeads(d, stats, maxNodes) : []))));
    }

    /// <summary>The lead paragraphs of an article header, outermost only, in document order, at most <see cref="ExtractionThresholds.MaxHeaderLeads"/>.</summary>
    private static List<INode> HeaderLeads(IElement header, DomStats stats, int maxNodes)
    {
        var leads = new List<INode>();
        foreach (var node in DomWalk.Descendants(header, maxNodes))
        {
            // In document order a lead's descendants come right after it, so only the last lead can hold this one.
            if (node is IElement element && LeadFinder.IsLead(element, stats) && (leads.Count == 0 || !leads[^1].Contains(element)))
            {
                leads.Add(element);
                if (leads.Count == ExtractionThresholds.MaxHeaderLeads)
                {
                    break;
                }
            }
        }

        return leads;
    }

    /// <summary>The elements that hold a named article body (with enough text), and their ancestors: never removed.</summary>
    private static HashSet<IElement> BodyContainerAncestors(IElement root, DomStats stats, int maxNodes)
    {
        var result = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var node in DomWalk.Descendants(root, maxNodes))
        {
            if (node is IElement element && stats[element].Text >= ExtractionThresholds.MinContainerChars && IsBodyContainer(element))
            {
                for (var e = element; e is not null && result.Add(e); e = e.ParentElement)
                {
                }
            }
        }

        return result;
    }

    /// <summary>An element named both ways ("entry share") that holds long prose with few links is content.</summary>
    /// <summary>Also a layout wrapper named for its sidebar ("one-sidebar", "has-sidebar") that holds a lot of prose and is no comment thread.</summary>
    private static bool IsNamedProse(IElement element, DomStats stats)
    {
        var s = stats[element];
        if (s.Text >= ExtractionThresholds.LinkFreeNamedChars && s.LinkDensity < ExtractionThresholds.LinkFreeNamedLinkDensity
            && !ExtractionRules.BoilerplateTags.Contains(element.LocalName) && element.LocalName != "header" && IsNamedForLinksOnly(element))
        {
            return true;
        }

        if (s.Text < ExtractionThresholds.NamedProseChars || s.LinkDensity >= ExtractionThresholds.NamedProseLinkDensity)
        {
            return false;
        }

        var tokens = ClassTokens.Of(element);
        return ClassTokens.IsContent(tokens)
            || (s.Text >= ExtractionThresholds.WrapperProseChars && !tokens.Any(t => t.StartsWith("comment", StringComparison.Ordinal) || t.StartsWith("repl", StringComparison.Ordinal)));
    }

    /// <summary>True when what makes the element boilerplate is only a link-box name or role (share bar, link list, navigation, tabs).</summary>
    private static bool IsNamedForLinksOnly(IElement element)
    {
        var role = element.GetAttribute("role");
        if (role is not null && ExtractionRules.BoilerplateRoles.Contains(role) && !ExtractionRules.LinkBoxRoles.Contains(role))
        {
            return false;
        }

        var tokens = ClassTokens.Of(element);
        return ClassTokens.IsBoilerplate(tokens)
            ? ClassTokens.OnlyLinkBoxes(tokens)
            : role is not null && ExtractionRules.LinkBoxRoles.Contains(role);
    }

    internal static bool IsBoilerplate(IElement element)
    {
        var tag = element.LocalName;
        if (tag is "body" or "html" or "main" || element.GetAttribute("role") is "main" or "article")
        {
            return false;
        }

        if (ExtractionRules.BoilerplateTags.Contains(tag))
        {
            return true;
        }

        if (element.GetAttribute("role") is { } role && ExtractionRules.BoilerplateRoles.Contains(role))
        {
            return true;
        }

        var tokens = ClassTokens.Of(element);
        if (tokens.Length == 0)
        {
            return tag == "header";
        }

        if (tag == "article")
        {
            return tokens.Any(t => ExtractionRules.ArticleBoilerplatePrefixes.Any(p => t.StartsWith(p, StringComparison.Ordinal)));
        }

        if (ClassTokens.IsBoilerplate(tokens))
        {
            return !IsBodyContainer(element);
        }

        return tag == "header";
    }

    /// <summary>True for an element named as the article body, which the boilerplate tokens never remove ("article-body has-sidebar").</summary>
    internal static bool IsBodyContainer(IElement element)
    {
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var joined = ClassTokens.Joined(element);
        foreach (var hint in ExtractionRules.BodyContainerHints)
        {
            if (joined.Contains(hint, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        if (element.GetAttribute("aria-hidden") is "true")
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
