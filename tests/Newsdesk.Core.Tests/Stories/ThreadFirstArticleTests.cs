using Newsdesk.Articles;
using Newsdesk.Stories;

namespace Newsdesk.Core.Tests.Stories;

/// <summary>
/// A thread link must share a specific name with the earlier story's first article, the one whose headline the timeline
/// shows (<see cref="StoryClustererOptions.ThreadFirstArticleAgrees"/>, session 14b): a story's core can hold a later
/// article naming someone else of the same surname, and a link read from the whole core followed that article.
/// </summary>
public sealed class ThreadFirstArticleTests
{
    private static readonly DateTimeOffset T0 = new(2020, 5, 1, 16, 0, 0, TimeSpan.Zero);

    private const string Obituary = "Journalist and author John Bryant who was pivotal to London marathon's success dies aged 76";
    private const string ObituaryText = "Mr Bryant passed away peacefully at his home in Surrey on Thursday following a long battle with illness.";
    private const string Lawsuit = "Man whose wife and daughter died in crash that killed Kobe Bryant sues helicopter owner";
    private const string LawsuitText = "Christopher Chester, whose wife and daughter died in the helicopter crash that killed Kobe Bryant, has sued the company that operated the helicopter and the estate of the deceased pilot.";
    private const string Claim = "Vanessa Bryant files claim against sheriff over Kobe Bryant crash site photos";
    private const string ClaimText = "Vanessa Bryant has filed a claim against the sheriff's department over deputies sharing photos of the scene of the helicopter crash that killed her husband, Kobe Bryant.";

    [Fact]
    public void ALinkThroughALaterArticleOnANamesakeIsNotMade()
    {
        // The obituary's story takes a second report that also names Kobe Bryant; the claim shares Kobe Bryant with that
        // report only, and John Bryant's obituary is what a reader of the timeline would see it linked to.
        var second = ObituaryText + " He once interviewed Kobe Bryant for a magazine.";
        Assert.True(Linked(Options with { ThreadFirstArticleAgrees = false }, Obituary, ObituaryText, second, Claim, ClaimText),
            "without the rule the later report's name links them");
        Assert.False(Linked(Options, Obituary, ObituaryText, second, Claim, ClaimText));
    }

    [Fact]
    public void ALinkSharingANameWithTheFirstArticleIsKept()
    {
        Assert.True(Linked(Options, Lawsuit, LawsuitText, LawsuitText + " The lawsuit was filed in Los Angeles.", Claim, ClaimText));
    }

    [Fact]
    public void ItIsOnByDefault() => Assert.True(new StoryClustererOptions().ThreadFirstArticleAgrees);

    /// <summary>Only this rule is under test: the other bars on a thread link are low (a stream of a few items weighs words unlike a month of news).</summary>
    private static StoryClustererOptions Options => new()
    {
        ThreadAgreement = 0.3, ThreadTextAgreement = 0, ThreadTopicAgreement = 0, ThreadSingleAnchorTopic = 0, ThreadOneNameHappening = 0,
    };

    private static bool Linked(StoryClustererOptions options, string firstTitle, string firstText, string secondText, string laterTitle, string laterText)
    {
        var c = new StoryClusterer(options) { Explaining = true };
        Background(c);
        var earlier = c.Add(A("first", firstTitle, firstText, T0));
        var second = c.Add(A("second", firstTitle, secondText, T0.AddHours(2)));
        Assert.False(second.IsNewStory);
        for (var d = 2; d < 10; d += 2)
        {
            c.Add(A("quiet" + d, "Weather: sunny spells and light winds", "", T0.AddDays(d)));
        }

        // Past the story window: the earlier story has closed and dropped its core articles, as a thread link usually finds it.
        var later = c.Add(A("later", laterTitle, laterText, T0.AddDays(10)));
        Assert.True(later.IsNewStory);
        return later.ThreadId == earlier.ThreadId;
    }

    /// <summary>Unrelated reports first, so that the stream's vocabulary has seen common words and capitals.</summary>
    private static void Background(StoryClusterer c)
    {
        string[] places = ["Leeds", "Bristol", "Cardiff", "Glasgow", "Belfast", "Norwich"];
        string[] people = ["Michael Gove", "Michael Owen", "Tom Hanks", "Andrew Marr", "Jacob Zuma", "Harry Kane"];
        for (var i = 0; i < places.Length; i++)
        {
            c.Add(A("bg" + i, $"Council in {places[i]} approves budget",
                $"The city council in {places[i]} approved the budget on Tuesday, said {people[i]}. The police and the hospital asked for more staff, and people were told the vote was final.",
                T0.AddDays(-3).AddHours(i)));
        }
    }

    private static Article A(string id, string title, string text, DateTimeOffset at) =>
        new(id, "https://example.test/" + id, "outlet", title, text, at);
}
