using Newsdesk.Articles;
using Newsdesk.Stories;

namespace Newsdesk.Core.Tests.Stories;

public sealed class StoryTagsTests
{
    private static Article Item(string title, string text) =>
        new("a", "https://example.org/a", "Example", title, text, new DateTimeOffset(2020, 5, 1, 0, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("Curfew extended as police clear the square", "The curfew will finally end next season, the team of officers said after the final patrol.")]
    [InlineData("Woman on flight contacted by tracing team 4.5 weeks later", "The contact tracing team finally reached her; the season of restrictions goes on.")]
    [InlineData("SE Cupp: the response was unhinged", "The commentator said the final answer approached the matter badly.")]
    public void WordsThatAreOnlySometimesSportDoNotMakeASportStory(string title, string text)
    {
        Assert.DoesNotContain("Sport", StoryTags.Topics([Item(title, text)]));
    }

    [Fact]
    public void ASportWordWithTheWeakOnesMakesASportStory()
    {
        var topics = StoryTags.Topics([Item("NRL season to go ahead after player flu jabs", "The league said every team will play the final rounds in empty stadiums.")]);

        Assert.Equal("Sport", topics[0]);
    }

    [Theory]
    [InlineData("app", "apps", true)]
    [InlineData("app", "approach", false)]
    [InlineData("app", "appeal", false)]
    [InlineData("final", "finally", false)]
    [InlineData("final", "finals", true)]
    [InlineData("cup", "cupp", false)]
    [InlineData("vote", "voted", true)]
    [InlineData("legislat*", "legislature", true)]
    public void KeywordsMatchWholeWordsAndTheirPlainInflections(string keyword, string word, bool expected)
    {
        Assert.Equal(expected, StoryTags.Matches(keyword, word, null));
    }

    [Fact]
    public void TwoWordKeywordsMatchAcrossTheWordPair()
    {
        Assert.True(StoryTags.Matches("grand prix", "grand", "grand prix"));
        Assert.False(StoryTags.Matches("grand prix", "grand", "grand jury"));
    }

    [Fact]
    public void AStoryInAnotherLanguageGetsNoEnglishTopics()
    {
        var french = Item("Le match de football est reporté", "Le match de la ligue est reporté à cause de la pluie, et les joueurs de l'équipe sont déçus par la décision du club.");

        Assert.Empty(StoryTags.Topics([french]));
    }

    private static Article Report(string id, string title, string text) =>
        new(id, "https://example.org/" + id, "Example", title, text, new DateTimeOffset(2020, 5, 29, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void OnePersonIsOneEntityWhateverFormTheReportsUse()
    {
        // The forms read on the real feeds of 29 May 2020, in one story's entities.
        var entities = StoryTags.Entities(
        [
            Report("1", "Twitter labels a post", "President Donald Trump said on Friday that Twitter was silencing voices. Jack Dorsey replied."),
            Report("2", "Trump signs an order", "President Trump signed the order in the Oval Office. Jack Dorsey said the company would go on."),
            Report("3", "Trump's order", "Trump's order targets the legal shield of social media companies. President Donald Trump spoke."),
        ]);

        Assert.Equal(["Donald Trump", "Jack Dorsey"], entities);
    }

    [Fact]
    public void ACommaEndsAName()
    {
        // Real feeds, May 2020: "Kamloops British Columbia", "Ozarks Missouri", "Costas Spanish Prime Minister Pedro Sanchez".
        Assert.Equal(["Kamloops", "British Columbia", "Pedro Sanchez"], StoryTags.Names("A jet crashed in Kamloops, British Columbia, on Sunday, said Pedro Sanchez.").ToList());
    }

    [Theory]
    [InlineData("The Food and Drug Administration approved remdesivir on Friday.", "Food and Drug Administration")]
    [InlineData("Officials at the Centers for Disease Control and Prevention said so.", "Centers for Disease Control and Prevention")]
    [InlineData("A grant from the Bill and Melinda Gates Foundation arrived.", "Bill and Melinda Gates Foundation")]
    [InlineData("The Department of Health and Human Services said on Monday.", "Department of Health and Human Services")]
    public void AnInstitutionsNameKeepsItsAnd(string text, string name)
    {
        // Session 9 saw entity pages for "Food" and "Drug Administration".
        Assert.Equal([name], StoryTags.Names(text).ToList());
    }

    [Theory]
    [InlineData("They saw Joe Biden and Donald Trump's debate.", new[] { "Joe Biden", "Donald Trump" })]
    [InlineData("Trump and Pence spoke.", new[] { "Trump", "Pence" })]
    [InlineData("Funds for Apple and Google fell.", new[] { "Funds", "Apple", "Google" })]
    [InlineData("The Republican Party and Democratic Party agreed.", new[] { "Republican Party", "Democratic Party" })]
    public void AndBetweenPeopleSeparatesTheirNames(string text, string[] names)
    {
        Assert.Equal(names, StoryTags.Names(text).ToList());
    }

    [Fact]
    public void ACommonWordAtASentenceStartIsNoEntity()
    {
        // The demo showed an entity page for "Bottled" ("Bottled water is being handed out ...").
        var entities = StoryTags.Entities(
        [
            Report("1", "Boil water notice", "Bottled water is being handed out in Brennock. Residents were told to boil tap water."),
            Report("2", "Boil water notice", "Bottled water is available at Market Square in Brennock, Valley Water said. Use bottled water."),
        ]);

        Assert.Equal(["Brennock"], entities);
    }

    [Fact]
    public void APossessiveInsideANameStays()
    {
        // The month's replay showed "Mother Day" once the possessive was cut wherever it stood.
        var entities = StoryTags.Entities(
        [
            Report("1", "Flowers", "Florists sold out before Mother's Day in Auckland."),
            Report("2", "Flowers", "Mother's Day sales were the best in years, florists said."),
        ]);

        Assert.Equal(["Mother's Day"], entities);
    }

    [Theory]
    [InlineData("Britain marked VE Day on Friday.", new[] { "Britain", "VE Day" })]
    [InlineData("The L.A. County supervisors met.", new[] { "L.A. County" })]
    [InlineData("A sailor of the U.S. Navy was taken off the ship.", new[] { "U.S. Navy" })]
    [InlineData("NHS England said so.", new[] { "NHS England" })]
    [InlineData("They marked Victory in Europe (VE) Day.", new[] { "Victory", "Europe", "VE Day" })]
    [InlineData("US President Donald Trump spoke.", new[] { "President Donald Trump" })]
    [InlineData("The FBI and the CIA declined to comment.", new string[0])]
    [InlineData("Adm. Michael M. Gilday appears determined.", new[] { "Michael M. Gilday" })]
    [InlineData("Dr. Anthony Fauci warned senators.", new[] { "Anthony Fauci" })]
    [InlineData("Prince Andrew and ANOTHER sex slave", new[] { "Prince Andrew" })]
    [InlineData("THE Queen is said to be delighted.", new[] { "Queen" })]
    public void AnAcronymBelongsToTheNameItStartsAndNeverStandsAlone(string text, string[] names)
    {
        // Real feeds, May 2020: 25 stories carried the entity "Day" (VE Day), 16 "County" (L.A. County), 4 "Navy".
        Assert.Equal(names, StoryTags.Names(text).ToList());
    }

    [Fact]
    public void AWordThatOnlyOpensSentencesIsNoEntity()
    {
        // The demo's stories showed entity pages for "About", "Retailers", "Cops", "Nov" and "Two-year".
        var entities = StoryTags.Entities(
        [
            Report("1", "Boil water notice for Brennock homes", "BRENNOCK, Nov 18 (MPA) - About 23,000 households in Brennock were told to boil water. Retailers say bottled water sold out."),
            Report("2", "Brennock told to boil water", "About 23,000 homes in Brennock must boil their water. Retailers warned of shortages. Two-year contracts were cut."),
        ]);

        Assert.Equal(["Brennock"], entities);
    }

    [Fact]
    public void ASurnameOpeningSentencesIsTheNameWrittenElsewhere()
    {
        // Real feeds, 3 May 2020: "Rojo, currently on loan ..." under the headline "Manchester United defender Marcos Rojo breaks ...".
        var entities = StoryTags.Entities(
        [
            Report("1", "Manchester United defender Marcos Rojo breaks lockdown rules", "Rojo, currently on loan in Argentina, was filmed playing cards."),
            Report("2", "Defender Marcos Rojo filmed at a party", "Rojo apologised on Sunday."),
        ]);

        Assert.Contains("Rojo", entities);
    }

    [Fact]
    public void NamesInPageFurnitureAreNoEntities()
    {
        // The Sydney Morning Herald appended this advice to 110 items in May 2020; 14 stories carried the hotline as an entity.
        const string advice = " If you suspect you or a family member has coronavirus you should call (not visit) your GP or ring the national Coronavirus Health Information Hotline on 1800 020 080.";
        var entities = StoryTags.Entities(
        [
            Report("1", "Cases rise in Sydney", "New South Wales recorded four new cases on Monday." + advice),
            Report("2", "Four new cases", "Four new cases were recorded in New South Wales." + advice),
        ]);

        Assert.Equal(["New South Wales"], entities);
    }

    [Theory]
    [InlineData("Station Commander Ruth Ellery of Port Calder Fire and Rescue said all were safe.", new[] { "Station Commander Ruth Ellery", "Port Calder Fire and Rescue" })]
    [InlineData("Detective Chief Inspector Maya Castellano of Kessington Police told reporters.", new[] { "Detective Chief Inspector Maya Castellano", "Kessington Police" })]
    [InlineData("The Secretary of State Mike Pompeo spoke.", new[] { "Secretary of State Mike Pompeo" })]
    [InlineData("He met Director General of Health Ashley Bloomfield.", new[] { "Director General of Health Ashley Bloomfield" })]
    [InlineData("Super-sub Jamie Colquhoun scored late.", new[] { "Jamie Colquhoun" })]
    [InlineData("They spoke to Kim Jong-un on Monday.", new[] { "Kim Jong-un" })]
    public void APersonsTitleAndServiceAreNoPartOfTheirName(string text, string[] names)
    {
        // The demo showed "Station Commander Ruth Ellery of Port Calder Fire" and "Substitute Jamie Colquhoun" as entities.
        Assert.Equal(names, StoryTags.Names(text).ToList());
    }

    [Theory]
    [InlineData("Station Commander Ruth Ellery", "Ruth Ellery")]
    [InlineData("Detective Chief Inspector Maya Castellano", "Maya Castellano")]
    [InlineData("Substitute Jamie Colquhoun", "Jamie Colquhoun")]
    [InlineData("Manager Steve Harland", "Steve Harland")]
    public void ARankOrRoleBeforeANameIsATitle(string name, string shown)
    {
        Assert.Equal(shown, StoryTags.WithoutTitle(name));
    }

    [Theory]
    [InlineData("Britain's Queen Elizabeth spoke on Friday.", new[] { "Britain", "Queen Elizabeth" })]
    [InlineData("Trump wants to see Elon Musk's SpaceX rocket launch.", new[] { "Trump", "Elon Musk", "SpaceX" })]
    [InlineData("They work at Port Calder's Baltmar terminal.", new[] { "Port Calder", "Baltmar" })]
    [InlineData("They gathered at St James's Park.", new[] { "St James's Park" })]
    [InlineData("CNN's Melissa Bell reports.", new[] { "Melissa Bell" })]
    [InlineData("Melania Trump's Be Best campaign went on.", new[] { "Melania Trump", "Be Best" })]
    [InlineData("They sold out before Mother's Day.", new[] { "Mother's Day" })]
    [InlineData("It rained in Hawke's Bay.", new[] { "Hawke's Bay" })]
    [InlineData("Here's what you need to know about Wuhan.", new[] { "Wuhan" })]
    [InlineData("The Prime Minister said so.", new string[0])]
    public void APossessiveBeforeAnotherNameEndsTheFirst(string text, string[] names)
    {
        // Real feeds, May 2020: "China's Xi Jinping", "CNN's Chris Cuomo" and "Melania Trump's Be Best" were entities.
        Assert.Equal(names, StoryTags.Names(text).ToList());
    }

    [Theory]
    [InlineData("President Donald Trump", "Donald Trump")]
    [InlineData("Secretary of State Mike Pompeo", "Mike Pompeo")]
    [InlineData("Health Minister Chris Hipkins", "Chris Hipkins")]
    [InlineData("President", "President")]
    [InlineData("Hong Kong", "Hong Kong")]
    [InlineData("Former President Barack Obama", "Barack Obama")]
    [InlineData("Premier League", "Premier League")]
    [InlineData("Home Office", "Home Office")]
    [InlineData("General Motors", "General Motors")]
    [InlineData("Prime Minister Jacinda Ardern", "Jacinda Ardern")]
    [InlineData("California Gov Gavin Newsom", "Gavin Newsom")]
    [InlineData("New York Gov Andrew Cuomo", "Andrew Cuomo")]
    [InlineData("US President Donald Trump", "Donald Trump")]
    [InlineData("California Highway Patrol", "California Highway Patrol")]
    [InlineData("NSW Transport Minister Andrew Constance", "Andrew Constance")]
    [InlineData("Tesla CEO Elon Musk", "Elon Musk")]
    [InlineData("Lord Mayor of Sydney", "Lord Mayor of Sydney")]
    [InlineData("Premier Daniel Andrews", "Daniel Andrews")]
    [InlineData("World Health Organization Director General Tedros Adhanom Ghebreyesus", "Tedros Adhanom Ghebreyesus")]
    [InlineData("Director General of Health Ashley Bloomfield", "Ashley Bloomfield")]
    public void ALeadingTitleIsNoPartOfTheNameShown(string name, string shown)
    {
        Assert.Equal(shown, StoryTags.WithoutTitle(name));
    }

    [Fact]
    public void TwoPeopleWhoShareAWordStayTwo()
    {
        var entities = StoryTags.Entities(
        [
            Report("1", "Talks", "Boris Johnson met Dwayne Johnson in London on Friday."),
            Report("2", "Talks", "Boris Johnson and Dwayne Johnson spoke about the film."),
        ]);

        Assert.Contains("Boris Johnson", entities);
        Assert.Contains("Dwayne Johnson", entities);
    }

    [Fact]
    public void TheTopicOrderListsEveryTopicTheTaggerGivesAndNoOther()
    {
        Assert.Equal(StoryTags.TopicKeywords.Keys.Order(StringComparer.Ordinal), StoryTags.TopicOrder.Order(StringComparer.Ordinal));
    }
}
