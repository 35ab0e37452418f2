using Newsdesk.Publishing;

namespace Newsdesk.Web.Pages;

/// <summary>
/// <c>/thread/{slug}</c>: the whole thread of a story as a timeline, oldest first: the event and its
/// developments (the shooting, the arrest, the charges), each with its date, headline, link and lede.
/// </summary>
internal static class ThreadPage
{
    public static string Render(SiteContext site, PublishedStory story, IReadOnlyList<PublishedStorySummary> thread)
    {
        var first = thread.Count > 0 ? thread[0] : story.ToSummary();
        var title = "Thread: " + first.Headline;
        var feeds = new[] { FeedLink.Front(site.Options.Title), FeedLink.Thread(site.Options.Title, first.Headline, first.Slug) };
        var meta = new PageMeta(title, $"{StoryPage.Count(thread.Count, "story")} following one event and its developments, oldest first.", "/thread/" + story.Slug, feeds);
        return Layout.Render(site, meta, h =>
        {
            h.Element("h1", title, ("class", "page-title")).Line();
            h.Element("p", $"{StoryPage.Count(thread.Count, "story")} in this thread, oldest first. Each story was written by software from the outlets it cites.", ("class", "result-count")).Line();
            StoryPage.Timeline(h, thread, withLede: true);
        });
    }
}
