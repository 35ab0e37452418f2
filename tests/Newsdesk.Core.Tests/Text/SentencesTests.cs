using Newsdesk.Text;

namespace Newsdesk.Core.Tests.Text;

public sealed class SentencesTests
{
    public sealed record Case(string Name, string Text, string[] Expected)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        new("two plain sentences", "The vote passed. Markets rose.", ["The vote passed.", "Markets rose."]),
        new("title abbreviation", "Mr. Smith met Dr. Jones on Monday. They talked.", ["Mr. Smith met Dr. Jones on Monday.", "They talked."]),
        new("dotted abbreviation mid-sentence", "The U.S. Senate voted 52-48. It passed.", ["The U.S. Senate voted 52-48.", "It passed."]),
        new("dotted abbreviation ends a sentence", "He moved to the U.S. The move was quiet.", ["He moved to the U.S.", "The move was quiet."]),
        new("month abbreviation before a day", "The war began on Feb. 24, 2022. It goes on.", ["The war began on Feb. 24, 2022.", "It goes on."]),
        new("decimal number", "Growth was 3.5 percent in 2024. Inflation fell.", ["Growth was 3.5 percent in 2024.", "Inflation fell."]),
        new("time of day", "It starts at 5 p.m. Friday in Paris. Tickets sold out.", ["It starts at 5 p.m. Friday in Paris.", "Tickets sold out."]),
        new("initials", "The book by J. K. Rowling sold well. Fans cheered.", ["The book by J. K. Rowling sold well.", "Fans cheered."]),
        new("a capital closing a longer token ends a sentence", "Margins improved on lower SG&A. The company plans to expand.", ["Margins improved on lower SG&A.", "The company plans to expand."]),
        new("a capital closing a longer token mid-sentence", "Shares of AT&T. Inc. rose.", ["Shares of AT&T. Inc. rose."]),
        new("quote closes the sentence", "She said, \"We will win.\" Then she left.", ["She said, \"We will win.\"", "Then she left."]),
        new("curly quote closes the sentence", "He said: “It is over.” The crowd cheered.", ["He said: “It is over.”", "The crowd cheered."]),
        new("question inside a quote continues", "\"Is it safe?\" he asked. Nobody knew.", ["\"Is it safe?\" he asked.", "Nobody knew."]),
        new("ellipsis then lowercase continues", "He paused ... and then spoke. It was late.", ["He paused ... and then spoke.", "It was late."]),
        new("ellipsis then capital splits", "He waited... The door opened.", ["He waited...", "The door opened."]),
        new("exclamation and question", "Stop! Why now? Because.", ["Stop!", "Why now?", "Because."]),
        new("company suffix mid-sentence", "Apple Inc. said sales grew. Shares rose.", ["Apple Inc. said sales grew.", "Shares rose."]),
        new("number abbreviation", "He was ranked No. 1 last year. He lost.", ["He was ranked No. 1 last year.", "He lost."]),
        new("paragraphs without final period", "Key facts\n\nThe storm hit at dawn.", ["Key facts", "The storm hit at dawn."]),
        new("wrapped line joins", "The council voted on\nthe budget today.", ["The council voted on the budget today."]),
        new("line break between sentences", "First line.\nSecond line.", ["First line.", "Second line."]),
        new("empty text", "  \n ", []),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits(Case c) => Assert.Equal(c.Expected, Sentences.Split(c.Text));

    public sealed record LanguageCase(string Name, string Language, string Text, string[] Expected)
    {
        public override string ToString() => Name;
    }

    /// <summary>Each language's abbreviations (issue #18); the English rows show what the English table would do.</summary>
    public static TheoryData<LanguageCase> LanguageCases => new()
    {
        new("German day ordinal before a month", "de", "Der Wetterdienst warnt für den 19. November vor Regen. Die Stadt ist bereit.",
            ["Der Wetterdienst warnt für den 19. November vor Regen.", "Die Stadt ist bereit."]),
        new("the same text with English rules splits the date", "en", "Der Wetterdienst warnt für den 19. November vor Regen. Die Stadt ist bereit.",
            ["Der Wetterdienst warnt für den 19.", "November vor Regen.", "Die Stadt ist bereit."]),
        new("German rank ordinal", "de", "Er wurde im 2. Weltkrieg verletzt. Später zog er nach Bonn.", ["Er wurde im 2. Weltkrieg verletzt.", "Später zog er nach Bonn."]),
        new("German z. B. and u. a.", "de", "Die Stadt bittet, z. B. die Brücke zu meiden. Helfer kamen u. a. aus Halle.",
            ["Die Stadt bittet, z. B. die Brücke zu meiden.", "Helfer kamen u. a. aus Halle."]),
        new("German Dr. and Mio.", "de", "Landrätin Dr. Petra Kühn schätzt den Schaden auf 4,5 Mio. Euro. Der Kreis hilft.",
            ["Landrätin Dr. Petra Kühn schätzt den Schaden auf 4,5 Mio. Euro.", "Der Kreis hilft."]),
        new("German usw. ends a sentence before an article", "de", "Es fehlen Sandsäcke, Pumpen usw. Die Feuerwehr bittet um Hilfe.",
            ["Es fehlen Sandsäcke, Pumpen usw.", "Die Feuerwehr bittet um Hilfe."]),
        new("a German decimal ends a sentence", "de", "Der Pegel lag bei 6,40. Dann sank er.", ["Der Pegel lag bei 6,40.", "Dann sank er."]),
        new("a German thousands number ends a sentence", "de", "Es waren 12.000. Dann kamen mehr.", ["Es waren 12.000.", "Dann kamen mehr."]),
        new("French M. before a name", "fr", "M. Bastien Roux a salué la décision. La maire a répondu.", ["M. Bastien Roux a salué la décision.", "La maire a répondu."]),
        new("French MM. and Mme", "fr", "MM. Roux et Petit ont rencontré Mme Marchetti. Ils ont parlé.", ["MM. Roux et Petit ont rencontré Mme Marchetti.", "Ils ont parlé."]),
        new("French month abbreviation", "fr", "Le marché a brûlé le 17 nov. 2026 vers 3 h 40. Personne n'a été blessé.", ["Le marché a brûlé le 17 nov. 2026 vers 3 h 40.", "Personne n'a été blessé."]),
        new("French env. before a number", "fr", "Le bâtiment accueille env. 300 visiteurs. Il est fermé.", ["Le bâtiment accueille env. 300 visiteurs.", "Il est fermé."]),
        new("French etc. ends a sentence before an article", "fr", "Ils vendaient du poisson, du fromage, etc. Les étals ont brûlé.",
            ["Ils vendaient du poisson, du fromage, etc.", "Les étals ont brûlé."]),
        new("a language without a table reads as English", "es", "Mr. Smith llegó. Era tarde.", ["Mr. Smith llegó.", "Era tarde."]),
    };

    [Theory]
    [MemberData(nameof(LanguageCases))]
    public void SplitsWithEachLanguagesAbbreviations(LanguageCase c) => Assert.Equal(c.Expected, Sentences.Split(c.Text, c.Language));

    [Fact]
    public void CutsARunOnSentence()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 1000));
        var sentences = Sentences.Split(text);
        Assert.True(sentences.Count > 1);
        Assert.All(sentences, s => Assert.True(s.Length <= Sentences.MaxSentenceChars));
    }
}
