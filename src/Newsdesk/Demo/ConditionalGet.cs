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

    public static string ETagOf(byte[] body) =>
        "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..ETagHexChars] + "\"";

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

    /// <summary>Writes a text response in <paramref name="encoding"/> (or UTF-8), naming the charset in Content-Type.</summary>
    public static async Task WriteAsync(HttpContext http, string body, string mediaType, DateTimeOffset lastModified, CancellationToken ct, Encoding? encoding = null)
    {
        encoding ??= SampleCharsets.Utf8;
        var bytes = encoding.GetBytes(body);
        var etag = ETagOf(bytes);
        http.Response.Headers.ETag = etag;
        http.Response.Headers.LastModified = HeaderUtilities.FormatDate(Truncate(lastModified));
        http.Response.Headers.CacheControl = "no-cache";
        if (NotModified(http.Request, etag, lastModified))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        http.Response.ContentType = mediaType.StartsWith("image/", StringComparison.Ordinal) ? mediaType : mediaType + "; charset=" + encoding.WebName;
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
