namespace Newsdesk.Feeds;

/// <summary>Turns the text fields of any wire format into the model's: plain-text titles, sanitised HTML bodies.</summary>
internal static class FeedContent
{
    /// <summary>A title as plain text: markup removed and entities decoded when it looks like HTML, whitespace collapsed; null when empty.</summary>
    public static string? PlainTitle(string? text, bool isHtml)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var plain = isHtml || HtmlText.LooksLikeHtml(text) ? HtmlText.ToPlainText(text) : HtmlText.ToPlainText(HtmlEscape.Text(text));
        return plain.Length == 0 ? null : plain;
    }

    /// <summary>An HTML body sanitised, links resolved against the base; null when empty.</summary>
    public static string? Html(string? html, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var clean = HtmlSanitizer.Sanitize(html.Trim(), baseUri);
        return clean.Length == 0 ? null : clean;
    }

    /// <summary>Plain text as HTML (escaped) for a body field; null when empty.</summary>
    public static string? TextAsHtml(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : HtmlEscape.Text(text.Trim());

    /// <summary>The trimmed value, or null when empty.</summary>
    public static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>Keeps at most <see cref="FeedLimits.MaxItems"/> items, with a warning when it drops some.</summary>
    public static IReadOnlyList<FeedItem> Capped(List<FeedItem> items, List<string> warnings)
    {
        if (items.Count <= FeedLimits.MaxItems)
        {
            return items;
        }

        warnings.Add($"feed has {items.Count} items; kept the first {FeedLimits.MaxItems}");
        return items.GetRange(0, FeedLimits.MaxItems);
    }
}
