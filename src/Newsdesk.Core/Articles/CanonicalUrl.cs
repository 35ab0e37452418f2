using System.Collections.Frozen;
using System.Text;

namespace Newsdesk.Articles;

/// <summary>
/// One spelling per article URL, so the same article from two feeds is stored once: tracking
/// parameters removed, fragment dropped, host lower-cased, default port removed, and (when the page
/// gave no canonical link) AMP and mobile variants mapped to the main site.
/// </summary>
public static class CanonicalUrl
{
    /// <summary>
    /// Query parameters that only track a click (sources: Google Analytics utm_*, Facebook fbclid,
    /// Google Ads gclid/dclid/gbraid/wbraid, Mailchimp mc_cid/mc_eid, Instagram igshid, Microsoft msclkid,
    /// HubSpot _hs*, Marketo mkt_tok, Yandex yclid, Twitter/X twclid and s/t share tags, Adobe, Parse.ly, Outbrain, Taboola).
    /// </summary>
    internal static readonly FrozenSet<string> TrackingParameters = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "gclsrc", "mc_cid", "mc_eid", "igshid", "msclkid", "yclid",
        "twclid", "mkt_tok", "_hsenc", "_hsmi", "__hssc", "__hstc", "__hsfp", "hsctatracking", "_ga", "_gl",
        "ocid", "cmpid", "cmp", "icid", "ncid", "sr_share", "spm", "vero_id", "oly_enc_id", "oly_anon_id",
        "rb_clickid", "s_cid", "s_kwcid", "ito", "ref_src", "ref_url", "share", "smid", "sh", "pk_campaign",
        "pk_kwd", "pk_source", "pk_medium", "piwik_campaign", "piwik_kwd", "at_medium", "at_campaign",
        "outbrainclickid", "tblci", "utm", "wt_mc", "wt.mc_id", "amp", "amp_js_v", "amp_gsa", "usqp", "outputtype");

    /// <summary>Query parameter prefixes that only track (utm_source, utm_medium, ...; pk_*; hsa_*).</summary>
    internal static readonly string[] TrackingPrefixes = ["utm_", "hsa_", "pk_", "mtm_", "matomo_", "at_", "itm_"];

    /// <summary>Host prefixes of mobile and AMP editions.</summary>
    internal static readonly string[] VariantHostPrefixes = ["amp.", "m.", "mobile.", "mobil."];

    /// <summary>Normalises <paramref name="url"/>; <paramref name="hasCanonicalLink"/> says the page named its own canonical URL, which then wins over the AMP/mobile mapping.</summary>
    public static Uri Normalize(Uri url, bool hasCanonicalLink = false)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return url;
        }

        var host = url.IdnHost.ToLowerInvariant().TrimEnd('.');
        var path = url.AbsolutePath;
        var query = FilterQuery(url.Query);
        if (!hasCanonicalLink)
        {
            foreach (var prefix in VariantHostPrefixes)
            {
                if (host.StartsWith(prefix, StringComparison.Ordinal) && host.Count(c => c == '.') >= 2)
                {
                    host = host[prefix.Length..];
                    break;
                }
            }

            path = StripAmpPath(path);
        }

        var builder = new UriBuilder(url.Scheme, host, url.IsDefaultPort ? -1 : url.Port, path)
        {
            Query = query,
            Fragment = "",
        };
        return builder.Uri;
    }

    private static string StripAmpPath(string path)
    {
        if (path.EndsWith("/amp", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^3];
        }
        else if (path.EndsWith("/amp/", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^4];
        }
        else if (path.EndsWith(".amp.html", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^9] + ".html";
        }
        else if (path.EndsWith(".amp", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^4];
        }

        if (path.StartsWith("/amp/", StringComparison.OrdinalIgnoreCase))
        {
            path = path[4..];
        }

        return path.Length == 0 ? "/" : path;
    }

    private static string FilterQuery(string query)
    {
        if (query.Length <= 1)
        {
            return "";
        }

        var kept = new StringBuilder();
        foreach (var pair in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(pair.Split('=', 2)[0]);
            if (TrackingParameters.Contains(name) || TrackingPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (kept.Length > 0)
            {
                kept.Append('&');
            }

            kept.Append(pair);
        }

        return kept.ToString();
    }

    /// <summary>The outlet's host of an address; for a web.archive.org copy, the host of the archived address.</summary>
    internal static string OutletHost(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var u))
        {
            return "";
        }

        var inner = u.AbsolutePath.IndexOf("/http", StringComparison.Ordinal);
        return u.Host == "web.archive.org" && inner >= 0 && Uri.TryCreate(u.AbsolutePath[(inner + 1)..], UriKind.Absolute, out var archived)
            ? archived.Host
            : u.Host;
    }
}
