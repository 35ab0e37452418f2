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
}
