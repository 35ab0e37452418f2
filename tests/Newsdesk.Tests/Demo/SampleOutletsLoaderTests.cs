using Newsdesk.Demo;

namespace Newsdesk.Tests.Demo;

/// <summary>A bad edit to the samples fails at start with a message naming the file and the problem.</summary>
public sealed class SampleOutletsLoaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsdesk-samples-" + Guid.NewGuid().ToString("N"));

    public SampleOutletsLoaderTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "outlets", "wire"));
        Directory.CreateDirectory(Path.Combine(_root, "articles"));
        File.WriteAllText(Path.Combine(_root, "manifest.json"), """{ "storyStart": "2026-11-16T06:00:00Z", "storyLength": "+24h" }""");
        File.WriteAllText(Path.Combine(_root, "outlets", "wire", "outlet.json"),
            """{ "name": "Wire", "feed": { "format": "rss" }, "template": "wire", "articlePath": "news/{yyyy}/{MM}/{dd}/{slug}" }""");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private const string Good = """
        ---
        outlet: wire
        event: e1
        published: +1h30m
        headline: Something Happened, Officials Say
        author: A. Reporter
        summary: Something happened.
        ---
        First paragraph
        wraps here.

        Second paragraph.
        """;

    public sealed record Case(string Name, string FileName, string Text, string ExpectedInMessage)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> BadArticles => new()
    {
        new("no front matter", "a.md", "just text", "front matter"),
        new("front matter not closed", "a.md", "---\noutlet: wire\n", "not closed"),
        new("missing headline", "a.md", Good.Replace("headline: Something Happened, Officials Say\n", ""), "'headline' is required"),
        new("bad offset", "a.md", Good.Replace("+1h30m", "ninety minutes"), "not an offset"),
        new("after the story ends", "a.md", Good.Replace("+1h30m", "+30h"), "after the story ends"),
        new("unknown outlet", "a.md", Good.Replace("outlet: wire", "outlet: nobody"), "unknown outlet 'nobody'"),
        new("copy of a missing original", "a.md", Good.Replace("author: A. Reporter", "author: A. Reporter\ncopyOf: ghost"), "copyOf 'ghost'"),
        new("declared id differs from the file name", "a.md", Good.Replace("outlet: wire", "id: b\noutlet: wire"), "does not match"),
    };

    [Theory]
    [MemberData(nameof(BadArticles))]
    public void Rejects_a_bad_article_naming_it(Case c)
    {
        File.WriteAllText(Path.Combine(_root, "articles", c.FileName), c.Text);
        var error = Assert.Throws<SampleSetException>(() => SampleSetLoader.Load(_root));
        Assert.Contains(c.ExpectedInMessage, error.Message);
    }

    [Fact]
    public void Loads_an_article_and_resolves_a_trimmed_wire_copy()
    {
        File.WriteAllText(Path.Combine(_root, "articles", "orig.md"), Good);
        File.WriteAllText(Path.Combine(_root, "articles", "copy.md"), """
            ---
            outlet: wire
            event: e1
            published: +2h
            headline: Reprinted
            author: Wire
            summary: Something happened.
            copyOf: orig
            dropLast: 1
            ---
            """);

        var set = SampleSetLoader.Load(_root);

        var orig = set.Articles.Single(a => a.Id == "orig");
        Assert.Equal(["First paragraph wraps here.", "Second paragraph."], orig.Paragraphs);
        Assert.Equal(TimeSpan.FromMinutes(90), orig.PublishedOffset);
        Assert.Equal("news/2026/11/16/something-happened-officials-say", orig.Path);
        var copy = set.Articles.Single(a => a.Id == "copy");
        Assert.Equal("orig", copy.WireCopyOf);
        Assert.Equal(["First paragraph wraps here."], copy.Paragraphs);
    }

    [Fact]
    public void A_missing_samples_folder_is_a_clear_error()
    {
        var error = Assert.Throws<SampleSetException>(() => SamplesLocator.Locate(Path.Combine(_root, "nowhere")));
        Assert.Contains("manifest.json is missing", error.Message);
    }

    public sealed record DurationCase(string Text, double? Minutes);

    public static TheoryData<DurationCase> Durations => new()
    {
        new("+0h40m", 40),
        new("+26h", 26 * 60),
        new("+1d2h30m", (26 * 60) + 30),
        new("45m", 45),
        new("+", null),
        new("", null),
        new("+1h-5m", null),
        new("soon", null),
    };

    [Theory]
    [MemberData(nameof(Durations))]
    public void Parses_story_offsets(DurationCase c)
    {
        var ok = SampleDuration.TryParse(c.Text, out var value);
        Assert.Equal(c.Minutes is not null, ok);
        if (c.Minutes is { } minutes)
        {
            Assert.Equal(TimeSpan.FromMinutes(minutes), value);
        }
    }

    [Theory]
    [InlineData("TRAIN HORROR: 14 hurt as packed commuter train tips on bridge", "train-horror-14-hurt-as-packed-commuter-train-tips-on-bridge")]
    [InlineData("Bug in the water! 23,000 homes told DON'T drink from the tap", "bug-in-the-water-23-000-homes-told-dont-drink-from-the-tap")]
    [InlineData("\"We just did what anyone would do\": Riverside Terrace neighbours helped derailment survivors", "we-just-did-what-anyone-would-do-riverside-terrace-neighbours")]
    public void Slugs_headlines_as_a_cms_would(string headline, string slug) =>
        Assert.Equal(slug, ArticlePaths.Slug(headline));
}
