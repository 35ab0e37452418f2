using Newsdesk.Articles;
using Newsdesk.Text;
using Newsdesk.Writing;

namespace Newsdesk.Core.Tests.Writing;

/// <summary>A story's language is the one most of its articles are written in (issue #18).</summary>
public sealed class StoryLanguageTests
{
    private const string English = "The council said on Tuesday that the bridge will be closed for repairs and that the work has been planned for months by the city.";
    private const string German = "Der Stadtrat hat am Dienstag mitgeteilt, dass die Brücke für Reparaturen gesperrt wird und dass die Arbeiten seit Monaten geplant sind.";
    private const string French = "Le conseil municipal a annoncé mardi que le pont sera fermé pour des travaux et que les réparations sont prévues depuis des mois par la ville.";
    private const string TooShort = "Bridge closed.";

    public sealed record Case(string Name, string[] Texts, string Language, int Kept);

    public static TheoryData<Case> Cases => new()
    {
        new("all English", [English, English], "en", 2),
        new("two German reports outvote one English", [German, English, German], "de", 2),
        new("French alone", [French], "fr", 1),
        new("a tie goes to English", [French, English], "en", 1),
        new("an article too short to tell is kept and does not vote", [TooShort, German], "de", 2),
        new("nothing to tell: the site's language, every article kept", [TooShort, TooShort], Languages.Default, 2),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheDominantLanguageWins(Case c)
    {
        var articles = c.Texts.Select((t, i) => new Article("a" + i, "https://example.org/" + i, "Outlet " + i, "Title", t, null)).ToList();

        Assert.Equal(c.Language, StoryLanguage.Of(articles));
        Assert.Equal(c.Kept, StoryLanguage.Keep(articles).Count);
    }

    [Theory]
    [InlineData("de", true, "German")]
    [InlineData("fr", true, "French")]
    [InlineData("xx", false, "xx")]
    [InlineData("DE", false, "DE")]
    public void LanguagesAreKnownByTheirLowercaseCode(string code, bool known, string name)
    {
        Assert.Equal(known, Languages.IsKnown(code));
        Assert.Equal(name, Languages.Name(code));
    }
}
