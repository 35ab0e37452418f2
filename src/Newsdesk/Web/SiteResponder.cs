using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Newsdesk.Publishing;
using Newsdesk.Web.Pages;

namespace Newsdesk.Web;

/// <summary>
/// Runs a page handler through the cache: a page already rendered for the catalog's current
/// change stamp is sent as stored bytes (with an ETag, and 304 when the client has it); otherwise
/// the handler renders it, and a 200 is stored. Refusals render the error page and are not stored.
/// </summary>
internal sealed class SiteResponder(IStoryCatalog catalog, IOptions<SiteOptions> options, PageCache cache, SiteAssets assets)
{
    public const string HtmlType = "text/html; charset=utf-8";

    private readonly string cacheControl = "public, max-age=" + options.Value.CacheSeconds.ToString(CultureInfo.InvariantCulture);

    public SiteContext Context(HttpContext context) => new(options.Value, BaseUrl(context), assets.CssHref);

    public async Task ServeAsync(HttpContext context, string key, Func<SiteContext, CancellationToken, Task<PageResult>> render)
    {
        var ct = context.RequestAborted;
        var stamp = await catalog.ChangeStampAsync(ct);
        var cacheKey = options.Value.PublicUrl is null ? context.Request.Host.Value + "|" + key : key;
        if (cache.TryGet(stamp, cacheKey, out var page))
        {
            await SendAsync(context, page);
            return;
        }

        var site = Context(context);
        switch (await render(site, ct))
        {
            case PageResult.Html html:
                page = Page(stamp, HtmlType, Encoding.UTF8.GetBytes(html.Body));
                cache.Add(stamp, cacheKey, page);
                await SendAsync(context, page);
                break;
            case PageResult.Bytes bytes:
                page = Page(stamp, bytes.ContentType, bytes.Body);
                cache.Add(stamp, cacheKey, page);
                await SendAsync(context, page);
                break;
            case PageResult.Moved moved:
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = moved.Path;
                break;
            case PageResult.NotFound notFound:
                await ErrorAsync(context, StatusCodes.Status404NotFound, notFound.Detail);
                break;
            case PageResult.BadRequest bad:
                await ErrorAsync(context, StatusCodes.Status400BadRequest, bad.Detail);
                break;
        }
    }

    /// <summary>The error page (HTML, or JSON under /api/), never cached.</summary>
    public async Task ErrorAsync(HttpContext context, int status, string detail)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.Headers.CacheControl = "no-store";
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            response.ContentType = "application/json; charset=utf-8";
            await response.WriteAsync(System.Text.Json.JsonSerializer.Serialize(new { error = detail, status }), context.RequestAborted);
            return;
        }

        response.ContentType = HtmlType;
        await response.WriteAsync(ErrorPage.Render(Context(context), status, detail), context.RequestAborted);
    }

    public static async Task SendHtmlAsync(HttpContext context, int status, string html)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = HtmlType;
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(html, context.RequestAborted);
    }

    private CachedPage Page(long stamp, string contentType, byte[] body) =>
        new(StatusCodes.Status200OK, contentType, body,
            "\"" + stamp.ToString("x", CultureInfo.InvariantCulture) + "-" + body.Length.ToString("x", CultureInfo.InvariantCulture) + "-" + Fnv(body) + "\"");

    private async Task SendAsync(HttpContext context, CachedPage page)
    {
        var response = context.Response;
        response.Headers.ETag = page.ETag;
        response.Headers.CacheControl = cacheControl;
        if (context.Request.Headers.IfNoneMatch.ToString() == page.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = page.Status;
        response.ContentType = page.ContentType;
        response.ContentLength = page.Body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(page.Body, context.RequestAborted);
        }
    }

    private Uri BaseUrl(HttpContext context)
    {
        if (options.Value.PublicUrl is { } configured)
        {
            return configured;
        }

        return Uri.TryCreate(context.Request.Scheme + "://" + context.Request.Host.Value + "/", UriKind.Absolute, out var fromRequest)
            ? fromRequest
            : new Uri("http://localhost/");
    }

    /// <summary>FNV-1a over the body, so two renders of one stamp with different bytes get different ETags.</summary>
    private static string Fnv(byte[] body)
    {
        var hash = 2166136261u;
        foreach (var b in body)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
