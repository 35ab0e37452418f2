using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Newsdesk.Web;

/// <summary>
/// Who may use the admin area. Two credentials: <c>Authorization: Bearer KEY</c> (scripts, the admin
/// API), or a session cookie set by the login form (HttpOnly, SameSite=Strict, Secure on HTTPS,
/// Path=/admin) holding an expiry and a random session id, signed with HMAC-SHA256 under a key
/// derived from the admin key. The session also lives server-side (<see cref="IAdminSessions"/>:
/// the database when there is one): logout deletes it, so the cookie stops working at once, even if
/// a copy of it survives. Wrong keys are throttled per client (<see cref="LoginThrottle"/>).
/// Forms posted with the cookie must carry a CSRF token derived from the cookie; a request with an
/// Origin header from another site is refused whatever it carries. Comparisons are constant-time.
/// </summary>
internal sealed class AdminAuth(IOptions<SiteOptions> options, TimeProvider time, IAdminSessions sessions, LoginThrottle throttle)
{
    /// <summary>Random bytes of a session id (256 bits).</summary>
    private const int SessionIdBytes = 32;

    public const string CookieName = "newsdesk_admin";
    public const string CsrfField = "csrf";

    /// <summary>Longest key, cookie or token read from a request; longer ones are refused unread.</summary>
    private const int MaxCredentialChars = 512;

    private readonly byte[]? keyHash = options.Value.AdminKey is { } key ? SHA256.HashData(Encoding.UTF8.GetBytes(key)) : null;

    private readonly byte[]? signingKey = options.Value.AdminKey is { } key
        ? HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), "newsdesk admin session v1"u8)
        : null;

    public bool Enabled => keyHash is not null;

    /// <summary>
    /// Whether the request carries a valid credential (Bearer key or a live session cookie). A
    /// Bearer key counts against the client's throttle like a login; while the client must wait,
    /// its key is not checked (<see cref="AdminCredential.Throttled"/>, with Retry-After set).
    /// </summary>
    public async Task<AdminCredential> CheckAsync(HttpContext context)
    {
        if (!Enabled)
        {
            return AdminCredential.None;
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return CheckKey(context, header["Bearer ".Length..].Trim()) switch
            {
                KeyCheck.Right => AdminCredential.Bearer,
                KeyCheck.Throttled => AdminCredential.Throttled,
                _ => AdminCredential.None,
            };
        }

        return context.Request.Cookies.TryGetValue(CookieName, out var cookie) && await SessionValidAsync(cookie, context.RequestAborted)
            ? AdminCredential.Cookie
            : AdminCredential.None;
    }

    /// <summary>Checks a key a client sent (login form or Bearer), through the client's throttle; sets Retry-After when it must wait.</summary>
    public KeyCheck CheckKey(HttpContext context, string candidate)
    {
        var client = Client(context);
        if (throttle.Wait(client) is { } wait)
        {
            context.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return KeyCheck.Throttled;
        }

        if (KeyMatches(candidate))
        {
            throttle.Succeeded(client);
            return KeyCheck.Right;
        }

        throttle.Failed(client);
        return KeyCheck.Wrong;
    }

    /// <summary>The client a throttle counts against: its address.</summary>
    public static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public bool KeyMatches(string candidate)
    {
        if (keyHash is null || candidate.Length == 0 || candidate.Length > MaxCredentialChars)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), keyHash);
    }

    /// <summary>Starts a session (stored server-side) and sets its cookie after a successful login.</summary>
    public async Task SignInAsync(HttpContext context)
    {
        var now = time.GetUtcNow();
        var expires = now.AddHours(options.Value.AdminSessionHours);
        var id = Base64Url(RandomNumberGenerator.GetBytes(SessionIdBytes));
        await sessions.AddAsync(Hash(id), now, expires, context.RequestAborted);
        var payload = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + "." + id;
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

    /// <summary>Ends the request's session server-side (a copy of the cookie no longer works) and deletes the cookie.</summary>
    public async Task SignOutAsync(HttpContext context)
    {
        if (context.Request.Cookies.TryGetValue(CookieName, out var cookie) && SessionId(cookie) is { } id)
        {
            await sessions.RevokeAsync(Hash(id), context.RequestAborted);
        }

        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/admin", HttpOnly = true, SameSite = SameSiteMode.Strict });
    }

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

    private async Task<bool> SessionValidAsync(string cookie, CancellationToken ct) =>
        SessionId(cookie) is { } id && await sessions.IsActiveAsync(Hash(id), time.GetUtcNow(), ct);

    /// <summary>The session id of a cookie whose signature is right and whose expiry has not passed; else null.</summary>
    private string? SessionId(string cookie)
    {
        if (cookie.Length > MaxCredentialChars)
        {
            return null;
        }

        var parts = cookie.Split('.');
        if (parts.Length != 3 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var expires) || parts[1].Length == 0)
        {
            return null;
        }

        var expected = Sign("session|" + parts[0] + "." + parts[1]);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts[2]))
               && DateTimeOffset.FromUnixTimeSeconds(Math.Min(expires, 253402300799)) > time.GetUtcNow()
            ? parts[1]
            : null;
    }

    private static string Hash(string sessionId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(sessionId)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private string Sign(string value) => Base64Url(HMACSHA256.HashData(signingKey ?? [], Encoding.UTF8.GetBytes(value)));
}

internal enum AdminCredential
{
    None,
    Bearer,
    Cookie,

    /// <summary>A key was sent while its client must wait (too many wrong keys): not checked.</summary>
    Throttled,
}

/// <summary>How a key a client sent was judged.</summary>
internal enum KeyCheck
{
    Right,
    Wrong,

    /// <summary>Not checked: the client must wait after too many wrong keys.</summary>
    Throttled,
}
