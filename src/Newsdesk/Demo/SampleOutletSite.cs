using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Newsdesk.Demo;

/// <summary>
/// Answers the replay server's requests: per outlet a home page, its feed (only the items the
/// replay clock has reached), article pages (404 until published) and placeholder photos; at
/// the root an index and /outlets.opml.
/// </summary>
internal sealed class SampleOutletSite(SampleSet samples, DemoTimeline timeline, IReadOnlyDictionary<string, string> templates, Uri baseUri, int maxFeedItems)
{
    public const string OpmlPath = "outlets.opml";

    /// <summary>Click-through links some feeds use: /&lt;outlet&gt;/r/&lt;article id&gt; answers 301 to the page.</summary>
    public const string RedirectPrefix = "r/";

    /// <summary>Related links a page shows (most recent other articles of the same outlet).</summary>
    internal const int RelatedLinks = 4;

    private readonly Dictionary<string, SampleArticle> _pages = samples.Articles.ToDictionary(a => a.Outlet + "/" + a.Path, StringComparer.Ordinal);

    public IReadOnlyList<SampleOutletEndpoint> Endpoints { get; } = samples.Outlets
        .Select(o => new SampleOutletEndpoint(
            o.Slug, o.Name, o.Kind, o.FeedFormat, new Uri(baseUri, o.Slug + "/"), new Uri(baseUri, o.Slug + "/" + o.FeedPath),
            o.SectionFeedList.Select(f => new SampleFeedEndpoint(f.Title, new Uri(baseUri, o.Slug + "/" + f.Path))).ToList()))
        .ToList();

    public async Task HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var path = (http.Request.Path.Value ?? "/").TrimStart('/');
        if (path.Length == 0)
        {
            await ConditionalGet.WriteAsync(http, Index(), "text/html", timeline.StoryStart, ct);
            return;
        }

        if (path == OpmlPath)
        {
            await ConditionalGet.WriteAsync(http, OpmlExport.Write(Endpoints, timeline.StoryStart), "text/x-opml", timeline.StoryStart, ct);
            return;
        }

        var slash = path.IndexOf('/');
        var outlet = samples.FindOutlet(slash < 0 ? path : path[..slash]);
        if (outlet is null)
        {
            await NotFoundAsync(http, ct);
            return;
        }

        if (slash < 0)
        {
            http.Response.Redirect("/" + outlet.Slug + "/");
            return;
        }

