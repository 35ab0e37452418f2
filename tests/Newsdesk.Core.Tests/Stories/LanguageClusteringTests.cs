using Newsdesk.Articles;
using Newsdesk.Stories;

namespace Newsdesk.Core.Tests.Stories;

/// <summary>
/// The clusterer reads each article in its own language (stop list and Snowball stemmer), and an
/// article joins a story told in another language only with a shared name and a shared number
/// (issue #18). The reports are invented for the tests.
/// </summary>
public sealed class LanguageClusteringTests
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    private static Article A(string id, string title, string text, int minutes) =>
        new(id, "https://example.test/" + id, "outlet " + id, title, text, T0.AddMinutes(minutes));

    private const string FrenchFire1 =
        "Un incendie a détruit dans la nuit de lundi à mardi un entrepôt de la zone portuaire de Brestval. Les pompiers de Brestval sont intervenus avec 140 hommes et ont maîtrisé le feu au petit matin.\n\n"
        + "Selon la préfecture, aucune victime n'est à déplorer. Le propriétaire de l'entrepôt, la société Marivel, a annoncé une enquête sur les causes de l'incendie.";

    private const string FrenchFire2 =
        "L'entrepôt de la société Marivel a brûlé cette nuit sur le port de Brestval : 140 pompiers ont lutté pendant six heures contre les flammes.\n\n"
        + "La préfecture indique qu'il n'y a pas de blessés. Une enquête a été ouverte pour connaître l'origine du feu, qui a détruit les stocks de l'entreprise.";

    private const string FrenchVote =
        "Les députés ont adopté mardi en première lecture le projet de loi sur les retraites agricoles, par 312 voix contre 201. Le texte sera examiné par le Sénat au mois de juin.\n\n"
        + "Le ministre de l'Agriculture a salué un vote qui, selon lui, améliore la situation de milliers d'exploitants.";

    private const string GermanFlood1 =
        "Nach tagelangem Regen ist die Oder bei Frankwitz über die Ufer getreten. Die Feuerwehr hat in der Nacht 230 Bewohner aus ihren Häusern in Sicherheit gebracht.\n\n"
        + "Der Bürgermeister von Frankwitz sagte, dass die Deiche an zwei Stellen gebrochen seien. Das Technische Hilfswerk ist mit schwerem Gerät im Einsatz.";

    private const string GermanFlood2 =
        "Hochwasser in Frankwitz: Die Oder hat die Deiche überspült, 230 Menschen mussten ihre Häuser verlassen. Die Feuerwehren aus dem ganzen Kreis sind im Einsatz.\n\n"
        + "Der Bürgermeister der Stadt rechnet damit, dass das Wasser erst am Wochenende zurückgeht. Das Technische Hilfswerk pumpt die Keller aus.";

    private const string EnglishSummit =
        "Chancellor Olaf Brenner and President Amelie Duroc met Ursula Kettering in Strasbourg on Monday and agreed to send 1500 engineers to rebuild the Vessel Bridge.\n\n"
        + "Brenner said the work on the bridge would start in July. Duroc said that Kettering had promised the money for the engineers by the end of the month.";

    private const string FrenchSummitWithNumber =
        "Le chancelier Olaf Brenner et la présidente Amelie Duroc ont rencontré Ursula Kettering lundi à Strasbourg et ont décidé d'envoyer 1500 ingénieurs pour reconstruire le pont Vessel.\n\n"
        + "Brenner a déclaré que les travaux sur le pont commenceraient en juillet. Duroc a dit que Kettering avait promis l'argent pour les ingénieurs avant la fin du mois.";

    private const string FrenchSummitWithoutNumber =
        "Le chancelier Olaf Brenner et la présidente Amelie Duroc ont rencontré Ursula Kettering lundi à Strasbourg et ont décidé d'envoyer des ingénieurs pour reconstruire le pont Vessel.\n\n"
        + "Brenner a déclaré que les travaux sur le pont commenceraient en juillet. Duroc a dit que Kettering avait promis l'argent pour les ingénieurs avant la fin du mois.";

    [Fact]
    public void FrenchReportsOfOneEventJoinOneStoryAndAnotherFrenchEventStartsItsOwn()
    {
        var c = new StoryClusterer();
        var first = c.Add(A("1", "Brestval : un entrepôt détruit par un incendie", FrenchFire1, 0));
        var second = c.Add(A("2", "Incendie sur le port de Brestval, 140 pompiers mobilisés", FrenchFire2, 30));
        var other = c.Add(A("3", "Retraites agricoles : les députés adoptent le projet de loi", FrenchVote, 45));

        Assert.Equal(first.StoryId, second.StoryId);
        Assert.NotEqual(first.StoryId, other.StoryId);
    }

    [Fact]
    public void GermanReportsOfOneEventJoinOneStory()
    {
        var c = new StoryClusterer();
        var first = c.Add(A("1", "Oder tritt bei Frankwitz über die Ufer", GermanFlood1, 0));
        var second = c.Add(A("2", "Hochwasser: 230 Menschen in Frankwitz evakuiert", GermanFlood2, 20));
        var other = c.Add(A("3", "Retraites agricoles : les députés adoptent le projet de loi", FrenchVote, 40));

        Assert.Equal(first.StoryId, second.StoryId);
        Assert.NotEqual(first.StoryId, other.StoryId);
    }

    [Fact]
    public void AReportInAnotherLanguageJoinsWithASharedNameAndNumber()
    {
        var c = new StoryClusterer();
        var english = c.Add(A("1", "Brenner and Duroc agree to send 1500 engineers to Vessel Bridge", EnglishSummit, 0));
        var french = c.Add(A("2", "Brenner et Duroc envoient 1500 ingénieurs au pont Vessel", FrenchSummitWithNumber, 30));

        Assert.Equal(english.StoryId, french.StoryId);
    }

    [Fact]
    public void AReportInAnotherLanguageSharingNamesButNoNumberStartsItsOwnStory()
    {
        var c = new StoryClusterer();
        var english = c.Add(A("1", "Brenner and Duroc agree to send 1500 engineers to Vessel Bridge", EnglishSummit, 0));
        var french = c.Add(A("2", "Brenner et Duroc envoient des ingénieurs au pont Vessel", FrenchSummitWithoutNumber, 30));

        Assert.NotEqual(english.StoryId, french.StoryId);
    }

    public sealed record Case(string Name, string? Article, string?[] Core, bool SharesName, bool SharesNumber, bool Allowed);

    public static TheoryData<Case> Cases => new()
    {
        new("same language: no bridge needed", "fr", ["fr", "en"], false, false, true),
        new("unknown language is never held to it", null, ["en"], false, false, true),
        new("a core of unknown language is not held to it", "fr", [null, null], false, false, true),
        new("another language with a name and a number", "fr", ["en"], true, true, true),
        new("another language with a name only", "fr", ["en"], true, false, false),
        new("another language with a number only", "de", ["en", null], false, true, false),
        new("another language with neither", "de", ["fr"], false, false, false),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheBridgeNeedsANameAndANumber(Case c)
    {
        var empty = TermVector.From(new Dictionary<string, double>(), 1);
        var core = c.Core.Select(l => new ArticleProfile(empty, empty, l, new HashSet<string> { "brenner" }, new HashSet<string> { "1500" })).ToList();
        var article = new ArticleProfile(empty, empty, c.Article,
            new HashSet<string> { c.SharesName ? "brenner" : "duroc" }, new HashSet<string> { c.SharesNumber ? "1500" : "230" });

        Assert.Equal(c.Allowed, LanguageBridge.Allows(core, article));
    }

    [Theory]
    [InlineData("140", true)]
    [InlineData("1500", true)]
    [InlineData("2026", false)]
    [InlineData("1899", true)]
    [InlineData("12", false)]
    [InlineData("12a", false)]
    public void NumbersThatTellEventsApart(string word, bool number) => Assert.Equal(number, LanguageBridge.IsNumber(word));
}
