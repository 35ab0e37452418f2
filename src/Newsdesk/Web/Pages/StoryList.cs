using System.Globalization;
using Newsdesk.Publishing;
using Newsdesk.Text;
using Newsdesk.Web.Html;

namespace Newsdesk.Web.Pages;

/// <summary>
/// Story teasers: headline link, Breaking mark, lede, time and outlet count. The headline and lede
/// carry the story's <c>lang</c> (the site's own words around them stay in the page's language).
/// </summary>
internal static class StoryList
{
    public static void Teaser(HtmlBuilder h, PublishedStorySummary story, string headingTag, bool withLede, string? cssClass = null)
    {
        h.Open("article", ("class", cssClass is null ? "teaser" : "teaser " + cssClass)).Line();
        h.Open(headingTag, ("class", "teaser-headline"), ("lang", story.Language));
        if (story.Breaking)
        {
            h.Element("span", "Breaking", ("class", "breaking"), ("lang", story.Language == Languages.Default ? null : Languages.Default)).Text(" ");
        }

        h.Link("/story/" + story.Slug, story.Headline).Close(headingTag).Line();
        if (withLede && story.Lede.Length > 0)   // a story of headlines alone may have none
        {
            h.Element("p", story.Lede, ("class", "teaser-lede"), ("lang", story.Language)).Line();
        }

        Meta(h, story);
        h.Close("article").Line();
    }

    public static void Meta(HtmlBuilder h, PublishedStorySummary story)
    {
        h.Open("p", ("class", "teaser-meta"));
        Layout.Time(h, story.Updated, story.Revision > 1 ? "Updated " : null);
        h.Text(" · " + Outlets(story.DistinctOutlets));
        h.Close("p").Line();
    }

    public static string Outlets(int count) =>
        count == 1 ? "1 outlet" : count.ToString(CultureInfo.InvariantCulture) + " outlets";

    /// <summary>A plain list of teasers with "newer"/"older" links; <paramref name="hasMore"/> says whether a next page exists.</summary>
    public static void Paged(HtmlBuilder h, IReadOnlyList<PublishedStorySummary> stories, int page, bool hasMore, Func<int, string> pageHref)
    {
        h.Open("div", ("class", "story-list")).Line();
        foreach (var story in stories)
        {
            Teaser(h, story, "h2", withLede: true);
        }

        h.Close("div").Line();
        if (page > 1 || hasMore)
        {
            h.Open("nav", ("class", "pager"), ("aria-label", "Pages"));
            if (page > 1)
            {
                h.Link(pageHref(page - 1), "Newer stories", ("rel", "prev"));
            }

            if (hasMore)
            {
                h.Link(pageHref(page + 1), "Older stories", ("rel", "next"));
            }

            h.Close("nav").Line();
        }
    }
}
