using Newsdesk.Articles;
using Newsdesk.Stories;

namespace Newsdesk.Core.Tests.Stories;

/// <summary>
/// Which of an article's names name a place (<see cref="PlaceNames"/>), and the rule threads use:
/// one shared place is not enough for a link (two happenings in one city are not one chain of
/// developments; the May 2020 feeds' threads chained by "Auckland" and "Sydney").
/// </summary>
public sealed class PlaceNamesTests
{
    private static readonly DateTimeOffset T0 = new(2020, 5, 8, 12, 0, 0, TimeSpan.Zero);

    public sealed record PlaceCase(string Name, string Text, string[] Places, string[] NotPlaces);

    public static TheoryData<PlaceCase> Cases => new()
    {
        new("a city in the gazetteer", "The council said on Monday that buses in Auckland would run again.", ["auckland"], []),
        new("a place of two words: the pair and its last word name it", "Crowds gathered in the streets of Hong Kong on Sunday to protest against the proposed law.", ["hong_kong", "kong"], []),
        new("a run ending in a kind of place", "Officials said that cases in Orange County rose again.", ["orang_counti", "counti"], []),
        new("a person whose first name is also a town is no place", "The family of George Floyd asked for the officers to be charged.", [], ["floyd", "georg_floyd"]),
        new("a person is no place", "The former champion Mike Tyson said he was training again.", [], ["tyson", "mike_tyson"]),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void NamesOfPlacesAreMarked(PlaceCase c)
    {
        var profile = new ArticleFeatures(new StoryClustererOptions(), new StreamVocabulary())
            .Profile(new Article("1", "https://example.test/1", "outlet", "Report", c.Text, T0));
        var places = profile.Places ?? new Dictionary<string, string>();

        Assert.All(c.Places, p => Assert.True(places.ContainsKey(p), $"{c.Name}: {p} not a place in [{string.Join(", ", places.Keys)}] (names: {string.Join(", ", profile.Names.Lookup.Keys)})"));
        Assert.All(c.NotPlaces, p => Assert.False(places.ContainsKey(p), $"{c.Name}: {p} taken for a place"));
    }

    public sealed record SharedCase(string Name, string[] Core, string[] Article, Dictionary<string, string> Places, bool MoreThanAPlace, bool Shared);

    private static readonly Dictionary<string, string> AucklandPlaces = new() { ["auckland"] = "auckland" };
    private static readonly Dictionary<string, string> TwoPlaces = new() { ["auckland"] = "auckland", ["wellington"] = "wellington" };
    private static readonly Dictionary<string, string> OnePlaceTwoTerms = new() { ["hong_kong"] = "hong kong", ["kong"] = "hong kong" };

    public static TheoryData<SharedCase> SharedCases => new()
    {
        new("one shared place is enough without the rule", ["auckland", "goff"], ["auckland", "skyciti"], AucklandPlaces, false, true),
        new("one shared place is not enough with it", ["auckland", "goff"], ["auckland", "skyciti"], AucklandPlaces, true, false),
        new("a shared place and a shared person are enough", ["auckland", "goff"], ["auckland", "goff"], AucklandPlaces, true, true),
        new("two shared places are enough", ["auckland", "wellington"], ["auckland", "wellington"], TwoPlaces, true, true),
        new("a place of two words counts once", ["hong_kong", "kong"], ["hong_kong", "kong"], OnePlaceTwoTerms, true, false),
    };

    [Theory]
    [MemberData(nameof(SharedCases))]
    public void ThreadsNeedMoreThanOneSharedPlace(SharedCase c)
    {
        var (core, article) = CoreAndArticle(c.Core, c.Article, c.Places);

        // A young stream: every name is specific (held by fewer documents than the floor).
        Assert.Equal(c.Shared, SpecificNames.Shared(core, article, new StreamVocabulary(), new StoryClustererOptions(), c.MoreThanAPlace));
    }

    public sealed record AnchorCase(string Name, string[] Core, string[] Article, Dictionary<string, string> Places, int Anchors);

    public static TheoryData<AnchorCase> AnchorCases => new()
    {
        new("nothing shared", ["auckland", "goff"], ["wellington"], TwoPlaces, 0),
        new("one place", ["auckland", "goff"], ["auckland", "skyciti"], AucklandPlaces, 1),
        new("a person's name and its last word are one", ["anthoni_fauci", "fauci", "senat"], ["anthoni_fauci", "fauci"], [], 1),
        new("overlapping pairs of one name are one", ["kim_jong", "jong_un", "pyongyang"], ["kim_jong", "jong_un", "jong"], [], 1),
        new("a place of two words is one", ["hong_kong", "kong"], ["hong_kong", "kong"], OnePlaceTwoTerms, 1),
        new("a place and a person are two", ["auckland", "goff"], ["auckland", "goff"], AucklandPlaces, 2),
        new("two places are two", ["auckland", "wellington"], ["auckland", "wellington"], TwoPlaces, 2),
    };

    [Theory]
    [MemberData(nameof(AnchorCases))]
    public void SharedNamesAreCountedOncePerPersonOrPlace(AnchorCase c)
    {
        var (core, article) = CoreAndArticle(c.Core, c.Article, c.Places);
        var (anchors, _) = SpecificNames.Anchors(core, article, new StreamVocabulary(), new StoryClustererOptions(), DateTimeOffset.UnixEpoch);

        Assert.Equal(c.Anchors, anchors);
    }

    private static (TermCentroid Core, ArticleProfile Article) CoreAndArticle(string[] coreNames, string[] articleNames, Dictionary<string, string> places)
    {
        var core = new TermCentroid();
        core.Add(Vector(coreNames));
        return (core, new ArticleProfile(Vector(articleNames), Vector(articleNames), Places: places));
    }

    private static TermVector Vector(string[] terms) =>
        TermVector.From(terms.ToDictionary(t => t, _ => 1.0), terms.Length);
}
