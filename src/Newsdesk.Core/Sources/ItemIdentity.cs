using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Newsdesk.Feeds;

namespace Newsdesk.Sources;

/// <summary>
/// How a feed item is recognised across polls: its guid (the feed's id, else its link, else a hash
/// of title and date), its canonical link (for the same article reached through two URLs), and a
/// hash of its content (to tell an edited item from an unchanged one).
/// </summary>
public static class ItemIdentity
{
    /// <summary>Longest guid or link kept; a longer one is hashed (guid) or dropped (canonical link).</summary>
    public const int MaxKeyLength = 2048;

    /// <summary>
    /// Query parameters that only track the reader, never select the page (the common campaign
    /// and click-id parameters of Google Analytics, Facebook, Google Ads, Microsoft, Mailchimp, HubSpot).
    /// </summary>
    private static readonly FrozenSet<string> TrackingParameters = FrozenSet.ToFrozenSet(
        ["fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "igshid", "ref_src", "cmpid"],
        StringComparer.OrdinalIgnoreCase);

    public static string Guid(FeedItem item)
    {
        var key = !string.IsNullOrWhiteSpace(item.Id) ? item.Id.Trim()
            : !string.IsNullOrWhiteSpace(item.Link) ? item.Link.Trim()
            : "hash:" + Hash($"{item.Title}\n{item.Published:O}");
        return key.Length <= MaxKeyLength ? key : "hash:" + Hash(key);
    }

    /// <summary>
    /// The item's link reduced to what selects the page: http(s) only, host lower-cased, default
    /// port, fragment and tracking parameters removed. Null when the item has no usable link.
    /// </summary>
    public static string? CanonicalLink(string? link, Uri? baseUri = null)
    {
        if (string.IsNullOrWhiteSpace(link) || link.Length > MaxKeyLength)
        {
            return null;
        }

        // A path like "/a/b" parses as an absolute file: URI on Unix, so it is resolved against the base first.
        link = link.Trim();
        Uri? uri = null;
        if (link.StartsWith('/') || !Uri.TryCreate(link, UriKind.Absolute, out uri))
        {
            if (baseUri is null || !Uri.TryCreate(baseUri, link, out uri))
            {
                return null;
            }
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        var query = string.Join('&', uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p[..(p.IndexOf('=') is var i && i >= 0 ? i : p.Length)])));
        var builder = new UriBuilder(uri) { Fragment = "", Query = query, Host = uri.Host.ToLowerInvariant() };
        if (uri.IsDefaultPort)
        {
            builder.Port = -1;
        }

        return builder.Uri.AbsoluteUri;
    }

    /// <summary>A hash of everything a reader sees of the item; equal hashes mean an unchanged item.</summary>
    public static string ContentHash(FeedItem item) =>
        Hash(string.Join('\u001f', item.Title, item.Link, item.Author, item.Summary, item.Content,
            item.Published?.ToUnixTimeSeconds(), item.Updated?.ToUnixTimeSeconds()));

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
