using Newsdesk.Articles;
using Newsdesk.Verification;
using Newsdesk.Writing;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>
/// The publication gate: nothing the sources do not support is published, whichever part of the
/// story it is (headline, dateline, subhead, lede, paragraph, bullet, fact row). One row per
/// behaviour: what the draft says in that part, and what the gate publishes in its place.
/// </summary>
public sealed class PublicationGateTests
{
    private static readonly Article Wire = new(
        "w1", "https://wire.example.test/1", "Example Wire", "Storm floods Geneva",
        "GENEVA (Example Wire) - A storm flooded the old town of Geneva on Monday, police said. Twelve people were hurt in the floods.\n\n"
        + "Mayor Anna Keller said the river rose by two metres overnight. \"We have never seen water this high,\" Keller said.\n\n"
        + "The council will meet on November 30, 2026 to decide on repairs.",
        new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));

    private static readonly Article Post = new(
        "p1", "https://post.example.test/1", "Daily Post", "Geneva hit by floods",
        "Floods hit Geneva on Monday. Police said 12 people were hurt. Fire chief Tom Brand said the pumps ran all night.",
        new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    /// <summary>An article the draft does not list: a part that only it supports adds it to the sources list.</summary>
    private static readonly Article Radio = new(
        "r1", "https://radio.example.test/1", "City Radio", "Trams halted in Lausanne",
        "Trams were halted in Lausanne as the storm moved east.",
        new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    private static readonly IReadOnlyList<Article> Articles = [Wire, Post, Radio];

    private static CitedSentence S(string text, params string[] cites) => new(text, cites);

    private static StorySection Section(string heading, params CitedSentence[] sentences) => new(heading, [sentences], []);

    /// <summary>A draft whose every part the sources support.</summary>
    private static readonly Story Draft = new(
        "Storm floods Geneva",
        "GENEVA, Nov. 24, 2026",
        "A storm flooded the old town of Geneva on Monday, police said.",
        ["w1"],
        [
            Section("Twelve people were hurt", S("Twelve people were hurt in the floods.", "w1"), S("Police said 12 people were hurt.", "p1")),
            new StorySection("What Anna Keller and Tom Brand said", [], [
                S("\"We have never seen water this high,\" Keller said. Mayor Anna Keller said the river rose by two metres overnight.", "w1"),
                S("Fire chief Tom Brand said the pumps ran all night.", "p1"),
            ]),
            Section("What comes next", S("The council will meet on November 30, 2026 to decide on repairs.", "w1")),
        ],
        [new StoryFact("Hurt", "12 people", ["p1"])],
        [new StorySource("w1", "Example Wire", Wire.Title, Wire.Url, Wire.Published), new StorySource("p1", "Daily Post", Post.Title, Post.Url, Post.Published)]);

    public sealed record Case(string Name, Func<Story, Story> Change, Func<Story, object?> Read, object? Published, StoryPart? Refused)
    {
        public override string ToString() => Name;
    }

    private static Story Heading(Story s, int i, string heading) => s with { Sections = s.Sections.Select((x, j) => j == i ? x with { Heading = heading } : x).ToList() };

    public static TheoryData<Case> Cases => new()
    {
        new("a supported draft is published as written", s => s, s => s.Headline + " | " + s.Dateline, "Storm floods Geneva | GENEVA, Nov. 24, 2026", null),
        new("a headline with an invented name gives way to a source headline", s => s with { Headline = "Storm floods Geneva, Mayor John Whitcombe says" },
            s => s.Headline, "Storm floods Geneva", StoryPart.Headline),
        new("a headline with a changed number gives way to a source headline", s => s with { Headline = "Storm hurts 40 in Geneva" },
            s => s.Headline, "Storm floods Geneva", StoryPart.Headline),
        new("a headline with a negation added gives way", s => s with { Headline = "Storm does not flood Geneva" },
            s => s.Headline, "Storm floods Geneva", StoryPart.Headline),
        new("a dateline place no source names is left out", s => s with { Dateline = "PARIS, Nov. 24, 2026" }, s => s.Dateline, "Nov. 24, 2026", StoryPart.Dateline),
        new("a dateline day no source was published on or writes is left out", s => s with { Dateline = "GENEVA, Nov. 21, 2026" }, s => s.Dateline, "GENEVA", StoryPart.Dateline),
        new("a dateline day a source writes in its text is kept", s => s with { Dateline = "GENEVA, Nov. 30, 2026" }, s => s.Dateline, "GENEVA, Nov. 30, 2026", null),
        new("a dateline day written day first is read", s => s with { Dateline = "GENEVA, 24 November 2026" }, s => s.Dateline, "GENEVA, 24 November 2026", null),
        new("a dateline of a place alone", s => s with { Dateline = "Geneva" }, s => s.Dateline, "Geneva", null),
        new("a dateline place written with other punctuation", s => s with { Dateline = "OLD-TOWN" }, s => s.Dateline, "OLD-TOWN", null),
        new("a dateline place only an unlisted source names lists that source", s => s with { Dateline = "LAUSANNE" },
            s => s.Dateline + " | " + string.Join(",", s.Sources.Select(x => x.Id)), "LAUSANNE | w1,p1,r1", null),
        new("a subhead with a changed number becomes furniture", s => Heading(s, 0, "Forty people were hurt"), s => s.Sections[0].Heading, "The story", StoryPart.Subhead),
        new("a later subhead with an invented name becomes furniture", s => Heading(s, 2, "Councillor Marta Lindqvist will decide"), s => s.Sections[2].Heading, "More details", StoryPart.Subhead),
        new("a model's free heading the sources support is kept", s => Heading(s, 0, "Floods hurt twelve people"), s => s.Sections[0].Heading, "Floods hurt twelve people", null),
        new("'What X and Y said' loses a speaker whose bullet was refused", s => s with
            {
                Sections = s.Sections.Select((x, j) => j == 1 ? x with { Bullets = [x.Bullets[0], S("Fire chief Tom Brand said 400 pumps ran all night.", "p1")] } : x).ToList(),
            },
            s => s.Sections[1].Heading, "What Anna Keller said", StoryPart.Subhead),
        new("'What X said' naming no kept bullet's speaker", s => Heading(s, 1, "What Paul Tavistock said"), s => s.Sections[1].Heading, "What was said", StoryPart.Subhead),
        new("'Reports differ' without its framing sentence becomes furniture", s => Heading(s, 0, "Reports differ on the number hurt"), s => s.Sections[0].Heading, "The story", StoryPart.Subhead),
        new("a refused lede is replaced by the first kept sentence, said once", s => s with { Lede = "A storm flooded the old town of Geneva on Monday, killing 40 people." },
            s => s.Lede + " | " + string.Join(" ", s.Sections.SelectMany(x => x.Paragraphs).SelectMany(p => p).Select(x => x.Text)),
            "Twelve people were hurt in the floods. | Police said 12 people were hurt. The council will meet on November 30, 2026 to decide on repairs.", StoryPart.Lede),
        new("a two-sentence bullet with one unsupported sentence is left out whole", s => s with
            {
                Sections = s.Sections.Select((x, j) => j == 1 ? x with { Bullets = [S("\"We have never seen water this high,\" Keller said. Keller said 40 homes were lost.", "w1"), x.Bullets[1]] } : x).ToList(),
            },
            s => s.Sections[1].Bullets.Count + " | " + s.Sections[1].Heading, "1 | What Tom Brand said", StoryPart.Bullet),
        new("a fact row whose number the sources do not hold is left out", s => s with { Facts = [new StoryFact("Hurt", "14 people", ["p1"])] },
            s => s.Facts.Count, 0, StoryPart.Fact),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void PublishesOnlyWhatTheSourcesSupport(Case c)
    {
        var gated = new PublicationGate(new Verifier()).Check(c.Change(Draft), Articles);
        Assert.NotNull(gated.Story);
        var refused = gated.Parts.Where(p => !p.Supported).ToList();
        Assert.True(c.Read(gated.Story!)?.Equals(c.Published) == true,
            $"{c.Name}: published '{c.Read(gated.Story!)}', expected '{c.Published}'; refused: {string.Join(" | ", refused.Select(p => $"{p.Part} '{p.Text}' ({string.Join("; ", p.Reasons)})"))}");
        if (c.Refused is { } part)
        {
            Assert.Contains(refused, p => p.Part == part && p.Reasons.Count > 0);
        }
        else
        {
            Assert.Empty(refused);
        }
    }

    [Fact]
    public void NothingIsPublishedWhenNoSentenceIsSupported()
    {
        var draft = Draft with
        {
            Lede = "Marcus Whitcombe flooded Paris.",
            Sections = [Section("The story", S("Forty people drowned in Lyon.", "w1"))],
            Facts = [],
        };
        var gated = new PublicationGate(new Verifier()).Check(draft, Articles);
        Assert.Null(gated.Story);
        Assert.Equal(2, gated.SentencesFlagged);
    }

    [Fact]
    public void EveryPartOfTheDraftGetsAVerdict()
    {
        var gated = new PublicationGate(new Verifier()).Check(Draft, Articles);
        var parts = gated.Parts.Select(p => p.Part).ToHashSet();
        Assert.Equal(Enum.GetValues<StoryPart>().ToHashSet(), parts);
        Assert.Equal(0, gated.FramingRefused);
        Assert.Equal(gated.SentencesChecked, gated.SentencesSupported);
    }
}
