using System.ComponentModel.DataAnnotations;

namespace Newsdesk.Web;

/// <summary>
/// The site's settings, bound from the "Site" configuration section (NEWSDESK__SITE__ADMINKEY and so
/// on) and validated at start-up.
/// </summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>Shortest admin key accepted: 16 characters, so it cannot be guessed online.</summary>
    public const int MinAdminKeyChars = 16;

    /// <summary>The site's name in the masthead, titles and feeds.</summary>
    [Required, StringLength(80, MinimumLength = 1)]
    public string Title { get; set; } = "Newsdesk";

    /// <summary>One line under the masthead and in feed descriptions.</summary>
    [Required, StringLength(200, MinimumLength = 1)]
    public string Tagline { get; set; } = "Breaking news from many outlets, distilled into one story with every sentence traced to its sources.";

    /// <summary>
    /// The public base URL ("https://news.example.org/") used for absolute links in feeds, the
    /// sitemap and Open Graph tags. When unset, the request's scheme and host are used.
    /// </summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>
    /// True when the site runs behind a reverse proxy on this machine (nginx, Caddy): the client's
    /// address, scheme and host are then read from the proxy's X-Forwarded-For, -Proto and -Host
    /// headers. Only a proxy on a loopback address is believed; leave it off when clients reach
    /// Newsdesk directly, or anyone could claim any address (and dodge the login throttle).
    /// </summary>
    public bool BehindProxy { get; set; }

    /// <summary>
    /// The admin key: a Bearer token for the admin API and the password of the admin login form.
    /// When unset, the admin area is disabled and refuses every request.
    /// </summary>
    public string? AdminKey { get; set; }

    /// <summary>Seconds browsers and proxies may keep a public page (Cache-Control max-age).</summary>
    [Range(0, 3600)]
    public int CacheSeconds { get; set; } = 30;

    /// <summary>Hours an admin login lasts.</summary>
    [Range(1, 72)]
    public int AdminSessionHours { get; set; } = 8;

    /// <summary>Rendered pages kept in memory (per catalog change); beyond this they are rendered each time.</summary>
    [Range(0, 100_000)]
    public int PageCacheEntries { get; set; } = 4096;

    /// <summary>Checks what attributes cannot: the key's length and the URL's shape.</summary>
    public static IEnumerable<string> Problems(SiteOptions options)
    {
        if (options.AdminKey is { } key && (key.Length < MinAdminKeyChars || key.Any(char.IsWhiteSpace)))
        {
            yield return $"Site:AdminKey must be at least {MinAdminKeyChars} characters with no spaces (or unset to disable the admin area)";
        }

        if (options.PublicUrl is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            yield return "Site:PublicUrl must be an absolute http or https URL";
        }
    }
}
