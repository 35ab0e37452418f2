using Newsdesk.Articles;
using Newsdesk.Text;
using Newsdesk.Verification;
using Newsdesk.Writing.Extractive;

namespace Newsdesk.Writing.Tests;

/// <summary>
/// The When row and the dateline's place in French and German (issue #18): dates as each language's
/// sources write them, the words that put an event in a place, agencies' datelines, and the gate that
/// keeps such rows.
/// </summary>
public class LanguageFactsTests
{
    public sealed record Case<T>(string Name, string Language, string Input, T Expected)
    {
        public override string ToString() => $"{Language}: {Name}";
    }

    public static TheoryData<Case<string[]>> Dates => new()
    {
        new("day and month", "fr", "Le marché a brûlé le 16 novembre, selon la mairie.", ["16 novembre"]),
        new("first of the month, with a year", "fr", "La loi entre en vigueur le 1er janvier 2027.", ["1er janvier 2027"]),
        new("a number before another word is no date", "fr", "Les 60 commerçants attendent depuis 3 semaines.", []),
        new("ordinal day and month", "de", "Am 18. November brach ein Deich.", ["18. November"]),
        new("with a year", "de", "Das Gutachten kommt am 30. März 2027.", ["30. März 2027"]),
        new("a decimal is no day", "de", "Der Pegel stieg auf 6,40. Mai ist lange her.", []),
        new("English is read as before", "en", "The line reopens on Nov. 23, 2026, the railway said.", ["Nov. 23, 2026"]),
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Dates_as_the_language_writes_them(Case<string[]> c) =>
        Assert.Equal(c.Expected, WrittenDates.In(c.Input, c.Language).ToArray());

    public static TheoryData<Case<string>> Places => new()
    {
        new("'in' and a town", "de", "Nach tagelangem Regen ist die Fulda in Kassel über die Ufer getreten.", "KASSEL"),
        new("'bei' and a town", "de", "Ein Güterzug ist bei Göttingen entgleist.", "GÖTTINGEN"),
        new("an agency's dateline", "de", "Hamburg (dpa) – Ein Großbrand hat in der Nacht ein Lagerhaus zerstört.", "HAMBURG"),
        new("a noun after 'in' is no place", "de", "Die Feuerwehr brachte 230 Bewohner in Sicherheit.", ""),
        new("'à' and a town", "fr", "Un incendie a ravagé un entrepôt à Rennes dans la nuit.", "RENNES"),
        new("'près de' and a town", "fr", "Un train a déraillé près de Lyon, selon la SNCF.", "LYON"),
        new("an agency's dateline in capitals", "fr", "NANTES (AFP) - Un incendie a détruit le marché.", "NANTES"),
        new("French words say nothing in English", "en", "The fire broke out à Rennes, officials said.", ""),
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void The_place_is_read_with_the_languages_words(Case<string> c) =>
        Assert.Equal(c.Expected, Dateline.Place([StoryFixtures.Article("a0", "O", "", c.Input)], c.Language));

    public static TheoryData<Case<string[]>> DateWords => new()
    {
        new("German month after a day", "de", "Am 18. Mai brach ein Deich.", ["may"]),
        new("German month that is also a name", "de", "Mai Albrecht sprach in Kassel.", []),
        new("German month capitalised", "de", "Im Dezember stieg der Pegel.", ["december"]),
        new("French month in lower case", "fr", "Le marché a brûlé en novembre.", ["november"]),
        new("'mars' is a month after a day only", "fr", "La sonde vers mars partira le 3 mars.", ["march"]),
        new("English is read as before", "en", "The mai tai and Mai Lee, in May.", ["may"]),
    };

    [Theory]
    [MemberData(nameof(DateWords))]
    public void Month_names_are_dates_in_every_language(Case<string[]> c) =>
        Assert.Equal(c.Expected, DateMentions.Find(Tokenizer.Tokenize(c.Input)).ToArray());

    /// <summary>The title each language's article carries (a story needs a headline).</summary>
    private static readonly Dictionary<string, string> Titles = new()
    {
        ["fr"] = "Incendie au marché couvert de Port-Vallière",
        ["de"] = "Hochwasser in Weidenbrück: Deich gebrochen",
    };

    public static TheoryData<Case<string>> WhenRows => new()
    {
        new("French", "fr", "Un incendie a ravagé le marché couvert de Port-Vallière dans la nuit du 16 novembre. Le feu s'est déclaré vers 3 h 40 dans la partie nord du bâtiment, selon les pompiers. Les 60 étals du marché ont été détruits le 16 novembre, a indiqué la mairie.", "Quand: 16 novembre"),
        new("German", "de", "Nach tagelangem Regen ist die Sälde am 18. November in Weidenbrück über die Ufer getreten. Die Feuerwehr hat 230 Bewohner in Sicherheit gebracht. Am 18. November brach ein Deich am Mühlenweg. Die Stadt bittet die Bürger, die Unterstadt und die Brücke an der Mühlenstraße zu meiden. Verletzt wurde nach Angaben der Polizei niemand, wie die Stadt am Morgen mitteilte.", "Wann: 18. November"),
    };

    /// <summary>The writer's When row in the story's language, kept by the publication gate; a day of the month is no count ("Novembre: 16 novembre").</summary>
    [Theory]
    [MemberData(nameof(WhenRows))]
    public async Task The_when_row_is_written_and_kept(Case<string> c)
    {
        var article = StoryFixtures.Article("a1", "Outlet", Titles[c.Language], c.Input, new DateTimeOffset(2026, 11, 18, 8, 0, 0, TimeSpan.Zero));
        var story = await new ExtractiveWriter().WriteAsync([article], CancellationToken.None);
        Assert.Equal(c.Language, story.Language);
        Assert.Contains(c.Expected, story.Facts.Select(f => $"{f.Label}: {f.Value}"));
        Assert.DoesNotContain(story.Facts, f => StoryWords.For(c.Language).Months.Contains(f.Label, StringComparer.OrdinalIgnoreCase));
        var published = new PublicationGate(new Verifier()).Check(story, [article]).Story;
        Assert.NotNull(published);
        Assert.Contains(c.Expected, published.Facts.Select(f => $"{f.Label}: {f.Value}"));
    }

    public sealed record DisputeCase(string Name, string Language, string Title, string TextA, string TextB, string Heading, string Sentence, string Label)
    {
        public override string ToString() => $"{Language}: {Name}";
    }

    public static TheoryData<DisputeCase> Disputes => new()
    {
        new(
            "two tolls",
            "fr",
            "Incendie au marché couvert de Port-Vallière",
            "Un incendie a ravagé le marché couvert de Port-Vallière dans la nuit de lundi à mardi, selon les pompiers. Le feu a fait 12 blessés parmi les commerçants et les pompiers. La gendarmerie a ouvert une enquête pour déterminer l'origine du sinistre.",
            "Le marché couvert de Port-Vallière a été ravagé par un incendie dans la nuit de lundi à mardi. Selon la mairie, 14 personnes ont été blessées dans l'incendie. Les enquêteurs privilégient la piste d'un court-circuit dans la partie nord du bâtiment.",
            "Les sources divergent sur le nombre de blessés",
            "Les sources divergent sur le nombre de blessés: selon Le Courrier, 12; selon La Gazette, 14.",
            "Blessés (selon les sources)"),
        new(
            "two tolls",
            "de",
            "Hochwasser in Weidenbrück: Deich gebrochen",
            "Nach tagelangem Regen ist die Sälde in der Nacht zum Mittwoch in Weidenbrück über die Ufer getreten. Beim Bruch des Deiches wurden 3 Menschen verletzt, wie die Stadt am Morgen mitteilte. Die Feuerwehr hat die Bewohner aus ihren Häusern in der Unterstadt in Sicherheit gebracht.",
            "In Weidenbrück ist in der Nacht zum Mittwoch ein Deich an der Sälde gebrochen. Nach Angaben der Polizei gab es 5 Verletzte, die in das Krankenhaus der Stadt gebracht wurden. Die Stadt bittet die Bürger, die Unterstadt zu meiden.",
            "Unterschiedliche Angaben zur Zahl der Verletzten",
            "Unterschiedliche Angaben zur Zahl der Verletzten: laut Rundschau 3; laut Kurier 5.",
            "Verletzte (Angaben unterschiedlich)"),
    };

    /// <summary>Outlets that report different counts: the story says who reports what, in its language, and the gate keeps it (checked outlet by outlet).</summary>
    [Theory]
    [MemberData(nameof(Disputes))]
    public async Task A_dispute_is_framed_in_the_storys_language_and_kept(DisputeCase c)
    {
        var (outletA, outletB) = c.Language == "fr" ? ("Le Courrier", "La Gazette") : ("Rundschau", "Kurier");
        var when = new DateTimeOffset(2026, 11, 18, 8, 0, 0, TimeSpan.Zero);
        Article[] articles =
        [
            StoryFixtures.Article("a1", outletA, c.Title, c.TextA, when),
            // An hour apart: reports at about the same time that differ disagree (further apart, a higher figure later is the toll rising).
            StoryFixtures.Article("a2", outletB, c.Title, c.TextB, when.AddHours(1)),
        ];
        var story = await new ExtractiveWriter().WriteAsync(articles, CancellationToken.None);
        var section = Assert.Single(story.Sections, s => s.Heading == c.Heading);
        Assert.Equal(c.Sentence, section.Paragraphs.SelectMany(p => p).First().Text);
        Assert.Contains(story.Facts, f => f.Label == c.Label);
        var published = new PublicationGate(new Verifier()).Check(story, articles).Story;
        Assert.NotNull(published);
        Assert.Contains(published.Sections, s => s.Heading == c.Heading && s.Paragraphs.SelectMany(p => p).Any(x => x.Text == c.Sentence));
        Assert.Contains(published.Facts, f => f.Label == c.Label);
    }
}
