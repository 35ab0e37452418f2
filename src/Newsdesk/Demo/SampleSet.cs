namespace Newsdesk.Demo;

/// <summary>The feed format an outlet publishes (samples/outlets/*/outlet.json "feed.format").</summary>
public enum SampleFeedFormat
{
    Rss,
    Rdf,
    Atom,
    Json,
}

/// <summary>A story-time window, as offsets from the start of the replay.</summary>
public sealed record StoryWindow(TimeSpan From, TimeSpan To)
{
    public bool Contains(TimeSpan offset) => offset >= From && offset < To;
}

/// <summary>
/// Faults an outlet shows on purpose so the pipeline meets them offline: a feed that is not
/// well-formed XML (but that a lenient parser can still read in part), and windows of story
/// time during which the feed answers 500.
/// </summary>
public sealed record SampleFaults(bool MalformedFeed, IReadOnlyList<StoryWindow> FeedErrorWindows)
{
    public static SampleFaults None { get; } = new(false, []);
}

/// <summary>
/// A second feed of the same outlet listing only some sections (as broadcasters publish regional
/// feeds): the same items, with the same links, as in the main feed.
/// </summary>
public sealed record SampleSectionFeed(string Path, string Title, IReadOnlyList<string> Sections);

/// <summary>One fictional outlet: its name, its feed(s) and the template of its article pages.</summary>
public sealed record SampleOutlet(
    string Slug,
    string Name,
    string Kind,
    string Description,
    SampleFeedFormat FeedFormat,
    string FeedPath,
    string Template,
    string ArticlePath,
    string? FeedLinkQuery,
    bool FullTextInFeed,
    SampleFaults Faults,
    IReadOnlyList<SampleSectionFeed>? SectionFeeds = null,
    bool RedirectFeedLinks = false,
    string? Charset = null)
{
    /// <summary>The charset of the outlet's XML feed and pages: UTF-8 unless the outlet declares ISO-8859-1.</summary>
    public System.Text.Encoding Encoding => Charset == SampleCharsets.Latin1 ? System.Text.Encoding.Latin1 : SampleCharsets.Utf8;

    public IReadOnlyList<SampleSectionFeed> SectionFeedList => SectionFeeds ?? [];
}

/// <summary>
/// One fictional article. <see cref="Paragraphs"/> is the full text (a wire copy's is the
/// agency text as the reprinting outlet edited it); <see cref="Path"/> is the page's path
/// under the outlet's folder on the replay server.
/// </summary>
public sealed record SampleArticle(
    string Id,
    string Outlet,
    string Event,
    TimeSpan PublishedOffset,
    string Headline,
    string Author,
    string Section,
    string Summary,
    string? Caption,
    IReadOnlyList<string> Paragraphs,
    bool Paywalled,
    string? WireCopyOf,
    string Path);

/// <summary>The whole bundled sample set: the replay's story-time frame, the outlets and their articles.</summary>
public sealed record SampleSet(
    string Root,
    DateTimeOffset StoryStart,
    TimeSpan StoryLength,
    IReadOnlyList<SampleOutlet> Outlets,
    IReadOnlyList<SampleArticle> Articles)
{
    public SampleOutlet? FindOutlet(string slug) => Outlets.FirstOrDefault(o => o.Slug == slug);

    public IEnumerable<SampleArticle> ArticlesOf(string outlet) => Articles.Where(a => a.Outlet == outlet);
}
