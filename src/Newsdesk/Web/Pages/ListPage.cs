using System.Globalization;
using Newsdesk.Publishing;
using Newsdesk.Web.Html;

namespace Newsdesk.Web.Pages;

/// <summary>Topic, entity and search result pages: a title and a paged list of teasers.</summary>
internal static class ListPage
{
    public static string Topic(SiteContext site, string name, string key, IReadOnlyList<PublishedStorySummary> stories, int page, bool hasMore)
    {
        var feeds = new[] { FeedLink.Front(site.Options.Title), FeedLink.Topic(site.Options.Title, name, key) };
        var meta = new PageMeta(PageTitle(name, page), $"The latest {name} stories, each written from several outlets' reporting.", PagePath("/topic/" + key, page), feeds);
        return Layout.Render(site, meta, h =>
        {
            h.Element("h1", PageTitle(name, page), ("class", "page-title")).Line();
            StoryList.Paged(h, stories, page, hasMore, p => PagePath("/topic/" + key, p));
        });
    }

    public static string Entity(SiteContext site, string name, string key, IReadOnlyList<PublishedStorySummary> stories, int page, bool hasMore)
    {
        var meta = new PageMeta(PageTitle(name, page), $"Stories that name {name}.", PagePath("/entity/" + key, page), [FeedLink.Front(site.Options.Title)]);
        return Layout.Render(site, meta, h =>
        {
            h.Open("h1", ("class", "page-title")).Text("Stories about ").Element("span", name, ("class", "entity-name")).Close("h1").Line();
            StoryList.Paged(h, stories, page, hasMore, p => PagePath("/entity/" + key, p));
        });
    }

    public static string Search(SiteContext site, string query, IReadOnlyList<PublishedStorySummary> stories, int page, bool hasMore)
    {
        var title = query.Length == 0 ? "Search" : $"Search: {query}";
        var path = query.Length == 0 ? "/search" : "/search?q=" + Uri.EscapeDataString(query);
        var meta = new PageMeta(title, "Search the stories Newsdesk has published.", path, [FeedLink.Front(site.Options.Title)], NoIndex: true);
        return Layout.Render(site, meta, h =>
        {
            h.Element("h1", "Search", ("class", "page-title")).Line();
            h.Open("form", ("class", "search-page"), ("role", "search"), ("method", "get"), ("action", "/search"));
            h.Element("label", "Words to find", ("for", "search-q"));
            h.Void("input", ("type", "search"), ("id", "search-q"), ("name", "q"), ("value", query),
                ("maxlength", Paging.MaxQueryChars.ToString(CultureInfo.InvariantCulture)));
            h.Element("button", "Search", ("type", "submit")).Close("form").Line();
            if (query.Length == 0)
            {
                return;
            }

            if (stories.Count == 0)
            {
                h.Open("p", ("class", "empty")).Text("No stories match ").Element("q", query).Text(".").Close("p").Line();
                return;
            }

            h.Open("p", ("class", "result-count")).Text("Stories matching ").Element("q", query).Text(":").Close("p").Line();
            StoryList.Paged(h, stories, page, hasMore, p => "/search?q=" + Uri.EscapeDataString(query) + (p > 1 ? "&page=" + p.ToString(CultureInfo.InvariantCulture) : ""));
        });
    }

    /// <summary>A follow's page: what it follows and the stories it matched, newest first.</summary>
    public static string Follow(SiteContext site, string name, string slug, string description, IReadOnlyList<PublishedStorySummary> stories)
    {
        var feeds = new[] { FeedLink.Front(site.Options.Title), FeedLink.Follow(site.Options.Title, name, slug) };
        var meta = new PageMeta(name, description, "/follow/" + slug, feeds);
        return Layout.Render(site, meta, h =>
        {
            h.Element("h1", name, ("class", "page-title")).Line();
            h.Element("p", description, ("class", "follow-rule")).Line();
            if (stories.Count == 0)
            {
                h.Element("p", "No story matches this follow yet.", ("class", "empty")).Line();
                return;
            }

            StoryList.Paged(h, stories, 1, false, _ => "/follow/" + slug);
        });
    }

    /// <summary>The unsubscribe link's page: one button that POSTs the token (a GET never changes anything).</summary>
    public static string UnsubscribeForm(SiteContext site, string slug, string token)
    {
        var meta = new PageMeta("Unsubscribe", "Stop these notices.", "/follow/" + slug + "/unsubscribe", [FeedLink.Front(site.Options.Title)], NoIndex: true);
        return Layout.Render(site, meta, h =>
        {
            h.Element("h1", "Unsubscribe", ("class", "page-title")).Line();
            h.Open("form", ("method", "post"), ("action", "/follow/" + slug + "/unsubscribe"));
            h.Void("input", ("type", "hidden"), ("name", "token"), ("value", token));
            h.Element("button", "Stop these emails", ("type", "submit")).Close("form").Line();
        });
    }

    public static string Unsubscribed(SiteContext site, bool done)
    {
        var meta = new PageMeta("Unsubscribe", "Stop these notices.", "/", [FeedLink.Front(site.Options.Title)], NoIndex: true);
        return Layout.Render(site, meta, h =>
            h.Element("p", done ? "You are unsubscribed: no more notices will be sent for this follow." : "That unsubscribe link is not valid.",
                ("class", "notice"), ("role", "status")).Line());
    }

    private static string PageTitle(string name, int page) =>
        page == 1 ? name : $"{name}, page {page.ToString(CultureInfo.InvariantCulture)}";

    private static string PagePath(string path, int page) =>
        page == 1 ? path : path + "?page=" + page.ToString(CultureInfo.InvariantCulture);
}
