using AngleSharp.Dom;

namespace Newsdesk.Articles;

/// <summary>Reads an element's class, id and role as the boilerplate and content rules see them.</summary>
internal static class ClassTokens
{
    private static readonly char[] Separators = [' ', '-', '_', '\t', '\n', ':', '.', '/'];

    /// <summary>The class and id split into lower-case tokens.</summary>
    public static string[] Of(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        if (string.IsNullOrEmpty(cls) && string.IsNullOrEmpty(id))
        {
            return [];
        }

        return (cls + " " + id).ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The class and id in lower case with separators removed, for substring hints ("entry-content" reads "entrycontent").</summary>
    public static string Joined(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        if (string.IsNullOrEmpty(cls) && string.IsNullOrEmpty(id))
        {
            return "";
        }

        return (cls + " " + id).ToLowerInvariant().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
    }

    /// <summary>True when a token names boilerplate (whole token or a known prefix).</summary>
    public static bool IsBoilerplate(string[] tokens)
    {
        foreach (var token in tokens)
        {
            if (ExtractionRules.BoilerplateTokens.Contains(token))
            {
                return true;
            }

            foreach (var prefix in ExtractionRules.BoilerplatePrefixes)
            {
                if (token.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when every boilerplate token names a link box (share bar, link list, navigation), see <see cref="ExtractionRules.LinkBoxPrefixes"/>.</summary>
    public static bool OnlyLinkBoxes(string[] tokens)
    {
        var any = false;
        foreach (var token in tokens)
        {
            if (!IsBoilerplate([token]))
            {
                continue;
            }

            any = true;
            if (!ExtractionRules.LinkBoxPrefixes.Any(p => token.StartsWith(p, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return any;
    }

    /// <summary>True when a token names content.</summary>
    public static bool IsContent(string[] tokens)
    {
        foreach (var token in tokens)
        {
            if (ExtractionRules.ContentTokens.Contains(token))
            {
                return true;
            }
        }

        return false;
    }
}
