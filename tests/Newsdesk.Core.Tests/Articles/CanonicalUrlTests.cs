namespace Newsdesk.Articles;

public sealed class CanonicalUrlTests
{
    public static TheoryData<string, string, bool, string> Cases => new()
    {
        { "utm parameters removed, others kept", "https://example.com/a?id=7&utm_source=rss&utm_medium=feed", false, "https://example.com/a?id=7" },
        { "click ids removed", "https://example.com/a?fbclid=x&gclid=y&mc_cid=1&mc_eid=2&igshid=3", false, "https://example.com/a" },
        { "fragment dropped", "https://example.com/a#comments", false, "https://example.com/a" },
        { "host lower-cased", "https://WWW.Example.COM/Path", false, "https://www.example.com/Path" },
        { "default port removed", "https://example.com:443/a", false, "https://example.com/a" },
        { "other port kept", "http://example.com:8080/a", false, "http://example.com:8080/a" },
        { "AMP path suffix", "https://example.com/news/story/amp/", false, "https://example.com/news/story/" },
        { "AMP query flag", "https://example.com/news/story?amp=1", false, "https://example.com/news/story" },
        { "AMP html file", "https://example.com/news/story.amp.html", false, "https://example.com/news/story.html" },
        { "AMP path prefix", "https://example.com/amp/news/story", false, "https://example.com/news/story" },
        { "amp. host", "https://amp.example.com/news/story", false, "https://example.com/news/story" },
        { "m. host", "https://m.example.com/news/story", false, "https://example.com/news/story" },
        { "mobile. host", "https://mobile.example.co.uk/a", false, "https://example.co.uk/a" },
        { "a two-label m host is a site, not a variant", "https://m.com/a", false, "https://m.com/a" },
        { "a known canonical link keeps the AMP path", "https://amp.example.com/news/story/amp/", true, "https://amp.example.com/news/story/amp/" },
        { "path case and encoded characters kept", "https://example.com/Caf%C3%A9?q=a%20b", false, "https://example.com/Caf%C3%A9?q=a%20b" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Urls_normalise_to_one_spelling(string name, string input, bool hasCanonicalLink, string expected)
    {
        Assert.True(CanonicalUrl.Normalize(new Uri(input), hasCanonicalLink).AbsoluteUri == expected, $"{name}: {CanonicalUrl.Normalize(new Uri(input), hasCanonicalLink).AbsoluteUri}");
    }
}
