namespace Newsdesk.Demo;

/// <summary>A rendered feed: its body, its media type and charset, and when it last changed in story time.</summary>
public sealed record FeedDocument(string Body, string MediaType, System.Text.Encoding Encoding, DateTimeOffset LastModified);

/// <summary>What a feed writer needs for one outlet at one moment of the replay.</summary>
internal sealed record FeedContext(
    SampleOutlet Outlet,
    Uri OutletHome,
    Uri FeedUrl,
    DateTimeOffset StoryStart,
    IReadOnlyList<SampleArticle> Items,
    string? FeedTitle = null)
{
    /// <summary>The feed's title: the outlet's name, or a section feed's own title.</summary>
    public string Title => FeedTitle ?? Outlet.Name;

    public DateTimeOffset PublishedAt(SampleArticle article) => StoryStart + article.PublishedOffset;

    /// <summary>
    /// The item's link as the feed gives it: the page URL, or the outlet's click-through redirect
    /// (<c>r/&lt;id&gt;</c>, answered with a 301 to the page), with the outlet's tracking query if it adds one.
    /// </summary>
    public string LinkOf(SampleArticle article)
    {
        var link = Outlet.RedirectFeedLinks ? new Uri(OutletHome, SampleOutletSite.RedirectPrefix + article.Id).AbsoluteUri : PageUrl(article);
        return Outlet.FeedLinkQuery is { } query ? link + "?" + query : link;
    }

    public string PageUrl(SampleArticle article) => new Uri(OutletHome, article.Path).AbsoluteUri;

    /// <summary>The newest item's time, or the start of the story when the feed is still empty.</summary>
    public DateTimeOffset Updated => Items.Count == 0 ? StoryStart : Items.Max(PublishedAt);

    /// <summary>Whether an item's full text goes into the feed (never a paywalled one's).</summary>
    public bool CarriesText(SampleArticle article) => Outlet.FullTextInFeed && !article.Paywalled;

    public static string Html(SampleArticle article) =>
        string.Concat(article.Paragraphs.Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>"));
}
