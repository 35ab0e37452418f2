using System.Text.Json;

namespace Newsdesk.Feeds;

/// <summary>Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) into its wire shape; tolerant of wrong types.</summary>
internal static class JsonFeedParser
{
    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = FeedLimits.MaxJsonDepth,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The document, or null when it is JSON but not a JSON Feed. Throws <see cref="JsonException"/> on invalid JSON.</summary>
    public static JsonFeedDocument? Parse(string text, Uri? baseUri)
    {
        using var doc = JsonDocument.Parse(text, Options);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var version = String(root, "version");
        var hasItems = root.TryGetProperty("items", out var itemsElement) && itemsElement.ValueKind == JsonValueKind.Array;
        if (version is null || !version.Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase))
        {
            if (!hasItems)
            {
                return null;
            }
        }

        var items = new List<JsonFeedItem>();
        if (hasItems)
        {
            foreach (var item in itemsElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                if (items.Count > FeedLimits.MaxItems)
                {
                    break;
                }

                items.Add(ReadItem(item, baseUri));
            }
        }

        return new JsonFeedDocument(
            version?.EndsWith("1.1", StringComparison.Ordinal) == true ? "json11" : "json1",
            String(root, "title"),
            FeedUris.Link(baseUri, String(root, "home_page_url")),
            Author(root),
            items);
    }

    private static JsonFeedItem ReadItem(JsonElement item, Uri? baseUri)
    {
        var media = new List<FeedMedia>();
        if (FeedUris.Link(baseUri, String(item, "image")) is { } image)
        {
            media.Add(new FeedMedia(image, "image", false));
        }

        if (FeedUris.Link(baseUri, String(item, "banner_image")) is { } banner)
        {
            media.Add(new FeedMedia(banner, "image", false));
        }

        if (item.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in attachments.EnumerateArray())
            {
                if (media.Count < MediaReader.MaxMediaPerItem && a.ValueKind == JsonValueKind.Object && FeedUris.Link(baseUri, String(a, "url")) is { } url)
                {
                    media.Add(new FeedMedia(url, String(a, "mime_type"), false));
                }
            }
        }

        return new JsonFeedItem
        {
            Id = String(item, "id"),
            Url = FeedUris.Link(baseUri, String(item, "url")),
            ExternalUrl = FeedUris.Link(baseUri, String(item, "external_url")),
            Title = String(item, "title"),
            ContentHtml = String(item, "content_html"),
            ContentText = String(item, "content_text"),
            Summary = String(item, "summary"),
            DatePublished = String(item, "date_published"),
            DateModified = String(item, "date_modified"),
            Author = Author(item),
            Media = media,
        };
    }

    /// <summary>The author name: 1.1 "authors" (first), else 1.0 "author".</summary>
    private static string? Author(JsonElement element)
    {
        if (element.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in authors.EnumerateArray())
            {
                if (a.ValueKind == JsonValueKind.Object && String(a, "name") is { } name)
                {
                    return name;
                }
            }
        }

        return element.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object ? String(author, "name") : null;
    }

    private static string? String(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => FeedContent.Clean(value.GetString()),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}
