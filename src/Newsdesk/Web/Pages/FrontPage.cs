using Newsdesk.Publishing;
using Newsdesk.Text;
using Newsdesk.Web.Html;

namespace Newsdesk.Web.Pages;

/// <summary>
/// The front page: the lead story, the next top stories, then a section per topic holding the rest
/// of the ranked stories. Later pages are a plain ranked list. With a language (<c>/?lang=de</c>)
/// the same page holds only the stories written in it and advertises that language's feeds.
/// </summary>
internal static class FrontPage
{
    /// <summary>Stories ranked for the first page's layout (lead + top + topic sections).</summary>
    public const int FirstPageStories = 60;

    /// <summary>Stories in the "Top stories" block under the lead.</summary>
    public const int TopStories = 6;

    /// <summary>Stories per topic section.</summary>
    public const int PerSection = 4;

    /// <summary>Topic sections shown.</summary>
    public const int MaxSections = 8;

    public static string Render(SiteContext site, IReadOnlyList<PublishedStorySummary> ranked, bool hasMore, string? language = null)
    {
        var meta = language is null
            ? new PageMeta(site.Options.Title, site.Options.Tagline, "/", [FeedLink.Front(site.Options.Title)])
            : new PageMeta($"Top stories in {Languages.Name(language)}", site.Options.Tagline, "/?lang=" + language,
                [FeedLink.Front(site.Options.Title), FeedLink.Language(site.Options.Title, language)]);
        return Layout.Render(site, meta, h =>
        {
            h.Element("h1", language is null ? "Top stories" : $"Top stories in {Languages.Name(language)}",
                ("class", language is null ? "visually-hidden" : "page-title")).Line();
            if (ranked.Count == 0)
            {
                h.Element("p", language is null
                    ? "No stories have been published yet. Stories appear here once several outlets report an event and every sentence has been checked."
                    : $"No story in {Languages.Name(language)} has been published yet.", ("class", "empty")).Line();
                return;
            }

            h.Open("section", ("class", "lead"), ("aria-label", "Lead story")).Line();
            StoryList.Teaser(h, ranked[0], "h2", withLede: true, "lead-story");
            h.Close("section").Line();

            var top = ranked.Skip(1).Take(TopStories).ToList();
            if (top.Count > 0)
            {
                h.Open("section", ("class", "top"), ("aria-labelledby", "top-heading")).Line();
                h.Element("h2", "Also in the news", ("id", "top-heading"), ("class", "section-heading")).Line();
                h.Open("div", ("class", "grid")).Line();
                foreach (var story in top)
                {
                    StoryList.Teaser(h, story, "h3", withLede: true);
                }

                h.Close("div").Close("section").Line();
            }

            Sections(h, ranked.Skip(1 + TopStories).ToList());
            if (hasMore)
            {
                h.Open("nav", ("class", "pager"), ("aria-label", "Pages")).Link(PageHref(2, language), "Older stories", ("rel", "next")).Close("nav").Line();
            }
        });
    }

    /// <summary>The remaining stories grouped by their first topic, sections ordered by their best story.</summary>
    private static void Sections(HtmlBuilder h, IReadOnlyList<PublishedStorySummary> rest)
    {
        var sections = rest
            .GroupBy(s => s.Topics.Count > 0 ? s.Topics[0] : "More news", StringComparer.OrdinalIgnoreCase)
            .Take(MaxSections);
        foreach (var section in sections)
        {
            var key = Slug.ForTerm(section.Key);
            h.Open("section", ("class", "topic-section"), ("aria-labelledby", "section-" + key)).Line();
            h.Open("h2", ("id", "section-" + key), ("class", "section-heading"));
            if (section.Key == "More news")
            {
                h.Text(section.Key);
            }
            else
            {
                h.Link("/topic/" + key, section.Key);
            }

            h.Close("h2").Line();
            h.Open("div", ("class", "grid")).Line();
            foreach (var story in section.Take(PerSection))
            {
                StoryList.Teaser(h, story, "h3", withLede: false);
            }

            h.Close("div").Close("section").Line();
        }
    }

    /// <summary>Page 2 and beyond: the ranked list.</summary>
    public static string RenderPage(SiteContext site, IReadOnlyList<PublishedStorySummary> stories, int page, bool hasMore, string? language = null)
    {
        var title = language is null ? $"Top stories, page {page}" : $"Top stories in {Languages.Name(language)}, page {page}";
        var feeds = language is null
            ? [FeedLink.Front(site.Options.Title)]
            : new List<FeedLink> { FeedLink.Front(site.Options.Title), FeedLink.Language(site.Options.Title, language) };
        var meta = new PageMeta(title, site.Options.Tagline, PageHref(page, language), feeds);
        return Layout.Render(site, meta, h =>
        {
            h.Element("h1", title, ("class", "page-title")).Line();
            StoryList.Paged(h, stories, page, hasMore, p => PageHref(p, language));
        });
    }

    /// <summary>The address of a front page: <c>/</c>, <c>/?page=2</c>, <c>/?lang=de</c>, <c>/?lang=de&amp;page=2</c>.</summary>
    public static string PageHref(int page, string? language) => (page, language) switch
    {
        (1, null) => "/",
        (_, null) => $"/?page={page}",
        (1, _) => $"/?lang={language}",
        _ => $"/?lang={language}&page={page}",
    };
}
