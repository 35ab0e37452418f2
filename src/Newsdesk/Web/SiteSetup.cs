using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsdesk.Publishing;

namespace Newsdesk.Web;

/// <summary>
/// Composes the site into a host: <c>services.AddNewsdeskSite()</c> then <c>app.MapNewsdeskSite()</c>.
/// The host registers the <see cref="IStoryCatalog"/> and <see cref="IAdminActions"/> it wants
/// (<see cref="InMemoryStoryCatalog"/> until storage exists) and a <see cref="TimeProvider"/>.
/// </summary>
public static class SiteSetup
{
    /// <summary>Longest request line Kestrel reads (method, URL, version): 64 KB.</summary>
    public const int MaxRequestLineBytes = 64 * 1024;

    public static IServiceCollection AddNewsdeskSite(this IServiceCollection services, Action<SiteOptions>? configure = null)
    {
        var options = services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o => Validator.TryValidateObject(o, new ValidationContext(o), null, validateAllProperties: true), "Site options are out of range")
            .Validate(o => !SiteOptions.Problems(o).Any(), "Site:AdminKey must be at least 16 characters with no spaces, and Site:PublicUrl an absolute http(s) URL")
            .ValidateOnStart();
        // A search of a few thousand encoded characters must reach the site (and get its 400 page)
        // rather than Kestrel's bare 414: allow a longer request line than the 8 KB default.
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAdminActions, UnavailableAdminActions>();
        services.AddSingleton<SiteAssets>();
        services.TryAddSingleton<IAdminSessions, MemoryAdminSessions>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<AdminAuth>();
        services.AddSingleton(sp => new PageCache(sp.GetRequiredService<IOptions<SiteOptions>>().Value.PageCacheEntries));
        services.AddSingleton<SiteResponder>();
        return services;
    }

    /// <summary>
    /// Adds the site's middleware (security headers on every response, error pages instead of
    /// stack traces) and maps its pages, feeds, API, admin area, stylesheet, health check and a
    /// 404 fallback. Call it once, after the host's own middleware.
    /// </summary>
    public static WebApplication MapNewsdeskSite(this WebApplication app)
    {
        // Options are read per request, not here: reading them now would validate them before the
        // host starts, and a bad setting must stop the site at start with the validation message.
        // The defaults trust only a proxy on loopback (KnownProxies holds 127.0.0.1 and ::1).
        app.UseWhen(
            context => context.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.BehindProxy,
            proxied => proxied.UseForwardedHeaders(new ForwardedHeadersOptions
            {
                ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost,
            }));

        app.Use(Guard);
        PublicPages.Map(app);
        FeedEndpoints.Map(app);
        FollowEndpoints.Map(app);
        ApiEndpoints.Map(app);
        AdminEndpoints.Map(app);
        app.MapRead("/site.css", Stylesheet);
        app.MapRead("/healthz", Health);
        app.MapFallback((RequestDelegate)NotFound);
        return app;
    }

    private static async Task Guard(HttpContext context, RequestDelegate next)
    {
        SecurityHeaders.Apply(context.Response);
        try
        {
            await next(context);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException bad) when (!context.Response.HasStarted)
        {
            await PublicPages.Responder(context).ErrorAsync(context, bad.StatusCode, "That request could not be read.");
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception error) when (!context.Response.HasStarted)
        {
            SiteLog.Unhandled(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Newsdesk.Web"), context.Request.Path, error);
            context.Response.Clear();
            SecurityHeaders.Apply(context.Response);
            await PublicPages.Responder(context).ErrorAsync(context, StatusCodes.Status500InternalServerError,
                "The page could not be shown because of an error on our side. It has been logged.");
        }
    }

    private static async Task Stylesheet(HttpContext context)
    {
        var assets = context.RequestServices.GetRequiredService<SiteAssets>();
        context.Response.ContentType = "text/css; charset=utf-8";
        context.Response.Headers.CacheControl = context.Request.Query["v"] == assets.CssVersion
            ? "public, max-age=31536000, immutable"
            : "public, max-age=300";
        context.Response.ContentLength = assets.Css.Length;
        await context.Response.Body.WriteAsync(assets.Css, context.RequestAborted);
    }

    /// <summary>
    /// The health check: 200 "ok"; 200 "degraded" with the reason while the database's disk is
    /// full (reads work, writes wait for space); 503 "unavailable" with the reason when the
    /// database was deleted, replaced or made read-only, or cannot be read.
    /// </summary>
    private static async Task Health(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "application/json; charset=utf-8";
        var database = context.RequestServices.GetService<Storage.DatabaseWatch>()?.Check() ?? Storage.DatabaseHealth.Ok;
        if (database.Lost)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await context.Response.WriteAsync(
                System.Text.Json.JsonSerializer.Serialize(new HealthProblem("unavailable", database.Reason ?? database.State.ToString()), HealthJson),
                context.RequestAborted);
            return;
        }

        try
        {
            var stamp = await PublicPages.Catalog(context).ChangeStampAsync(context.RequestAborted);
            var runsPipeline = context.RequestServices.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Any(s => s is Workers.PipelineService);
            var pipeline = runsPipeline ? context.RequestServices.GetService<Workers.PipelineStats>()?.Snapshot() : null;
            var status = database.State == Storage.DatabaseState.DiskFull ? "degraded" : "ok";
            await context.Response.WriteAsync(
                System.Text.Json.JsonSerializer.Serialize(new HealthReport(status, stamp, pipeline, database.Reason), HealthJson), context.RequestAborted);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await context.Response.WriteAsync(
                System.Text.Json.JsonSerializer.Serialize(new HealthProblem("unavailable", "the catalog could not be read"), HealthJson),
                context.RequestAborted);
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions HealthJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>The health endpoint's answer: the catalog's change stamp and, where the pipeline runs in this process, its running counts.</summary>
    private sealed record HealthReport(string Status, long Catalog, Workers.PipelineSnapshot? Pipeline, string? Reason);

    /// <summary>The health endpoint's answer when the site cannot do its job, and why.</summary>
    private sealed record HealthProblem(string Status, string Reason);

    /// <summary>No route matched: 405 for a write to the read-only site, else 404.</summary>
    private static Task NotFound(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.Headers.Allow = "GET, HEAD";
            return PublicPages.Responder(context).ErrorAsync(context, StatusCodes.Status405MethodNotAllowed, "This site is read-only.");
        }

        return PublicPages.Responder(context).ErrorAsync(context, StatusCodes.Status404NotFound, "There is no page at this address.");
    }
}
