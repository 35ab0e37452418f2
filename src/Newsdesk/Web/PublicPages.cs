using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Publishing;
using Newsdesk.Text;
using Newsdesk.Web.Pages;

namespace Newsdesk.Web;

/// <summary>The HTML pages: front, story, thread, search, topic and entity.</summary>
internal static class PublicPages
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapRead("/", Front);
        routes.MapRead("/story/{slug}", Story);
        routes.MapRead("/thread/{slug}", Thread);
        routes.MapRead("/search", Search);
        routes.MapRead("/topic/{key}", Topic);
        routes.MapRead("/entity/{key}", Entity);
    }

    /// <summary><c>/</c>, or with <c>?lang=de</c> the front page of the stories written in one language.</summary>
    private static Task Front(HttpContext context)
    {
        var page = RequestQuery.Page(context);
        var language = RequestQuery.Language(context);
        return Responder(context).ServeAsync(context, "front|" + page + "|" + language, async (site, ct) =>
        {
            if (page is not { } p)
            {
                return new PageResult.BadRequest(RequestQuery.BadPage);
            }

            if (language == RequestQuery.NoLanguage)
            {
                return new PageResult.BadRequest(RequestQuery.UnknownLanguage);
            }

            var catalog = Catalog(context);
            Task<IReadOnlyList<PublishedStorySummary>> Ranked(int pg, int size) =>
                language is null ? catalog.FrontPageAsync(pg, size, ct) : catalog.FrontPageAsync(language, pg, size, ct);
            var stories = await Ranked(p, FrontPage.FirstPageStories);
            var hasMore = await HasMoreAsync(Ranked, p, FrontPage.FirstPageStories);
            if (p == 1)
            {
                return new PageResult.Html(FrontPage.Render(site, stories, hasMore, language));
            }

            return stories.Count == 0
                ? new PageResult.NotFound($"There is no page {p} of top stories.")
                : new PageResult.Html(FrontPage.RenderPage(site, stories, p, hasMore, language));
        });
    }

    private static Task Story(HttpContext context)
    {
        var slug = Route(context, "slug");
        return Responder(context).ServeAsync(context, "story|" + slug, async (site, ct) =>
        {
            if (!Slug.IsWellFormed(slug))
            {
                return new PageResult.NotFound("There is no story at this address.");
            }

            var catalog = Catalog(context);
            var story = await catalog.GetBySlugAsync(slug, ct);
            if (story is null)
            {
                return new PageResult.NotFound("There is no story at this address. It may have been merged into another story or never existed.");
            }

            if (story.RedirectSlug is { } target && target != slug)
            {
                return new PageResult.Moved("/story/" + target);
            }

            if (story.Slug != slug)
            {
                return new PageResult.Moved("/story/" + story.Slug);
            }

            var related = await catalog.RelatedAsync(story.Id, StoryPage.RelatedCount, ct);
            var thread = await catalog.ThreadAsync(story.Id, ct);
            return new PageResult.Html(StoryPage.Render(site, story, related, thread));
        });
    }

    /// <summary><c>/thread/{slug}</c>: the thread of the story with this slug (any story of the thread).</summary>
    private static Task Thread(HttpContext context)
    {
        var slug = Route(context, "slug");
        return Responder(context).ServeAsync(context, "thread|" + slug, async (site, ct) =>
        {
            var (story, moved) = await ThreadStoryAsync(context, slug, ct);
            if (moved is not null)
            {
                return new PageResult.Moved("/thread/" + moved);
            }

            if (story is null)
            {
                return new PageResult.NotFound("There is no story at this address, so no thread either.");
            }

            var thread = await Catalog(context).ThreadAsync(story.Id, ct);
            return new PageResult.Html(ThreadPage.Render(site, story, thread));
        });
    }

    /// <summary>The story a thread address names, or the slug it moved to (merged or retitled), or neither (404).</summary>
    public static async Task<(PublishedStory? Story, string? MovedTo)> ThreadStoryAsync(HttpContext context, string slug, CancellationToken ct)
    {
        var story = Slug.IsWellFormed(slug) ? await Catalog(context).GetBySlugAsync(slug, ct) : null;
        if (story is null)
        {
            return (null, null);
        }

        var canonical = story.RedirectSlug ?? story.Slug;
        return canonical != slug ? (null, canonical) : (story, null);
    }

    private static Task Search(HttpContext context)
    {
        var query = RequestQuery.Search(context);
        var page = RequestQuery.Page(context);
        return Responder(context).ServeAsync(context, "search|" + page + "|" + query, async (site, ct) =>
        {
            if (query is null)
            {
                return new PageResult.BadRequest($"A search can be at most {Paging.MaxQueryChars} characters long.");
            }

            if (page is not { } p)
            {
                return new PageResult.BadRequest(RequestQuery.BadPage);
            }

            if (query.Length == 0)
            {
                return new PageResult.Html(ListPage.Search(site, query, [], 1, false));
            }

            var catalog = Catalog(context);
            var stories = await catalog.SearchAsync(query, p, Paging.PageSize, ct);
            if (p > 1 && stories.Count == 0)
            {
                return new PageResult.NotFound($"There is no page {p} of results for this search.");
            }

            var hasMore = await HasMoreAsync((pg, size) => catalog.SearchAsync(query, pg, size, ct), p, Paging.PageSize);
            return new PageResult.Html(ListPage.Search(site, query, stories, p, hasMore));
        });
    }

    private static Task Topic(HttpContext context)
    {
        var key = Route(context, "key");
        var page = RequestQuery.Page(context);
        return Responder(context).ServeAsync(context, "topic|" + key + "|" + page, async (site, ct) =>
        {
            if (!Slug.IsWellFormed(key))
            {
                return new PageResult.NotFound("There is no such topic.");
            }

            if (page is not { } p)
            {
                return new PageResult.BadRequest(RequestQuery.BadPage);
            }

            var catalog = Catalog(context);
            var stories = await catalog.TopicAsync(key, p, Paging.PageSize, ct);
            var known = Layout.NavTopics.FirstOrDefault(t => Slug.ForTerm(t) == key);
            if (stories.Count == 0 && (p > 1 || known is null))
            {
                return new PageResult.NotFound("There are no stories on this topic.");
            }

            var name = stories.SelectMany(s => s.Topics).FirstOrDefault(t => Slug.ForTerm(t) == key) ?? known ?? key;
            var hasMore = await HasMoreAsync((pg, size) => catalog.TopicAsync(key, pg, size, ct), p, Paging.PageSize);
            return new PageResult.Html(ListPage.Topic(site, name, key, stories, p, hasMore));
        });
    }

    private static Task Entity(HttpContext context)
    {
        var key = Route(context, "key");
        var page = RequestQuery.Page(context);
        return Responder(context).ServeAsync(context, "entity|" + key + "|" + page, async (site, ct) =>
        {
            if (!Slug.IsWellFormed(key))
            {
                return new PageResult.NotFound("There is no such person, organisation or place in our stories.");
            }

            if (page is not { } p)
            {
                return new PageResult.BadRequest(RequestQuery.BadPage);
            }

            var catalog = Catalog(context);
            var stories = await catalog.EntityAsync(key, p, Paging.PageSize, ct);
            if (stories.Count == 0)
            {
                return new PageResult.NotFound("No story names this person, organisation or place.");
            }

            // Summaries carry no entities, so the display name comes from the newest story that writes
            // the name whole (a story may carry the surname alone, EntityKeys).
            string? name = null;
            foreach (var summary in stories)
            {
                var story = await catalog.GetBySlugAsync(summary.Slug, ct);
                if ((name = story?.Entities.FirstOrDefault(e => Slug.ForTerm(e) == key)) is not null)
                {
                    break;
                }
            }

            name ??= key;
            var hasMore = await HasMoreAsync((pg, size) => catalog.EntityAsync(key, pg, size, ct), p, Paging.PageSize);
            return new PageResult.Html(ListPage.Entity(site, name, key, stories, p, hasMore));
        });
    }

    /// <summary>Whether a page after <paramref name="page"/> exists: asks for the one story just past it.</summary>
    public static async Task<bool> HasMoreAsync(Func<int, int, Task<IReadOnlyList<PublishedStorySummary>>> query, int page, int pageSize) =>
        (await query((page * pageSize) + 1, 1)).Count > 0;

    public static SiteResponder Responder(HttpContext context) => context.RequestServices.GetRequiredService<SiteResponder>();

    public static IStoryCatalog Catalog(HttpContext context) => context.RequestServices.GetRequiredService<IStoryCatalog>();

    public static string Route(HttpContext context, string name) => context.Request.RouteValues[name] as string ?? "";

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
