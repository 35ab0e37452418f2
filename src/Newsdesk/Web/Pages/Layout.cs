using System.Globalization;
using Newsdesk.Publishing;
using Newsdesk.Text;
using Newsdesk.Web.Html;

namespace Newsdesk.Web.Pages;

/// <summary>The page shell: head (feeds, Open Graph, stylesheet), skip link, masthead, main, footer.</summary>
internal static class Layout
{
    /// <summary>Topics in the masthead's navigation, in this order: the topics the tagger files stories under, and no other.</summary>
    public static readonly IReadOnlyList<string> NavTopics = Newsdesk.Stories.StoryTags.TopicOrder;

    public static string Render(SiteContext site, PageMeta meta, Action<HtmlBuilder> main)
    {
        var h = new HtmlBuilder();
        h.Doctype().Open("html", ("lang", "en")).Line();
        Head(h, site, meta);
        h.Open("body").Line();
        h.Link("#main", "Skip to the stories", ("class", "skip-link")).Line();
        Masthead(h, site);
        h.Open("main", ("id", "main")).Line();
        main(h);
        h.Close("main").Line();
        Footer(h, site, meta);
        h.Close("body").Line().Close("html").Line();
        return h.ToString();
    }

    private static void Head(HtmlBuilder h, SiteContext site, PageMeta meta)
    {
        var title = meta.Title == site.Options.Title ? meta.Title : $"{meta.Title} | {site.Options.Title}";
        var url = site.Absolute(meta.Path).AbsoluteUri;
        h.Open("head").Line();
        h.Void("meta", ("charset", "utf-8")).Line();
        h.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1")).Line();
        h.Element("title", title).Line();
        h.Void("meta", ("name", "description"), ("content", meta.Description)).Line();
        if (meta.NoIndex)
        {
            h.Void("meta", ("name", "robots"), ("content", "noindex")).Line();
        }

        h.Void("link", ("rel", "canonical"), ("href", url)).Line();
        h.Void("link", ("rel", "stylesheet"), ("href", site.CssHref)).Line();
        foreach (var feed in meta.Feeds)
        {
            foreach (var kind in Enum.GetValues<FeedKind>())
            {
                h.Void("link", ("rel", "alternate"), ("type", FeedKinds.MediaType(kind)),
                    ("title", $"{feed.Title} ({FeedKinds.Label(kind)})"), ("href", feed.Href(kind))).Line();
            }
        }

        h.Void("meta", ("property", "og:site_name"), ("content", site.Options.Title)).Line();
        h.Void("meta", ("property", "og:type"), ("content", meta.OgType)).Line();
        h.Void("meta", ("property", "og:title"), ("content", meta.Title)).Line();
        h.Void("meta", ("property", "og:description"), ("content", meta.Description)).Line();
        h.Void("meta", ("property", "og:url"), ("content", url)).Line();
        h.Void("meta", ("property", "og:locale"), ("content", "en_GB")).Line();
        if (meta.Published is { } published)
        {
            h.Void("meta", ("property", "article:published_time"), ("content", Iso(published))).Line();
        }

        if (meta.Modified is { } modified)
        {
            h.Void("meta", ("property", "article:modified_time"), ("content", Iso(modified))).Line();
        }

        h.Void("meta", ("name", "twitter:card"), ("content", "summary")).Line();
        h.Close("head").Line();
    }

    private static void Masthead(HtmlBuilder h, SiteContext site)
    {
        h.Open("header", ("class", "masthead")).Line();
        h.Open("div", ("class", "wrap")).Line();
        h.Open("p", ("class", "brand")).Link("/", site.Options.Title, ("rel", "home")).Close("p").Line();
        h.Element("p", site.Options.Tagline, ("class", "tagline")).Line();
        h.Open("form", ("class", "search"), ("role", "search"), ("method", "get"), ("action", "/search"));
        h.Element("label", "Search stories", ("for", "q"), ("class", "visually-hidden"));
        h.Void("input", ("type", "search"), ("id", "q"), ("name", "q"), ("maxlength", Paging.MaxQueryChars.ToString(CultureInfo.InvariantCulture)),
            ("placeholder", "Search stories"));
        h.Element("button", "Search", ("type", "submit"));
        h.Close("form").Line();
        h.Close("div").Line();
        h.Open("nav", ("aria-label", "Sections")).Open("ul", ("class", "wrap"));
        h.Open("li").Link("/", "Top stories").Close("li");
        foreach (var topic in NavTopics)
        {
            h.Open("li").Link("/topic/" + Slug.ForTerm(topic), topic).Close("li");
        }

        h.Close("ul").Close("nav").Line();
        h.Close("header").Line();
    }

    private static void Footer(HtmlBuilder h, SiteContext site, PageMeta meta)
    {
        h.Open("footer", ("class", "site-footer")).Open("div", ("class", "wrap")).Line();
        h.Element("p", $"Every story on {site.Options.Title} is written by software from the news articles it lists as sources, "
                       + "and each sentence is checked against the sources it cites before it is published. "
                       + "Follow the numbered citations to read the original reporting.", ("class", "disclaimer")).Line();
        h.Open("ul", ("class", "footer-links"));
        var feed = meta.Feeds.Count > 0 ? meta.Feeds[^1] : FeedLink.Front(site.Options.Title);
        foreach (var kind in Enum.GetValues<FeedKind>())
        {
            h.Open("li").Link(feed.Href(kind), FeedKinds.Label(kind) + " feed").Close("li");
        }

        h.Open("li").Link("/api/stories", "JSON API").Close("li");
        h.Open("li").Link("/sitemap.xml", "Sitemap").Close("li");
        h.Close("ul").Line();
        h.Close("div").Close("footer").Line();
    }

    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A time as readers see it, in UTC (pages are cached, so never "5 minutes ago").</summary>
    public static string Readable(DateTimeOffset time) => time.UtcDateTime.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static HtmlBuilder Time(HtmlBuilder h, DateTimeOffset time, string? prefix = null)
    {
        h.Open("time", ("datetime", Iso(time)));
        return h.Text(prefix + Readable(time)).Close("time");
    }
}
