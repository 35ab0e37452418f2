using Newsdesk.Text;

namespace Newsdesk.Core.Tests.Text;

public sealed class StopWordsTests
{
    public sealed record Case(string Name, string? Language, string Word, bool Stop);

    public static TheoryData<Case> Cases => new()
    {
        new("an English article", "en", "the", true),
        new("an English content word", "en", "earthquake", false),
        new("negations are no stop words for the verifier", "en", "not", false),
        new("unknown language reads as English", null, "which", true),
        new("French article (Snowball list)", "fr", "les", true),
        new("French content word", "fr", "gouvernement", false),
        new("German article (Snowball list)", "de", "und", true),
        new("German content word", "de", "regierung", false),
        new("Spanish", "es", "los", true),
        new("Italian", "it", "della", true),
        new("Dutch", "nl", "het", true),
        new("Portuguese", "pt", "não", true),
        new("Swedish", "sv", "och", true),
        new("Russian", "ru", "что", true),
        new("an English word is not dropped from French text", "fr", "the", false),
        new("a language without a list drops nothing", "pl", "się", false),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void OneListPerLanguage(Case row) => Assert.Equal(row.Stop, StopWords.For(row.Language).Contains(row.Word));

    [Theory]
    [InlineData("no")]
    [InlineData("nor")]
    [InlineData("not")]
    public void TermListsLeaveOutNegationsToo(string word) =>
        Assert.Equal((false, true), (StopWords.English.Contains(word), StopWords.EnglishAndNegations.Contains(word)));

    [Fact]
    public void EveryLanguageOfTheToolkitHasAList() =>
        Assert.All(StopWords.Languages, language => Assert.True(StopWords.For(language).Count > 50, language));
}
