using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Newsdesk.Demo;

/// <summary>ETag and Last-Modified validators, and the 304 decision (RFC 9110 §13.1: If-None-Match wins over If-Modified-Since).</summary>
internal static class ConditionalGet
{
    /// <summary>Hex characters of the body's SHA-256 kept in the ETag; enough to tell versions apart.</summary>
    internal const int ETagHexChars = 20;

    public static string ETagOf(string body) =>
        "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..ETagHexChars] + "\"";

    public static bool NotModified(HttpRequest request, string etag, DateTimeOffset lastModified)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0)
        {
            return ifNoneMatch.Split(',').Select(t => t.Trim()).Any(t => t == "*" || t == etag || t == "W/" + etag);
        }

        var ifModifiedSince = request.Headers.IfModifiedSince.ToString();
        return ifModifiedSince.Length > 0
            && HeaderUtilities.TryParseDate(ifModifiedSince, out var since)
            && Truncate(lastModified) <= since;
    }

    public static async Task WriteAsync(HttpContext http, string body, string contentType, DateTimeOffset lastModified, CancellationToken ct)
    {
        var etag = ETagOf(body);
        http.Response.Headers.ETag = etag;
        http.Response.Headers.LastModified = HeaderUtilities.FormatDate(Truncate(lastModified));
        http.Response.Headers.CacheControl = "no-cache";
        if (NotModified(http.Request, etag, lastModified))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        http.Response.ContentType = contentType;
        var bytes = Encoding.UTF8.GetBytes(body);
        http.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(bytes, ct);
        }
    }

    /// <summary>HTTP dates have whole seconds.</summary>
    private static DateTimeOffset Truncate(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
