using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Newsdesk.Web;

/// <summary>
/// Who may use the admin area. Two credentials: <c>Authorization: Bearer KEY</c> (scripts, the admin
/// API), or a session cookie set by the login form (HttpOnly, SameSite=Strict, Secure on HTTPS,
/// Path=/admin) holding an expiry signed with HMAC-SHA256 under a key derived from the admin key.
/// Forms posted with the cookie must carry a CSRF token derived from the cookie; a request with an
/// Origin header from another site is refused whatever it carries. Comparisons are constant-time.
/// </summary>
internal sealed class AdminAuth(IOptions<SiteOptions> options, TimeProvider time)
{
    public const string CookieName = "newsdesk_admin";
    public const string CsrfField = "csrf";

    /// <summary>Longest key, cookie or token read from a request; longer ones are refused unread.</summary>
    private const int MaxCredentialChars = 512;

    private readonly byte[]? keyHash = options.Value.AdminKey is { } key ? SHA256.HashData(Encoding.UTF8.GetBytes(key)) : null;

    private readonly byte[]? signingKey = options.Value.AdminKey is { } key
        ? HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), "newsdesk admin session v1"u8)
        : null;

    public bool Enabled => keyHash is not null;

    /// <summary>Whether the request carries a valid credential (Bearer key or session cookie).</summary>
    public AdminCredential Check(HttpContext context)
    {
        if (!Enabled)
        {
            return AdminCredential.None;
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return KeyMatches(header["Bearer ".Length..].Trim()) ? AdminCredential.Bearer : AdminCredential.None;
        }

        return context.Request.Cookies.TryGetValue(CookieName, out var cookie) && SessionValid(cookie)
            ? AdminCredential.Cookie
            : AdminCredential.None;
    }

    public bool KeyMatches(string candidate)
    {
        if (keyHash is null || candidate.Length == 0 || candidate.Length > MaxCredentialChars)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), keyHash);
    }

    /// <summary>Sets the session cookie after a successful login.</summary>
    public void SignIn(HttpContext context)
    {
        var expires = time.GetUtcNow().AddHours(options.Value.AdminSessionHours);
        var payload = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        context.Response.Cookies.Append(CookieName, payload + "." + Sign("session|" + payload), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/admin",
            Expires = expires,
            IsEssential = true,
        });
    }

    public static void SignOut(HttpContext context) =>
        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/admin", HttpOnly = true, SameSite = SameSiteMode.Strict });

    /// <summary>The CSRF token for forms posted with this request's session cookie.</summary>
    public string CsrfToken(HttpContext context) =>
        context.Request.Cookies.TryGetValue(CookieName, out var cookie) ? Sign("csrf|" + cookie) : "";

    /// <summary>Whether a posted form's CSRF token belongs to the session cookie it came with.</summary>
    public bool CsrfValid(HttpContext context, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxCredentialChars)
        {
            return false;
        }

        var expected = CsrfToken(context);
        return expected.Length > 0
               && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(token));
    }

    /// <summary>A request whose Origin (or, lacking one, Referer) names another site is cross-site.</summary>
    public static bool CrossSite(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            origin = context.Request.Headers.Referer.ToString();
        }

        if (origin.Length == 0)
        {
            return false;
        }

        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
               || !string.Equals(uri.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    private bool SessionValid(string cookie)
    {
        if (cookie.Length > MaxCredentialChars)
        {
            return false;
        }

        var dot = cookie.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !long.TryParse(cookie.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return false;
        }

        var expected = Sign("session|" + cookie[..dot]);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(cookie[(dot + 1)..]))
               && DateTimeOffset.FromUnixTimeSeconds(Math.Min(expires, 253402300799)) > time.GetUtcNow();
    }

    private string Sign(string value) =>
        Convert.ToBase64String(HMACSHA256.HashData(signingKey ?? [], Encoding.UTF8.GetBytes(value)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

internal enum AdminCredential
{
    None,
    Bearer,
    Cookie,
}
