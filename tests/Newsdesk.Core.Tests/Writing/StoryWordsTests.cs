using Newsdesk.Articles;
using Newsdesk.Verification;
using Newsdesk.Writing;

namespace Newsdesk.Core.Tests.Writing;

/// <summary>
/// The words a story carries that no source wrote are in the story's language (issue #18): the
/// dateline's date, the subheads, the key-facts labels, the renderers' headings; the verifier and
/// the lint read every language's furniture as furniture.
/// </summary>
public sealed class StoryWordsTests
{
    public sealed record DateCase(string Language, int Year, int Month, int Day, string Expected);

    public static TheoryData<DateCase> Dates => new()
    {
        new("en", 2026, 11, 17, "Nov. 17, 2026"),
        new("en", 2026, 3, 2, "March 2, 2026"),
        new("fr", 2026, 11, 17, "17 novembre 2026"),
        new("fr", 2026, 3, 1, "1er mars 2026"),
        new("de", 2026, 11, 18, "18. November 2026"),
        new("de", 2026, 3, 5, "5. März 2026"),
        new("pl", 2026, 11, 17, "Nov. 17, 2026"),   // no furniture of its own: English
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void DatesAreWrittenAsTheLanguageWritesThem(DateCase c) =>
        Assert.Equal(c.Expected, StoryWords.For(c.Language).FormatDate(new DateTime(c.Year, c.Month, c.Day, 0, 0, 0, DateTimeKind.Utc)));

    public sealed record SaidCase(string Language, string[] Speakers, string Expected);

    public static TheoryData<SaidCase> Said => new()
    {
        new("en", ["Smith"], "What Smith said"),
        new("en", ["Smith", "Jones", "Lee"], "What Smith, Jones and Lee said"),
        new("fr", ["Hélène Marchetti"], "Ce qu'a dit Hélène Marchetti"),
        new("fr", ["Marchetti", "Roux"], "Ce qu'ont dit Marchetti et Roux"),
        new("de", ["Albrecht"], "Was Albrecht sagte"),
        new("de", ["Albrecht", "Kühn"], "Was Albrecht und Kühn sagten"),
    };

    [Theory]
    [MemberData(nameof(Said))]
    public void QuoteSubheadsAgreeAndAreReadBack(SaidCase c)
    {
        var heading = StoryWords.For(c.Language).Said(c.Speakers);
        Assert.Equal(c.Expected, heading);
        Assert.Equal(c.Speakers, StoryWords.SpeakersOf(heading));
    }

    [Fact]
    public void EveryLanguagesFurnitureIsFurnitureToTheVerifier()
    {
        foreach (var words in StoryWords.All)
        {
            Assert.All([words.FirstHeading, words.LaterHeading, words.NextHeading, words.SaidHeading], h => Assert.True(StoryWords.FurnitureHeadings.Contains(h), h));
            Assert.True(StoryWords.IsWhenLabel(words.When) && StoryWords.IsWhereLabel(words.Where), words.Language);
        }

        Assert.Null(StoryWords.SpeakersOf("Storm floods Geneva"));
    }

    private static readonly DateTimeOffset Tuesday = new(2026, 11, 17, 6, 0, 0, TimeSpan.Zero);

    public sealed record StoryCase(string Language, string[] Texts, string DatePart, string[] EnglishWords)
    {
        public override string ToString() => Language;
    }

    public static TheoryData<StoryCase> Stories => new()
    {
        new("fr",
            [
                "Un incendie a ravagé dans la nuit de lundi à mardi le marché couvert de Port-Vallière, sur la place des Halles. Le feu s'est déclaré vers 3 h 40 dans la partie nord du bâtiment, selon les pompiers.\n\n"
                + "Quatre-vingt-cinq sapeurs-pompiers ont été mobilisés pour maîtriser les flammes. Aucun blessé n'est à déplorer, le bâtiment étant vide au moment des faits.\n\n"
                + "Les 60 étals du marché ont été détruits ou gravement endommagés, a déclaré la maire, Hélène Marchetti. La gendarmerie a ouvert une enquête pour déterminer l'origine du sinistre.",
                "Selon la gendarmerie, le feu serait parti d'un tableau électrique situé dans la partie nord du bâtiment du marché couvert de Port-Vallière.\n\n"
                + "La maire, Hélène Marchetti, a annoncé mardi soir un fonds d'urgence pour aider les 60 commerçants touchés par l'incendie du marché.\n\n"
                + "Le bâtiment, construit en 1911, restera fermé pendant au moins trois semaines, le temps que des experts vérifient la solidité de la charpente.",
            ],
            "novembre 2026", ["The story", "What comes next", "Key facts", "Sources", "When", "Where", "Nov."]),
        new("de",
            [
                "Nach tagelangem Regen ist die Sälde in der Nacht zum Dienstag in Weidenbrück über die Ufer getreten. Die Feuerwehr hat 230 Bewohner aus ihren Häusern in der Unterstadt in Sicherheit gebracht, wie die Stadt am Morgen mitteilte.\n\n"
                + "Am Mühlenweg ist gegen 2.15 Uhr ein Deich auf einer Länge von etwa 40 Metern gebrochen. Verletzt wurde nach Angaben der Polizei niemand.\n\n"
                + "Die Bewohner wurden in der Turnhalle der Lindenschule untergebracht, sagte Bürgermeister Jens Albrecht.",
                "Das Technische Hilfswerk hat den gebrochenen Deich am Mühlenweg in Weidenbrück am Dienstagnachmittag provisorisch geschlossen. Rund 12.000 Sandsäcke wurden nach Angaben der Stadt verbaut.\n\n"
                + "Die meisten der 230 Bewohner, die in der Nacht ihre Häuser verlassen mussten, dürfen am Mittwoch zurückkehren.\n\n"
                + "Die Stadt will bis zum 30. November ein Gutachten über den Zustand aller Deiche an der Sälde vorlegen.",
            ],
            "17. November 2026", ["The story", "What comes next", "Key facts", "Sources", "When", "Where", "Nov."]),
    };

    [Theory]
    [MemberData(nameof(Stories))]
    public async Task AFrenchOrGermanStoryCarriesItsOwnFurnitureAndIsPublished(StoryCase c)
    {
        var articles = c.Texts.Select((t, i) => new Article($"a{i + 1}", $"https://example.test/{c.Language}/{i + 1}", $"outlet{i + 1}", "", t, Tuesday.AddHours(i))).ToList();
        var story = await new ExtractiveWriter().WriteAsync(articles, CancellationToken.None);

        Assert.Equal(c.Language, story.Language);
        Assert.EndsWith(c.DatePart, story.Dateline, StringComparison.Ordinal);
        var words = StoryWords.For(c.Language);
        string[] own = [words.FirstHeading, words.LaterHeading, words.NextHeading, words.SaidHeading, words.BackgroundHeading];
        Assert.All(story.Sections.Where(s => StoryWords.FurnitureHeadings.Contains(s.Heading)), s => Assert.Contains(s.Heading, own));
        var markdown = Newsdesk.Writing.Rendering.StoryMarkdown.Render(story);
        Assert.Contains("## " + words.Sources, markdown, StringComparison.Ordinal);
        var furniture = story.Sections.Select(s => s.Heading).Concat(story.Facts.Select(f => f.Label)).Append(story.Dateline)
            .Concat(markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal))).ToList();
        Assert.All(c.EnglishWords, e => Assert.DoesNotContain(furniture, f => f.Contains(e, StringComparison.Ordinal) && !f.Contains(words.Sources, StringComparison.Ordinal)));

        var report = new Verifier().Verify(story, articles);
        Assert.True(report.Unsupported == 0, string.Join("\n", report.Sentences.Where(s => !s.Supported).Select(s => s.Text + " <- " + string.Join("; ", s.Reasons))));
    }
}
