using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newsdesk.Notify;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Text;
using Newsdesk.Web.Pages;

namespace Newsdesk.Web;

/// <summary>
/// The admin area. Pages and forms under <c>/admin</c> (login form, session cookie, CSRF token);
/// the same actions as JSON under <c>/api/admin</c> for a Bearer key. Without a credential every
/// page answers 401 and every write 401 (no credential) or 403 (cross-site, bad CSRF token,
/// admin disabled); nothing is ever cached.
/// </summary>
internal static class AdminEndpoints
{
    /// <summary>Largest admin form or JSON body read, in bytes.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/admin", (RequestDelegate)Dashboard);
        routes.MapPost("/admin/login", (RequestDelegate)Login);
        routes.MapPost("/admin/logout", (RequestDelegate)Logout);
        routes.MapPost("/admin/sources/add", (RequestDelegate)AddSourceForm);
        routes.MapPost("/admin/sources/remove", (RequestDelegate)RemoveSourceForm);
        routes.MapPost("/admin/stories/rerun", (RequestDelegate)RerunForm);
        routes.MapPost("/admin/follows/add", (RequestDelegate)(context => Form(context, "add-follow", AddFollowAsync)));
        routes.MapPost("/admin/follows/remove", (RequestDelegate)(context => Form(context, "remove-follow", RemoveFollowAsync)));
        routes.MapPost("/api/admin/sources", (RequestDelegate)AddSourceApi);
        routes.MapDelete("/api/admin/sources/{id}", (RequestDelegate)RemoveSourceApi);
        routes.MapPost("/api/admin/stories/{slug}/rerun", (RequestDelegate)RerunApi);
    }

    private static Task Logout(HttpContext context) => Form(context, "logout", SignOutAsync);

    private static Task AddSourceForm(HttpContext context) => Form(context, "add-source", AddSourceAsync);

    private static Task RemoveSourceForm(HttpContext context) => Form(context, "remove-source", RemoveSourceAsync);

    private static Task RerunForm(HttpContext context) => Form(context, "rerun-story", RerunAsync);

    private static Task AddSourceApi(HttpContext context) => Api(context, "add-source", AddSourceJsonAsync);

    private static Task RemoveSourceApi(HttpContext context) => Api(context, "remove-source", RemoveSourceRouteAsync);

    private static Task RerunApi(HttpContext context) => Api(context, "rerun-story", RerunRouteAsync);

    private static async Task<AdminResult> SignOutAsync(HttpContext context, IFormCollection form, CancellationToken ct)
    {
        await Auth(context).SignOutAsync(context);
        SiteLog.AdminSignedOut(Logger(context), context.Connection.RemoteIpAddress?.ToString());
        return new AdminResult.Done("signed out");
    }

    private static Task<AdminResult> AddSourceAsync(HttpContext context, IFormCollection form, CancellationToken ct) =>
        Actions(context).AddSourceAsync(form["url"].ToString(), form["name"].ToString(), ct);

    private static Task<AdminResult> RemoveSourceAsync(HttpContext context, IFormCollection form, CancellationToken ct) =>
        Actions(context).RemoveSourceAsync(form["id"].ToString(), ct);

    private static Task<AdminResult> RerunAsync(HttpContext context, IFormCollection form, CancellationToken ct) =>
        RerunBySlugAsync(context, form["slug"].ToString(), ct);

    private static async Task<AdminResult> AddSourceJsonAsync(HttpContext context, CancellationToken ct)
    {
        var body = await ReadJsonAsync<SourceRequest>(context, ct);
        return body is null
            ? new AdminResult.Invalid("expected JSON {\"url\": ..., \"name\": ...}")
            : await Actions(context).AddSourceAsync(body.Url ?? "", body.Name, ct);
    }

    private static Task<AdminResult> RemoveSourceRouteAsync(HttpContext context, CancellationToken ct) =>
        Actions(context).RemoveSourceAsync(PublicPages.Route(context, "id"), ct);

    private static Task<AdminResult> RerunRouteAsync(HttpContext context, CancellationToken ct) =>
        RerunBySlugAsync(context, PublicPages.Route(context, "slug"), ct);

    private static async Task Dashboard(HttpContext context)
    {
        NoStore(context);
        var auth = Auth(context);
        var site = PublicPages.Responder(context).Context(context);
        if (!auth.Enabled)
        {
            await PublicPages.Responder(context).ErrorAsync(context, StatusCodes.Status403Forbidden, "The admin area is disabled: no admin key is configured (Site:AdminKey).");
            return;
        }

        var credential = await auth.CheckAsync(context);
        if (credential == AdminCredential.Throttled)
        {
            await ThrottledAsync(context, "dashboard");
            return;
        }

        if (credential == AdminCredential.None)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await SiteResponder.SendHtmlAsync(context, StatusCodes.Status401Unauthorized, AdminPage.Login(site, null));
            return;
        }

        var sources = await PublicPages.Catalog(context).SourcesAsync(context.RequestAborted);
        var message = context.Request.Query["done"].ToString();
        await SiteResponder.SendHtmlAsync(context, StatusCodes.Status200OK,
            AdminPage.Dashboard(site, sources, auth.CsrfToken(context), message.Length is > 0 and <= 200 ? message : null,
                await NotifyOverviewAsync(context, context.RequestAborted)));
    }

    /// <summary>Follows, their delivery counts and the failed deliveries; null where there is no database (the sample site).</summary>
    private static async Task<NotifyOverview?> NotifyOverviewAsync(HttpContext context, CancellationToken ct)
    {
        if (context.RequestServices.GetService<FollowStore>() is not { } follows || context.RequestServices.GetService<NotificationOutbox>() is not { } outbox)
        {
            return null;
        }

        return new NotifyOverview(
            await follows.ListAsync(ct), (await outbox.CountsAsync(ct)).ToDictionary(c => c.FollowId), await outbox.ListAsync("failed", AdminFollows.FailedShown, ct));
    }

    private static async Task<AdminResult> AddFollowAsync(HttpContext context, IFormCollection form, CancellationToken ct)
    {
        if (context.RequestServices.GetService<FollowStore>() is not { } follows)
        {
            return new AdminResult.Invalid("follows need the database");
        }

        if (!Enum.TryParse<FollowKind>(form["kind"].ToString(), ignoreCase: true, out var kind)
            || !Enum.TryParse<FollowTrigger>(form["on"].ToString() is { Length: > 0 } on ? on : "new", ignoreCase: true, out var trigger)
            || !Enum.TryParse<Channel>(form["channel"].ToString() is { Length: > 0 } channel ? channel : "none", ignoreCase: true, out var via)
            || !Enum.TryParse<DigestSchedule>(form["digest"].ToString() is { Length: > 0 } digest ? digest : "immediate", ignoreCase: true, out var schedule))
        {
            return new AdminResult.Invalid("choose what to follow, when to deliver and the channel from the lists");
        }

        var target = form["target"].ToString().Trim();
        var spec = new FollowSpec(form["name"].ToString(), kind, form["term"].ToString(), trigger, via, target.Length == 0 ? null : target, schedule);
        try
        {
            var follow = await follows.AddAsync(spec, context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(), ct);
            return new AdminResult.Done($"Added follow {follow.Slug}.");
        }
        catch (FollowRefusedException refused)
        {
            return new AdminResult.Invalid(refused.Message);
        }
    }

    private static async Task<AdminResult> RemoveFollowAsync(HttpContext context, IFormCollection form, CancellationToken ct)
    {
        var slug = form["slug"].ToString();
        return context.RequestServices.GetService<FollowStore>() is { } follows && Slug.IsWellFormed(slug) && await follows.RemoveAsync(slug, ct)
            ? new AdminResult.Done($"Removed follow {slug}.")
            : new AdminResult.NotFound("follow " + slug);
    }

    private static async Task Login(HttpContext context)
    {
        NoStore(context);
        var auth = Auth(context);
        var site = PublicPages.Responder(context).Context(context);
        if (!auth.Enabled || AdminAuth.CrossSite(context))
        {
            Refused(context, !auth.Enabled ? "admin disabled" : "cross-site login");
            await PublicPages.Responder(context).ErrorAsync(context, StatusCodes.Status403Forbidden, "Signing in is not allowed from here.");
            return;
        }

        var form = await ReadFormAsync(context);
        var check = form is null ? KeyCheck.Wrong : auth.CheckKey(context, form["key"].ToString());
        if (check == KeyCheck.Throttled)
        {
            await ThrottledAsync(context, "login");
            return;
        }

        if (check == KeyCheck.Wrong)
        {
            Refused(context, "wrong admin key");
            await SiteResponder.SendHtmlAsync(context, StatusCodes.Status401Unauthorized, AdminPage.Login(site, "That key is not right."));
            return;
        }

        await auth.SignInAsync(context);
        SiteLog.AdminSignedIn(Logger(context), context.Connection.RemoteIpAddress?.ToString());
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = "/admin";
    }

    /// <summary>A form post from the dashboard: needs the session cookie (or Bearer key) and, with the cookie, the CSRF token.</summary>
    private static async Task Form(HttpContext context, string action, Func<HttpContext, IFormCollection, CancellationToken, Task<AdminResult>> run)
    {
        NoStore(context);
        var auth = Auth(context);
        var credential = await auth.CheckAsync(context);
        if (credential == AdminCredential.Throttled)
        {
            await ThrottledAsync(context, action);
            return;
        }

        if (credential == AdminCredential.None)
        {
            Refused(context, action + " without a credential");
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await PublicPages.Responder(context).ErrorAsync(context, auth.Enabled ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden,
                "Sign in to the admin area first.");
            return;
        }

        var form = await ReadFormAsync(context);
        if (AdminAuth.CrossSite(context) || form is null
            || (credential == AdminCredential.Cookie && !auth.CsrfValid(context, form[AdminAuth.CsrfField].ToString())))
        {
            Refused(context, action + ": cross-site or missing CSRF token");
            await PublicPages.Responder(context).ErrorAsync(context, StatusCodes.Status403Forbidden, "This form has expired or did not come from this site. Reload the admin page and try again.");
            return;
        }

        var result = await run(context, form, context.RequestAborted);
        var message = Describe(result);
        SiteLog.AdminAction(Logger(context), action, message);
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = action == "logout" ? "/" : "/admin?done=" + Uri.EscapeDataString(message);
    }

    /// <summary>An admin API call: Bearer key only (no cookie, so no CSRF exposure); answers JSON.</summary>
    private static async Task Api(HttpContext context, string action, Func<HttpContext, CancellationToken, Task<AdminResult>> run)
    {
        NoStore(context);
        var auth = Auth(context);
        var credential = await auth.CheckAsync(context);
        if (credential == AdminCredential.Throttled)
        {
            await ThrottledAsync(context, action);
            return;
        }

        if (credential != AdminCredential.Bearer)
        {
            Refused(context, action + " without a Bearer key");
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await PublicPages.Responder(context).ErrorAsync(context, auth.Enabled ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden,
                "an admin key is required: Authorization: Bearer KEY");
            return;
        }

        var result = await run(context, context.RequestAborted);
        SiteLog.AdminAction(Logger(context), action, Describe(result));
        context.Response.StatusCode = result switch
        {
            AdminResult.Done => StatusCodes.Status200OK,
            AdminResult.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        await context.Response.WriteAsJsonAsync(new { ok = result is AdminResult.Done, message = Describe(result) }, context.RequestAborted);
    }

    private static async Task<AdminResult> RerunBySlugAsync(HttpContext context, string slug, CancellationToken ct)
    {
        var story = Slug.IsWellFormed(slug) ? await PublicPages.Catalog(context).GetBySlugAsync(slug, ct) : null;
        return story is null ? new AdminResult.NotFound("story " + slug) : await Actions(context).RerunStoryAsync(story.Id, ct);
    }

    private static string Describe(AdminResult result) => result switch
    {
        AdminResult.Done done => done.Message,
        AdminResult.NotFound missing => "not found: " + missing.What,
        AdminResult.Invalid invalid => "refused: " + invalid.Reason,
        _ => "unknown",
    };

    private static async Task<IFormCollection?> ReadFormAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType || context.Request.ContentLength is null or > MaxBodyBytes)
        {
            return null;
        }

        try
        {
            return await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static async Task<T?> ReadJsonAsync<T>(HttpContext context, CancellationToken ct)
        where T : class
    {
        if (!context.Request.HasJsonContentType() || context.Request.ContentLength is null or > MaxBodyBytes)
        {
            return null;
        }

        try
        {
            return await context.Request.ReadFromJsonAsync<T>(ct);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store";

    private static void Refused(HttpContext context, string reason) =>
        SiteLog.AdminRefused(Logger(context), context.Connection.RemoteIpAddress?.ToString(), reason);

    /// <summary>
    /// 429: the client sent too many wrong keys and must wait (Retry-After is set); its key was not
    /// checked. Logged for the first refused request of each wait only.
    /// </summary>
    private static async Task ThrottledAsync(HttpContext context, string action)
    {
        if (context.RequestServices.GetRequiredService<LoginThrottle>().FirstRefusal(AdminAuth.Client(context)))
        {
            Refused(context, action + ": too many wrong keys, waiting (further refusals in this wait are not logged)");
        }

        await PublicPages.Responder(context).ErrorAsync(context, StatusCodes.Status429TooManyRequests,
            $"Too many wrong admin keys from your address: try again in {context.Response.Headers.RetryAfter} seconds.");
    }

    private static AdminAuth Auth(HttpContext context) => context.RequestServices.GetRequiredService<AdminAuth>();

    private static IAdminActions Actions(HttpContext context) => context.RequestServices.GetRequiredService<IAdminActions>();

    private static ILogger Logger(HttpContext context) => context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Newsdesk.Web.Admin");

    private sealed record SourceRequest(string? Url, string? Name);
}
