using System.Text.Json;
using AngleSharp.Dom;

namespace Newsdesk.Articles;

/// <summary>What a page's schema.org JSON-LD says about its article.</summary>
internal sealed record JsonLdArticle(string? Headline, string? Author, string? Published, string? Body, string? Image, string? Publisher, string? Description)
{
    /// <summary>Largest JSON-LD script read; nesting deeper than <see cref="MaxDepth"/> is rejected by the parser.</summary>
    internal const int MaxScriptChars = 2_000_000;
    internal const int MaxDepth = 32;

    public static JsonLdArticle? Read(IDocument document)
    {
        JsonLdArticle? found = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var json = script.TextContent;
            if (json.Length > MaxScriptChars)
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                var candidate = FindArticle(doc.RootElement, 0);
                if (candidate is not null && (found is null || (found.Body is null && candidate.Body is not null)))
                {
                    found = candidate;
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common; the meta tags still speak.
            }
        }

        return found;
    }

    private static JsonLdArticle? FindArticle(JsonElement element, int depth)
    {
        if (depth > 4)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            JsonLdArticle? best = null;
            foreach (var item in element.EnumerateArray())
            {
                var a = FindArticle(item, depth + 1);
                if (a is not null && (best is null || (best.Body is null && a.Body is not null) || (best.Headline is null && a.Headline is not null)))
                {
                    best = a;
                }
            }

            return best;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            return FindArticle(graph, depth + 1);
        }

        if (!IsArticleType(element))
        {
            return element.TryGetProperty("mainEntity", out var main) ? FindArticle(main, depth + 1) : null;
        }

        return new JsonLdArticle(
            String(element, "headline") ?? String(element, "name"),
            Names(element, "author") ?? Names(element, "creator"),
            String(element, "datePublished") ?? String(element, "dateCreated"),
            String(element, "articleBody") ?? String(element, "text"),
            Url(element, "image") ?? Url(element, "thumbnailUrl"),
            Names(element, "publisher"),
            String(element, "description"));
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return ExtractionRules.ArticleTypes.Contains(type.GetString()!);
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String && ExtractionRules.ArticleTypes.Contains(t.GetString()!))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static string? Names(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        var names = new List<string>();
        void Add(JsonElement v)
        {
            if (v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()))
            {
                names.Add(v.GetString()!.Trim());
            }
            else if (v.ValueKind == JsonValueKind.Object && String(v, "name") is { } n)
            {
                names.Add(n);
            }
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                Add(item);
            }
        }
        else
        {
            Add(value);
        }

        return names.Count == 0 ? null : string.Join(", ", names.Distinct(StringComparer.Ordinal));
    }

    private static string? Url(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => String(value, "url") ?? String(value, "@id"),
            JsonValueKind.Array => value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Object ? String(v, "url") : null).FirstOrDefault(u => u is not null),
            _ => null,
        };
    }
}
