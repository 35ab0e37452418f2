using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Newsdesk.Publishing;
using Newsdesk.Text;
using Newsdesk.Web.Pages;

namespace Newsdesk.Web;

/// <summary>
/// Feeds out (RSS 2.0, Atom 1.0, JSON Feed 1.1) for the front page, each language
/// (<c>/language/{code}/rss.xml</c>: the front page of <c>/?lang={code}</c>), each topic and each
/// thread, the sitemap and robots.txt.
/// </summary>
internal static class FeedEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        foreach (var kind in Enum.GetValues<FeedKind>())
        {
            var file = FeedKinds.FileName(kind);
            routes.MapRead("/feeds/" + file, context => Front(context, kind));
            routes.MapRead("/language/{code}/" + file, context => Language(context, kind));
            routes.MapRead("/topic/{key}/" + file, context => Topic(context, kind));
            routes.MapRead("/thread/{slug}/" + file, context => Thread(context, kind));
        }

        routes.MapRead("/sitemap.xml", Sitemap);
        routes.MapRead("/robots.txt", Robots);
    }

    private static Task Front(HttpContext context, FeedKind kind) =>
        PublicPages.Responder(context).ServeAsync(context, "feed|" + kind, async (site, ct) =>
        {
            var stories = await PublicPages.Catalog(context).FrontPageAsync(1, Paging.FeedItems, ct);
            var feed = Build(site, site.Options.Title, site.Options.Tagline, "/", FeedLink.Front(site.Options.Title).Href(kind), stories);
            return new PageResult.Bytes(FeedKinds.Write(kind, feed), FeedKinds.MediaType(kind) + "; charset=utf-8");
        });

    /// <summary>A language's feed: the stories written in it, ranked as its front page (<c>/?lang={code}</c>).</summary>
    private static Task Language(HttpContext context, FeedKind kind)
    {
        var code = PublicPages.Route(context, "code");
        return PublicPages.Responder(context).ServeAsync(context, "feed|" + kind + "|language|" + code, async (site, ct) =>
        {
            if (!Languages.IsKnown(code))
            {
                return new PageResult.NotFound(RequestQuery.UnknownLanguage);
            }

            var stories = await PublicPages.Catalog(context).FrontPageAsync(code, 1, Paging.FeedItems, ct);
            var link = FeedLink.Language(site.Options.Title, code);
            var feed = Build(site, link.Title, $"The latest stories in {Languages.Name(code)} from {site.Options.Title}.", "/?lang=" + code, link.Href(kind), stories, code);
            return new PageResult.Bytes(FeedKinds.Write(kind, feed), FeedKinds.MediaType(kind) + "; charset=utf-8");
        });
    }

    private static Task Topic(HttpContext context, FeedKind kind)
    {
        var key = PublicPages.Route(context, "key");
        return PublicPages.Responder(context).ServeAsync(context, "feed|" + kind + "|" + key, async (site, ct) =>
        {
            if (!Slug.IsWellFormed(key))
            {
                return new PageResult.NotFound("There is no such topic.");
            }

            var stories = await PublicPages.Catalog(context).TopicAsync(key, 1, Paging.FeedItems, ct);
            var known = Layout.NavTopics.FirstOrDefault(t => Slug.ForTerm(t) == key);
            if (stories.Count == 0 && known is null)
            {
                return new PageResult.NotFound("There are no stories on this topic.");
            }

            var name = stories.SelectMany(s => s.Topics).FirstOrDefault(t => Slug.ForTerm(t) == key) ?? known ?? key;
            var link = FeedLink.Topic(site.Options.Title, name, key);
            var feed = Build(site, link.Title, $"The latest {name} stories from {site.Options.Title}.", "/topic/" + key, link.Href(kind), stories);
            return new PageResult.Bytes(FeedKinds.Write(kind, feed), FeedKinds.MediaType(kind) + "; charset=utf-8");
        });
    }

    /// <summary>A thread's feed: its stories (the event and its developments), newest update first.</summary>
    private static Task Thread(HttpContext context, FeedKind kind)
    {
        var slug = PublicPages.Route(context, "slug");
        return PublicPages.Responder(context).ServeAsync(context, "feed|" + kind + "|thread|" + slug, async (site, ct) =>
        {
            var (story, moved) = await PublicPages.ThreadStoryAsync(context, slug, ct);
            if (moved is not null)
            {
                return new PageResult.Moved("/thread/" + moved + "/" + FeedKinds.FileName(kind));
            }

            if (story is null)
            {
                return new PageResult.NotFound("There is no story at this address, so no thread either.");
            }

            var stories = await PublicPages.Catalog(context).ThreadAsync(story.Id, ct);
            var first = stories.Count > 0 ? stories[0] : story.ToSummary();
            var link = FeedLink.Thread(site.Options.Title, first.Headline, slug);
            var feed = Build(site, link.Title, $"Developments of one event on {site.Options.Title}: {first.Headline}", "/thread/" + slug, link.Href(kind), stories);
            return new PageResult.Bytes(FeedKinds.Write(kind, feed), FeedKinds.MediaType(kind) + "; charset=utf-8");
        });
    }

    /// <summary>
    /// A feed document from summaries: newest update first, absolute URLs, the lede as summary, each
    /// entry in its story's language; the feed's own language is <paramref name="language"/>.
    /// </summary>
    public static FeedDocument Build(
        SiteContext site, string title, string description, string homePath, string feedPath, IEnumerable<PublishedStorySummary> stories,
        string language = Languages.Default)
    {
        var entries = stories
            .OrderByDescending(s => s.Updated)
            .ThenBy(s => s.Slug, StringComparer.Ordinal)
            .Select(s => new FeedEntry(s.Id, site.Absolute("/story/" + s.Slug), s.Headline, s.Lede, s.Published, s.Updated, s.Topics, s.Language))
            .ToList();
        var updated = entries.Count > 0 ? entries.Max(e => e.Updated) : DateTimeOffset.UnixEpoch;
        return new FeedDocument(title, description, site.Absolute(homePath), site.Absolute(feedPath), updated, entries, language);
    }

    private static Task Sitemap(HttpContext context) =>
        PublicPages.Responder(context).ServeAsync(context, "sitemap", async (site, ct) =>
        {
            var stories = await PublicPages.Catalog(context).FrontPageAsync(1, Paging.SitemapItems, ct);
            var urls = new List<(Uri, DateTimeOffset?)> { (site.Absolute("/"), stories.Count > 0 ? stories.Max(s => s.Updated) : null) };
            urls.AddRange(stories.Select(s => (site.Absolute("/story/" + s.Slug), (DateTimeOffset?)s.Updated)));
            return new PageResult.Bytes(SitemapWriter.Write(urls), "application/xml; charset=utf-8");
        });

    private static Task Robots(HttpContext context) =>
        PublicPages.Responder(context).ServeAsync(context, "robots", (site, ct) =>
            Task.FromResult<PageResult>(new PageResult.Bytes(
                System.Text.Encoding.UTF8.GetBytes($"User-agent: *\nDisallow: /admin\nDisallow: /search\nSitemap: {site.Absolute("/sitemap.xml").AbsoluteUri}\n"),
                "text/plain; charset=utf-8")));
}
