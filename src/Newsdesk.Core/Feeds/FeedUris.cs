namespace Newsdesk.Feeds;

/// <summary>Resolution of the links a feed carries against its base (xml:base, the document's URI).</summary>
internal static class FeedUris
{
    /// <summary>
    /// A link of the feed's own structure (an item's link, guid or id, the channel's link), as
    /// <see cref="ResolveToString"/> resolves it, with an ampersand the feed escaped twice decoded
    /// once (<see cref="WithoutEscapedAmpersands"/>). Not for links inside an item's HTML, which the
    /// HTML reader has decoded already.
    /// </summary>
    public static string? Link(Uri? baseUri, string? reference) =>
        ResolveToString(baseUri, reference is null ? null : WithoutEscapedAmpersands(reference));

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

    /// <summary>
    /// A link with the ampersands its feed escaped twice decoded, once: the NZ Herald's RSS writes
    /// <c>&amp;amp;ref=rss</c>, which XML reads as <c>&amp;ref=rss</c>, an entity no URL means
    /// (real feeds, May 2020). Only the ampersand's entities (<see cref="AmpersandEntities"/>): a
    /// query separator is all a feed escapes twice, and decoding others could turn an inert link
    /// into a scheme ("&amp;#106;avascript:"). Once: "&amp;amp;amp;" becomes "&amp;amp;".
    /// </summary>
    internal static string WithoutEscapedAmpersands(string link)
    {
        if (!link.Contains('&', StringComparison.Ordinal))
        {
            return link;
        }

        var decoded = new System.Text.StringBuilder(link.Length);
        for (var i = 0; i < link.Length; i++)
        {
            var entity = link[i] == '&' ? AmpersandEntities.FirstOrDefault(e => link.AsSpan(i).StartsWith(e, StringComparison.OrdinalIgnoreCase)) : null;
            decoded.Append(link[i]);
            i += entity is null ? 0 : entity.Length - 1;
        }

        return decoded.ToString();
    }

    /// <summary>The ways HTML writes an ampersand (WHATWG named and numeric character references).</summary>
    private static readonly string[] AmpersandEntities = ["&amp;", "&#38;", "&#x26;", "&#038;"];

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
