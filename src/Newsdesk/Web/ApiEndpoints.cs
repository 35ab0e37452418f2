using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Newsdesk.Publishing;
using Newsdesk.Text;
using Newsdesk.Writing;

namespace Newsdesk.Web;

/// <summary>
/// The read-only JSON API: <c>/api/stories?page=</c> (ranked, paged; <c>&amp;lang=de</c> for one
/// language's stories; each carries its <c>language</c>), <c>/api/stories/{slug}</c>
/// (the whole story, with its thread: the stories it develops and that develop it, oldest first), <c>/api/sources</c> (sources and their health). camelCase, ISO 8601 times.
/// </summary>
internal static class ApiEndpoints
{
    /// <summary>The API's JSON settings (camelCase, enums as camelCase strings); webhooks use the same.</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private const string JsonType = "application/json; charset=utf-8";

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapRead("/api/stories", Stories);
        routes.MapRead("/api/stories/{slug}", Story);
        routes.MapRead("/api/sources", Sources);
    }

    private static Task Stories(HttpContext context)
    {
        var page = RequestQuery.Page(context);
        var language = RequestQuery.Language(context);
        return PublicPages.Responder(context).ServeAsync(context, "api|stories|" + page + "|" + language, async (site, ct) =>
        {
            if (page is not { } p)
            {
                return new PageResult.BadRequest(RequestQuery.BadPage);
            }

            if (language == RequestQuery.NoLanguage)
            {
                return new PageResult.BadRequest(RequestQuery.UnknownLanguage);
            }

            var catalog = PublicPages.Catalog(context);
            Task<IReadOnlyList<PublishedStorySummary>> Ranked(int pg, int size) =>
                language is null ? catalog.FrontPageAsync(pg, size, ct) : catalog.FrontPageAsync(language, pg, size, ct);
            var stories = await Ranked(p, Paging.PageSize);
            if (p > 1 && stories.Count == 0)
            {
                return new PageResult.NotFound($"There is no page {p} of stories.");
            }

            var hasMore = await PublicPages.HasMoreAsync(Ranked, p, Paging.PageSize);
            var query = language is null ? "/api/stories?page=" : $"/api/stories?lang={language}&page=";
            var body = new StoryPage(
                p,
                Paging.PageSize,
                stories.Select(s => new StoryItem(s, site.Absolute("/story/" + s.Slug).AbsoluteUri, "/api/stories/" + s.Slug)).ToList(),
                hasMore ? query + PublicPages.Number(p + 1) : null,
                p > 1 ? query + PublicPages.Number(p - 1) : null);
            return new PageResult.Bytes(JsonSerializer.SerializeToUtf8Bytes(body, Json), JsonType);
        });
    }

    private static Task Story(HttpContext context)
    {
        var slug = PublicPages.Route(context, "slug");
        return PublicPages.Responder(context).ServeAsync(context, "api|story|" + slug, async (site, ct) =>
        {
            var story = Slug.IsWellFormed(slug) ? await PublicPages.Catalog(context).GetBySlugAsync(slug, ct) : null;
            if (story is null)
            {
                return new PageResult.NotFound("no story has this slug");
            }

            var canonical = story.RedirectSlug ?? story.Slug;
            if (canonical != slug)
            {
                return new PageResult.Moved("/api/stories/" + canonical);
            }

            var thread = await PublicPages.Catalog(context).ThreadAsync(story.Id, ct);
            var body = StoryDocument.From(story, site.Absolute("/story/" + story.Slug)) with
            {
                Thread = thread.Select(s => new StoryThreadEntry(s.Id, s.Slug, s.Headline, s.Published, site.Absolute("/story/" + s.Slug).AbsoluteUri, "/api/stories/" + s.Slug)).ToList(),
                ThreadUrl = thread.Count > 1 ? site.Absolute("/thread/" + story.Slug).AbsoluteUri : null,
            };
            return new PageResult.Bytes(JsonSerializer.SerializeToUtf8Bytes(body, Json), JsonType);
        });
    }

    /// <summary>Sources and their health: read fresh on every request (health changes with each poll, not with the stories, so not from the page cache).</summary>
    private static async Task Sources(HttpContext context)
    {
        var sources = await PublicPages.Catalog(context).SourcesAsync(context.RequestAborted);
        var body = sources.Select(s => new SourceItem(s.Id, s.Name, s.Url, s.State, s.LastPolled, s.LastSuccess, s.ConsecutiveFailures, s.LastError, s.ArticlesLast24Hours)).ToList();
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, Json);
        context.Response.ContentType = JsonType;
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    private sealed record StoryPage(int Page, int PageSize, IReadOnlyList<StoryItem> Stories, string? Next, string? Previous);

    private sealed record StoryItem(
        [property: System.Text.Json.Serialization.JsonIgnore] PublishedStorySummary Summary, string Url, string Api)
    {
        public string Id => Summary.Id;
        public string Slug => Summary.Slug;
        public string Headline => Summary.Headline;
        public string Lede => Summary.Lede;
        public string Dateline => Summary.Dateline;
        public DateTimeOffset Published => Summary.Published;
        public DateTimeOffset Updated => Summary.Updated;
        public int Revision => Summary.Revision;
        public double Significance => Summary.Significance;
        public bool Breaking => Summary.Breaking;
        public IReadOnlyList<string> Topics => Summary.Topics;
        public int DistinctOutlets => Summary.DistinctOutlets;
        public int SourceCount => Summary.SourceCount;
        public string Language => Summary.Language;
    }

    private sealed record SourceItem(
        string Id, string Name, string Url, SourceState State, DateTimeOffset? LastPolled, DateTimeOffset? LastSuccess,
        int ConsecutiveFailures, string? LastError, int ArticlesLast24Hours);
}
