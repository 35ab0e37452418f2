using Newsdesk.Text;



namespace Newsdesk.Core.Tests.Text;

public sealed class SlugTests
{
    public sealed record Case(string Name, string? Headline, string? Suffix, string Expected);

    public static TheoryData<Case> Cases => new()
    {
        new("plain headline", "Fed official says weak data caused by weather", null, "fed-official-says-weak-data-caused-by-weather"),
        new("apostrophes vanish, punctuation separates", "Fed's Plosser: Taper pace, 2014!", null, "feds-plosser-taper-pace-2014"),
        new("accents are folded", "Zürich café reopens in Malmö", null, "zurich-cafe-reopens-in-malmo"),
        new("suffix is appended", "Twitter is down", "7", "twitter-is-down-7"),
        new("suffix is cleaned", "Twitter is down", "Ab_9!", "twitter-is-down-ab-9"),
        new("empty headline", "", null, "story"),
        new("null headline with suffix", null, "42", "story-42"),
        new("only symbols", "!!! ??? ***", null, "story"),
        new("non-Latin script falls back", "地震", "3", "story-3"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MakesSlugs(Case row) => Assert.Equal(row.Expected, Slug.From(row.Headline, row.Suffix));

    public sealed record TermCase(string Name, string Term, string Expected);

    public static TheoryData<TermCase> TermCases => new()
    {
        new("a name", "Bank of England", "bank-of-england"),
        new("sharp s and ligatures fold as in headlines (regression: was \"stra-e\")", "Straße Æsir Œuvre", "strasse-aesir-oeuvre"),
        new("a combining accent is dropped, not a word break", "Cafe\u0301 de Flore", "cafe-de-flore"),
        new("apostrophes vanish", "People's Bank", "peoples-bank"),
        new("nothing usable", "地震 — !!!", ""),
    };

    [Theory]
    [MemberData(nameof(TermCases))]
    public void MakesRouteKeys(TermCase row)
    {
        Assert.Equal(row.Expected, Slug.ForTerm(row.Term));
        Assert.True(row.Expected.Length == 0 || Slug.IsWellFormed(row.Expected));
    }

    [Fact]
    public void LongTermsAreCutAtAWordBoundaryWithinTheRouteBound()
    {
        var key = Slug.ForTerm(string.Join(' ', Enumerable.Repeat("parliament", 100)));

        Assert.True(key.Length <= Slug.MaxLength);
        Assert.True(Slug.IsWellFormed(key));
        Assert.EndsWith("-parliament", key, StringComparison.Ordinal);
    }

    [Fact]
    public void LongHeadlinesAreCutAtAWordBoundaryWithinTheBound()
    {
        var headline = string.Join(' ', Enumerable.Repeat("earthquake", 40));

        var slug = Slug.From(headline, "12345");

        Assert.True(slug.Length <= Slug.MaxStoryLength);
        Assert.EndsWith("earthquake-12345", slug, StringComparison.Ordinal);
        Assert.DoesNotContain("--", slug, StringComparison.Ordinal);
    }

    [Fact]
    public void SlugsAreAsciiAndStable()
    {
        var slug = Slug.From("Ünïcödé — “quotes” & ampersands", "x");

        Assert.Equal(slug, Slug.From("Ünïcödé — “quotes” & ampersands", "x"));
        Assert.All(slug, c => Assert.True(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'));
    }

    public sealed record FitCase(string Name, string Slug, string Headline, bool Fits);

    /// <summary>Slugs and later headlines of the real feeds (May 2020), and rewordings that keep their address.</summary>
    public static TheoryData<FitCase> FitCases => new()
    {
        new("another event's slug", "kias-new-rio-supermini-gets-hybrid-technology-for-2020", "Rio Tinto apologises for destroying 46,000-year-old Aboriginal site", false),
        new("another sport", "victorian-premier-under-fire-over-state-secrecy", "Premier League clubs vote to resume training", false),
        new("a crash became a shooting", "qld-woman-dies-in-three-car-collision", "Man shot dead by police in Queensland", false),
        new("a headline that grew", "trump-signs-order", "Trump signs order on social media companies", true),
        new("reworded, the same words", "twitter-labels-trump-tweets", "Trump tweets get Twitter fact-check labels", true),
        new("the counter does not count", "trump-signs-order-2", "Trump signs order", true),
        new("small words only", "the-of-a", "Anything at all", true),
    };

    [Theory]
    [MemberData(nameof(FitCases))]
    public void ASlugFitsAHeadlineThatStillUsesHalfItsWords(FitCase row) => Assert.Equal(row.Fits, Slug.StillFits(row.Slug, row.Headline));
}
