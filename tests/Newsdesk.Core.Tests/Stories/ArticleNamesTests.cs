using Newsdesk.Articles;
using Newsdesk.Stories;

namespace Newsdesk.Core.Tests.Stories;

/// <summary>
/// An article's names (what the clusterer's names check and threads compare): a word seen only as
/// the leading part of a longer name ("Mike" of "Mike Pence") is not a name on its own, so two
/// articles sharing only a first name do not agree (the May 2020 feeds joined a Mike Tyson bout to
/// Mike Pence's task force on it).
/// </summary>
public sealed class ArticleNamesTests
{
    private static readonly DateTimeOffset T0 = new(2020, 5, 8, 12, 0, 0, TimeSpan.Zero);

    private const string Pence = "The virus task force could wind down within weeks, said Mike Pence at a briefing.";
    private const string Tyson = "The former champion Mike Tyson said he was training again and could return to the ring.";

    public sealed record NameCase(string Name, string Text, string[] Names, string[] NotNames);

    public static TheoryData<NameCase> Cases => new()
    {
        // Name keys are index terms, stemmed as every term is (Snowball English: "pence" -> "penc").
        new("a first name seen only before a surname is not a name", Pence, ["penc", "mike_penc"], ["mike"]),
        new("the other Mike: only his surname and the pair", Tyson, ["tyson", "mike_tyson"], ["mike"]),
        new("a first name that also stands alone is a name", Tyson + " Later, Mike posted a video of the session.", ["tyson", "mike_tyson", "mike"], []),
        // German capitalises every noun (issue #18): one used after an article or a number is no name (Snowball German: "jens" -> "jen").
        new("German nouns after an article or a number are no names", "Die Feuerwehr hat 230 Bewohner in der Unterstadt untergebracht, teilte die Stadt mit. Der Deich hält, sagte Jens Albrecht.",
            ["albrecht", "jen_albrecht"], ["feuerwehr", "bewohn", "unterstadt", "stadt", "deich"]),
        new("a place of two words keeps its last word and the pair", "Crowds gathered in the streets of Hong Kong on Sunday to protest against the proposed law.", ["kong", "hong_kong"], ["hong"]),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void NamesKeepJoinedNamesAndWordsThatStandAlone(NameCase c)
    {
        var names = Profile(new StoryClustererOptions(), c.Text).Names.Lookup;

        Assert.All(c.Names, n => Assert.True(names.ContainsKey(n), $"{c.Name}: {n} missing from [{string.Join(", ", names.Keys)}]"));
        Assert.All(c.NotNames, n => Assert.False(names.ContainsKey(n), $"{c.Name}: {n} in [{string.Join(", ", names.Keys)}]"));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void TwoMikesAgreeOnlyUnderTheOldRule(bool leadingPartsAreNames, bool agree)
    {
        var options = new StoryClustererOptions { LeadingNamePartsAreNames = leadingPartsAreNames };
        var features = new ArticleFeatures(options, new StreamVocabulary());
        var pence = features.Profile(new Article("1", "https://example.test/1", "a", "US looks at winding down virus task force", Pence, T0));
        var tyson = features.Profile(new Article("2", "https://example.test/2", "b", "Tyson eyes comeback", Tyson, T0));

        Assert.Equal(agree, pence.Names.Cosine(tyson.Names) >= options.NameAgreement);
    }

    private static ArticleProfile Profile(StoryClustererOptions options, string text) =>
        new ArticleFeatures(options, new StreamVocabulary()).Profile(new Article("1", "https://example.test/1", "outlet", "Report", text, T0));
}
