namespace Newsdesk.Feeds;

/// <summary>Resolution of the links a feed carries against its base (xml:base, the document's URI).</summary>
internal static class FeedUris
{
    /// <summary>The reference resolved against <paramref name="baseUri"/>; the trimmed reference when it cannot be; null when empty.</summary>
    public static string? ResolveToString(Uri? baseUri, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }

        // An absolute reference is kept as written (case, non-ASCII characters); a relative one is
        // joined to the base without escaping what the feed did not escape.
        var trimmed = reference.Trim();
        if (HasScheme(trimmed))
        {
            return trimmed;
        }

        if (IsSimpleRootRelative(trimmed) && baseUri is { IsAbsoluteUri: true } && baseUri.Scheme is "http" or "https")
        {
            // The common case (href="/path/x") without building a Uri: same result, a fraction of the cost.
            return string.Concat(baseUri.GetLeftPart(UriPartial.Authority), trimmed);
        }

        var resolved = Resolve(baseUri, trimmed);
        return resolved is { IsAbsoluteUri: true } ? resolved.OriginalString : trimmed;
    }

    /// <summary>The reference as a URI against the base; the base itself when the reference is empty.</summary>
    public static Uri? Resolve(Uri? baseUri, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return baseUri;
        }

        var trimmed = reference.Trim();
        if (HasScheme(trimmed) && Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute))
        {
            return absolute;
        }

        if (baseUri is { IsAbsoluteUri: true } && Uri.TryCreate(baseUri, trimmed, out var combined))
        {
            return combined;
        }

        return null;
    }

    /// <summary>The scheme of a URI reference (lowercase), or null when it is relative.</summary>
    public static string? Scheme(ReadOnlySpan<char> reference)
    {
        if (reference.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
        {
            return "https";
        }

        if (reference.StartsWith("http:", StringComparison.OrdinalIgnoreCase))
        {
            return "http";
        }

        var colon = reference.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var scheme = reference[..colon];
        if (!char.IsAsciiLetter(scheme[0]))
        {
            return null;
        }

        foreach (var c in scheme)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '-' && c != '.')
            {
                return null;
            }
        }

        return scheme.ToString().ToLowerInvariant();
    }

    private static bool HasScheme(string reference) => Scheme(reference) is not null;

    /// <summary>A path from the root ("/a/b?c") with nothing Uri would normalise (dot segments, backslashes, escapes, spaces).</summary>
    private static bool IsSimpleRootRelative(string reference) =>
        reference.Length > 1 && reference[0] == '/' && reference[1] != '/'
        && reference.AsSpan().IndexOfAny('\\', '%', ' ') < 0
        && !reference.Contains("/.", StringComparison.Ordinal)
        && reference.AsSpan().IndexOfAnyExceptInRange(' ', '~') < 0;
}
