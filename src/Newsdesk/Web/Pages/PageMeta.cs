using Newsdesk.Publishing;
using Newsdesk.Text;

namespace Newsdesk.Web.Pages;

/// <summary>What the layout needs to know about a page: its title, canonical path, feeds and Open Graph facts.</summary>
internal sealed record PageMeta(
    string Title,
    string Description,
    string Path,
    IReadOnlyList<FeedLink> Feeds,
    string OgType = "website",
    DateTimeOffset? Published = null,
    DateTimeOffset? Modified = null,
    bool NoIndex = false);

/// <summary>A feed a page advertises: its title and site-relative path (without the file name).</summary>
internal sealed record FeedLink(string Title, string BasePath, Func<FeedKind, string>? Paths = null)
{
    public string Href(FeedKind kind) => Paths?.Invoke(kind) ?? BasePath + FeedKinds.FileName(kind);

    /// <summary>A follow's feeds: <c>/feeds/follow/{slug}.xml</c> (RSS), <c>.atom</c>, <c>.json</c>.</summary>
    public static FeedLink Follow(string siteTitle, string name, string slug) =>
        new($"{siteTitle}: {name}", "/feeds/follow/", kind => FollowEndpoints.FeedPath(slug, kind));

    /// <summary>The front page's feeds, which every page advertises.</summary>
    public static FeedLink Front(string siteTitle) => new(siteTitle, "/feeds/");

    /// <summary>A language's feeds (<c>/language/{code}/</c>), which the front page of that language advertises.</summary>
    public static FeedLink Language(string siteTitle, string code) => new($"{siteTitle}: in {Languages.Name(code)}", $"/language/{code}/");

    public static FeedLink Topic(string siteTitle, string topic, string key) => new($"{siteTitle}: {topic}", $"/topic/{key}/");

    /// <summary>A thread's feeds, addressed by the slug of its first story.</summary>
    public static FeedLink Thread(string siteTitle, string firstHeadline, string slug) => new($"{siteTitle}: thread: {firstHeadline}", $"/thread/{slug}/");
}

/// <summary>Per-request facts for rendering: the options and the absolute base URL.</summary>
internal sealed record SiteContext(SiteOptions Options, Uri BaseUrl, string CssHref)
{
    public Uri Absolute(string path) => new(BaseUrl, path);
}