        var rest = path[(slash + 1)..];
        if (rest.Length == 0)
        {
            var published = Published(outlet).ToList();
            var updated = published.Count == 0 ? timeline.StoryStart : timeline.StoryStart + published[0].PublishedOffset;
            await ConditionalGet.WriteAsync(http, Home(outlet, published), "text/html", updated, ct);
        }
        else if (rest == outlet.FeedPath)
        {
            await FeedAsync(http, outlet, null, ct);
        }
        else if (outlet.SectionFeedList.FirstOrDefault(f => f.Path == rest) is { } section)
        {
            await FeedAsync(http, outlet, section, ct);
        }
        else if (rest.StartsWith(RedirectPrefix, StringComparison.Ordinal))
        {
            await RedirectAsync(http, outlet, rest[RedirectPrefix.Length..], ct);
        }
        else if (rest.StartsWith("img/", StringComparison.Ordinal) && rest.EndsWith(".svg", StringComparison.Ordinal))
        {
            await PhotoAsync(http, outlet, rest["img/".Length..^".svg".Length], ct);
        }
        else if (_pages.TryGetValue(outlet.Slug + "/" + rest, out var article) && timeline.HasPassed(article.PublishedOffset))
        {
            await PageAsync(http, outlet, article, ct);
        }
        else
        {
            await NotFoundAsync(http, ct);
        }
    }

    private IEnumerable<SampleArticle> Published(SampleOutlet outlet) => samples.ArticlesOf(outlet.Slug)
        .Where(a => timeline.HasPassed(a.PublishedOffset))
        .OrderByDescending(a => a.PublishedOffset)
        .ThenBy(a => a.Id, StringComparer.Ordinal);

    private async Task FeedAsync(HttpContext http, SampleOutlet outlet, SampleSectionFeed? section, CancellationToken ct)
    {
        var elapsed = timeline.StoryElapsed;
        if (outlet.Faults.FeedErrorWindows.Any(w => w.Contains(elapsed)))
        {
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync("<html><body><h1>500 Internal Server Error</h1><p>upstream CMS timed out</p></body></html>", ct);
            return;
        }

        var endpoint = Endpoints.First(e => e.Slug == outlet.Slug);
        var items = Published(outlet)
            .Where(a => section is null || section.Sections.Contains(a.Section))
            .Take(maxFeedItems)
            .ToList();
        var feedUrl = section is null ? endpoint.FeedUrl : new Uri(endpoint.HomeUrl, section.Path);
        var feed = SampleFeedWriter.Write(new FeedContext(outlet, endpoint.HomeUrl, feedUrl, timeline.StoryStart, items, section?.Title));
        await ConditionalGet.WriteAsync(http, feed.Body, feed.MediaType, feed.LastModified, ct, feed.Encoding);
    }

    private async Task PageAsync(HttpContext http, SampleOutlet outlet, SampleArticle article, CancellationToken ct)
    {
        if (!templates.TryGetValue(outlet.Template, out var template))
        {
            throw new SampleSetException($"outlet {outlet.Slug}: no template '{outlet.Template}'");
        }

        var endpoint = Endpoints.First(e => e.Slug == outlet.Slug);
        var related = Published(outlet)
            .Where(a => a.Id != article.Id)
            .Take(RelatedLinks)
            .Select(a => (a.Headline, new Uri(endpoint.HomeUrl, a.Path).AbsoluteUri))
            .ToList();
        var published = timeline.StoryStart + article.PublishedOffset;
        var html = SamplePageRenderer.Render(template, new PageContext(outlet, article, endpoint.HomeUrl, endpoint.FeedUrl, FeedType(outlet.FeedFormat), published, related));
        await ConditionalGet.WriteAsync(http, html, "text/html", published, ct, outlet.Encoding);
    }

    private async Task RedirectAsync(HttpContext http, SampleOutlet outlet, string id, CancellationToken ct)
    {
        var article = samples.ArticlesOf(outlet.Slug).FirstOrDefault(a => a.Id == id);
        if (article is null || !timeline.HasPassed(article.PublishedOffset))
        {
            await NotFoundAsync(http, ct);
            return;
        }

        var endpoint = Endpoints.First(e => e.Slug == outlet.Slug);
        http.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        http.Response.Headers.Location = new Uri(endpoint.HomeUrl, article.Path).AbsoluteUri;
    }

    private async Task PhotoAsync(HttpContext http, SampleOutlet outlet, string id, CancellationToken ct)
    {
        var article = samples.ArticlesOf(outlet.Slug).FirstOrDefault(a => a.Id == id);
        if (article is null || !timeline.HasPassed(article.PublishedOffset))
        {
            await NotFoundAsync(http, ct);
            return;
        }

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"360\" viewBox=\"0 0 640 360\">" +
            "<rect width=\"640\" height=\"360\" fill=\"#8a9aa9\"/><text x=\"320\" y=\"185\" font-size=\"22\" text-anchor=\"middle\" fill=\"#fff\">" +
            WebUtility.HtmlEncode(outlet.Name) + "</text></svg>";
        await ConditionalGet.WriteAsync(http, svg, "image/svg+xml", timeline.StoryStart + article.PublishedOffset, ct);
    }

    private static async Task NotFoundAsync(HttpContext http, CancellationToken ct)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync("<!doctype html><html><head><title>Page not found</title></head><body><h1>Page not found</h1></body></html>", ct);
    }

    private string Index()
    {
        var s = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Newsdesk sample outlets</title></head><body>");
        s.Append("<h1>Newsdesk sample outlets (fictional)</h1><p>Story time: ").Append(XmlText.Rfc3339(timeline.StoryNow)).Append("</p><ul>");
        foreach (var e in Endpoints)
        {
            s.Append("<li><a href=\"").Append(e.HomeUrl.AbsoluteUri).Append("\">").Append(WebUtility.HtmlEncode(e.Name)).Append("</a> (")
                .Append(WebUtility.HtmlEncode(e.Kind)).Append(", <a href=\"").Append(e.FeedUrl.AbsoluteUri).Append("\">")
                .Append(e.Format.ToString().ToLowerInvariant()).Append(" feed</a>)</li>");
        }

        s.Append("</ul><p><a href=\"/").Append(OpmlPath).Append("\">OPML</a></p></body></html>");
        return s.ToString();
    }

    private string Home(SampleOutlet outlet, List<SampleArticle> published)
    {
        var endpoint = Endpoints.First(e => e.Slug == outlet.Slug);
        var s = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(outlet.Name)).Append("</title>")
            .Append("<link rel=\"alternate\" type=\"").Append(FeedType(outlet.FeedFormat)).Append("\" title=\"")
            .Append(WebUtility.HtmlEncode(outlet.Name)).Append("\" href=\"").Append(endpoint.FeedUrl.AbsoluteUri).Append("\">")
            .Append("</head><body><h1>").Append(WebUtility.HtmlEncode(outlet.Name)).Append("</h1><p>")
            .Append(WebUtility.HtmlEncode(outlet.Description)).Append("</p><ul>");
        foreach (var a in published)
        {
            s.Append("<li><a href=\"").Append(new Uri(endpoint.HomeUrl, a.Path).AbsoluteUri).Append("\">")
                .Append(WebUtility.HtmlEncode(a.Headline)).Append("</a></li>");
        }

        return s.Append("</ul></body></html>").ToString();
    }

    public static string FeedType(SampleFeedFormat format) => format switch
    {
        SampleFeedFormat.Rss => "application/rss+xml",
        SampleFeedFormat.Rdf => "application/rdf+xml",
        SampleFeedFormat.Atom => "application/atom+xml",
        SampleFeedFormat.Json => "application/feed+json",
        _ => "application/xml",
    };
}
