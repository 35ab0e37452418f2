namespace Newsdesk.Publishing;

/// <summary>Bounds on what a request may ask for; anything outside them is a 400, never a big query.</summary>
public static class Paging
{
    /// <summary>Stories per page on the site and in the API.</summary>
    public const int PageSize = 20;

    /// <summary>The deepest page served: 1,000 pages of 20 is more than a news site's live archive.</summary>
    public const int MaxPage = 1000;

    /// <summary>Longest search query accepted, in characters.</summary>
    public const int MaxQueryChars = 200;

    /// <summary>Most search terms used from one query; the rest are ignored.</summary>
    public const int MaxQueryTerms = 12;

    /// <summary>Stories in each feed.</summary>
    public const int FeedItems = 50;

    /// <summary>Stories listed in sitemap.xml (the sitemap protocol allows 50,000; news sitemaps 1,000).</summary>
    public const int SitemapItems = 1000;

    /// <summary>Stories of one thread listed at most (the newest, shown oldest first), on its page, in its feed and in the API.</summary>
    public const int MaxThreadStories = 100;

    /// <summary>Parses a <c>page</c> query value: absent means 1; anything else must be 1..MaxPage.</summary>
    public static int? ParsePage(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 1;
        }

        return value.Length <= 4 && int.TryParse(value, System.Globalization.NumberStyles.None, null, out var page)
               && page is >= 1 and <= MaxPage
            ? page
            : null;
    }
}
