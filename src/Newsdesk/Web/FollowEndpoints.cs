using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Notify;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Text;
using Newsdesk.Web.Pages;

namespace Newsdesk.Web;

/// <summary>
/// Each follow's page (<c>/follow/{slug}</c>) and feeds (<c>/feeds/follow/{slug}.xml</c> RSS,
/// <c>.atom</c>, <c>.json</c>): the stories the follow matches, newest first, from the same catalog
/// the site shows (a query follow uses the site's search). The unsubscribe link of its emails
/// (<c>/follow/{slug}/unsubscribe?token=</c>): GET asks, POST (a button, or a mail client's
/// RFC 8058 one-click POST) turns the follow off.
/// </summary>
internal static class FollowEndpoints
{
    /// <summary>Front-page stories scanned for a breaking follow's page (newest first).</summary>
    private const int BreakingScan = Paging.SitemapItems;

    private static readonly (string Extension, FeedKind Kind)[] Feeds = [(".xml", FeedKind.Rss), (".atom", FeedKind.Atom), (".json", FeedKind.Json)];

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapRead("/follow/{slug}", Page);
        routes.MapRead("/feeds/follow/{file}", Feed);
        routes.MapGet("/follow/{slug}/unsubscribe", (RequestDelegate)UnsubscribeForm);
        routes.MapPost("/follow/{slug}/unsubscribe", (RequestDelegate)Unsubscribe);
    }

    private static async Task Page(HttpContext context)
    {
        var follow = await FindAsync(context, PublicPages.Route(context, "slug"));
        if (follow is null)
        {
            await PublicPages.Responder(context).ErrorAsync(context, StatusCodes.Status404NotFound, "There is no such follow.");
            return;
        }

        await PublicPages.Responder(context).ServeAsync(context, $"follow|{follow.Id}|page", async (site, ct) =>
            new PageResult.Html(ListPage.Follow(site, follow.Spec.Name, follow.Slug, Describe(follow.Spec), await StoriesAsync(context, follow.Spec, ct))));
    }

    private static async Task Feed(HttpContext context)
    {
        var file = PublicPages.Route(context, "file");
        var match = Feeds.FirstOrDefault(f => file.EndsWith(f.Extension, StringComparison.Ordinal));
        var follow = match.Extension is null ? null : await FindAsync(context, file[..^match.Extension.Length]);
        if (follow is null)
        {
            await PublicPages.Responder(context).ErrorAsync(context, StatusCodes.Status404NotFound, "There is no such follow.");
            return;
        }

        await PublicPages.Responder(context).ServeAsync(context, $"follow|{follow.Id}|{match.Kind}", async (site, ct) =>
        {
            var stories = await StoriesAsync(context, follow.Spec, ct);
            var title = $"{site.Options.Title}: {follow.Spec.Name}";
            var feed = FeedEndpoints.Build(site, title, Describe(follow.Spec), "/follow/" + follow.Slug, FeedPath(follow.Slug, match.Kind), stories);
            return new PageResult.Bytes(FeedKinds.Write(match.Kind, feed), FeedKinds.MediaType(match.Kind) + "; charset=utf-8");
        });
    }

    private static async Task UnsubscribeForm(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        var slug = PublicPages.Route(context, "slug");
        var token = context.Request.Query["token"].ToString();
        var site = PublicPages.Responder(context).Context(context);
        await SiteResponder.SendHtmlAsync(context, StatusCodes.Status200OK, ListPage.UnsubscribeForm(site, slug, token));
    }

    private static async Task Unsubscribe(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        var slug = PublicPages.Route(context, "slug");
        var token = context.Request.Query["token"].ToString();
        if (token.Length == 0 && context.Request.HasFormContentType && context.Request.ContentLength is <= AdminEndpoints.MaxBodyBytes)
        {
            token = (await context.Request.ReadFormAsync(context.RequestAborted))["token"].ToString();
        }

        var store = context.RequestServices.GetService<FollowStore>();
        var done = store is not null && Slug.IsWellFormed(slug) && token.Length is > 0 and <= 64
                   && await store.UnsubscribeAsync(slug, token, context.RequestAborted);
        var site = PublicPages.Responder(context).Context(context);
        await SiteResponder.SendHtmlAsync(context, done ? StatusCodes.Status200OK : StatusCodes.Status404NotFound,
            ListPage.Unsubscribed(site, done));
    }

    internal static string FeedPath(string slug, FeedKind kind) =>
        "/feeds/follow/" + slug + Feeds.First(f => f.Kind == kind).Extension;

    /// <summary>The stories a follow matches in the site's catalog, newest first, at most one feed's worth.</summary>
    internal static async Task<IReadOnlyList<PublishedStorySummary>> StoriesAsync(HttpContext context, FollowSpec spec, CancellationToken ct)
    {
        var catalog = PublicPages.Catalog(context);
        var stories = spec.Kind switch
        {
            FollowKind.Topic => await catalog.TopicAsync(Slug.ForTerm(spec.Term), 1, Paging.FeedItems, ct),
            FollowKind.Entity => await catalog.EntityAsync(Slug.ForTerm(spec.Term), 1, Paging.FeedItems, ct),
            FollowKind.Query => await catalog.SearchAsync(spec.Term, 1, Paging.FeedItems, ct),
            _ => (await catalog.FrontPageAsync(1, BreakingScan, ct)).Where(s => s.Breaking || s.BreakingUntil is not null).ToList(),
        };
        return stories.OrderByDescending(s => s.Updated).Take(Paging.FeedItems).ToList();
    }

    internal static string Describe(FollowSpec spec) => spec.Kind switch
    {
        FollowKind.Topic => $"Stories on the topic {spec.Term}.",
        FollowKind.Entity => $"Stories that name {spec.Term}.",
        FollowKind.Query => $"Stories matching the search \u201c{spec.Term}\u201d.",
        _ => "Breaking stories: reported by several outlets within a short window.",
    };

    private static async Task<Follow?> FindAsync(HttpContext context, string slug) =>
        Slug.IsWellFormed(slug) && context.RequestServices.GetService<FollowStore>() is { } store
            ? await store.GetBySlugAsync(slug, context.RequestAborted)
            : null;
}
