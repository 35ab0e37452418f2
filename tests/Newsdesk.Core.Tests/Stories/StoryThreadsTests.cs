using Newsdesk.Articles;
using Newsdesk.Stories;

namespace Newsdesk.Core.Tests.Stories;

/// <summary>
/// Threads (issue #14): a story that opens as a development of an earlier one (the same people and
/// places, later) joins its thread; a look-alike happening elsewhere, a story past the thread
/// horizon and a report without names do not.
/// </summary>
public sealed class StoryThreadsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private const string ShootingTitle = "Four shot at Haw River sports bar";

    private const string ShootingText =
        "Four people were shot early Sunday at the Red Fox Tavern on Main Street in Haw River, the Alamance County sheriff said. "
        + "Deputies are looking for Darnell Hayes, 24, of Burlington, who left before they arrived.\n\n"
        + "Sheriff Terry Johnson said the victims were taken to hospitals in Burlington and Chapel Hill.";

    private const string ArrestTitle = "Man sought in Haw River bar shooting turns himself in";

    private const string ArrestText =
        "Darnell Hayes, 24, of Burlington, turned himself in to the Alamance County sheriff on Friday, days after four people were shot at the Red Fox Tavern in Haw River. "
        + "Sheriff Terry Johnson said Hayes faces four counts of assault with a deadly weapon.";

    private const string LookAlikeTitle = "Four shot at Dayton sports bar";

    private const string LookAlikeText =
        "Four people were shot early Sunday at the Blue Moon Lounge on Wayne Avenue in Dayton, the Montgomery County sheriff said. "
        + "Deputies are looking for Marcus Bell, 31, of Kettering, who left before they arrived.\n\n"
        + "Sheriff Rob Streck said the victims were taken to hospitals in Dayton and Kettering.";

    public sealed record Case(string Name, string Title, string Text, double DaysLater, bool Linked);

    public static TheoryData<Case> Cases => new()
    {
        new("the arrest twelve days later, past the story span, continues the shooting's thread", ArrestTitle, ArrestText, 12, true),
        new("the arrest two days later but in words the story left out continues the thread", ArrestTitle, ArrestText, 2, true),
        new("a look-alike shooting elsewhere with other names starts its own thread", LookAlikeTitle, LookAlikeText, 12, false),
        new("the arrest past the thread horizon (7-day span + 14 days) starts its own thread", ArrestTitle, ArrestText, 30, false),
        new("a report without names is not linked, however alike its words", "four shot at sports bar", "four people were shot early sunday at a sports bar, the sheriff said.", 12, false),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ADevelopmentJoinsTheThreadOfTheStoryItDevelops(Case row)
    {
        // Only the link is under test: a join threshold no article reaches keeps every article in a story of its own.
        var c = new StoryClusterer(new StoryClustererOptions { JoinThreshold = 0.99, HeadlineJoinThreshold = 0.99 });
        Background(c);
        var shooting = c.Add(A("shooting", ShootingTitle, ShootingText, T0));
        Quiet(c, T0, row.DaysLater);
        var later = c.Add(A("later", row.Title, row.Text, T0.AddDays(row.DaysLater)));

        Assert.True(later.IsNewStory);
        Assert.Equal(shooting.StoryId, shooting.ThreadId);
        Assert.Equal(row.Linked, later.ThreadId == shooting.ThreadId);
        Assert.Equal(row.Linked, later.Link is { EarlierId: var earlier } && earlier == shooting.StoryId);
    }

    [Fact]
    public void AThreadOfThreeDevelopmentsKeepsItsFirstStorysIdAndReplaysTheSame()
    {
        var articles = new List<Article>
        {
            A("shooting", ShootingTitle, ShootingText, T0),
            A("arrest", ArrestTitle, ArrestText, T0.AddDays(9)),
            A("charges", "Haw River bar shooting suspect indicted",
                "An Alamance County grand jury indicted Darnell Hayes, 24, of Burlington, on Monday in the shooting of four people at the Red Fox Tavern in Haw River. "
                + "Sheriff Terry Johnson said Hayes remains in jail.", T0.AddDays(19)),
            A("other", LookAlikeTitle, LookAlikeText, T0.AddDays(20)),
        };

        var first = Run(articles);
        var second = Run(articles);

        Assert.Equal(first, second);
        Assert.Equal(3, first.Take(3).Select(p => p.Story).Distinct().Count());
        Assert.All(first.Take(3), p => Assert.Equal(first[0].Story, p.Thread));
        Assert.Equal(first[^1].Story, first[^1].Thread);
    }

    public sealed record OneNameCase(string Name, string EarlierTitle, string EarlierText, string LaterTitle, string LaterText, bool Linked);

    /// <summary>
    /// Real feed items of May 2020 (bench-data/real-feeds-2020-05; judged in bench/cluster/links), six days apart. The
    /// earlier story's core and the new story's first article share one specific name; the link needs them to agree on
    /// what happened (<see cref="StoryClustererOptions.ThreadSingleAnchorTopic"/>), and without that bar they are linked.
    /// </summary>
    public static TheoryData<OneNameCase> OneNameCases => new()
    {
        new("one site's photo collections (pets, then wildlife) are no thread",
            "So bad they're good! Amateur photographers share wildlife snaps which didn't turn out as planned",
            "People from around the world have taken to social media to share their unfortunate attempts at capturing a magnificent shot of nature, with the photos being collated by Bored Panda.",
            "Hilarious snaps of pooches who wish their owner wouldn't have gotten a second dog",
            "Owners from across the globe have captured the hilarious facial expressions of their distinctly unimpressed pets after welcoming a second dog into the family, collated by Bored Panda.",
            false),
        new("the crash's lawsuit, then its autopsy report, share one man and what happened: one thread",
            "Man whose wife and daughter died in crash that killed Kobe Bryant sues helicopter owner",
            "Christopher Chester, whose wife and daughter died in the helicopter crash that killed Kobe Bryant, has sued the company that operated the helicopter and the estate of the deceased pilot.",
            "Kobe Bryant Autopsy Report Is Released After Helicopter Crash",
            "The pilot of the helicopter that crashed in January, killing Mr. Bryant and eight others, didn't have alcohol or drugs in his system. The victims all died from blunt trauma.",
            true),
    };

    [Theory]
    [MemberData(nameof(OneNameCases))]
    public void OneSharedNameLinksOnlyWhenTheTwoAgreeOnWhatHappened(OneNameCase row)
    {
        var c = new StoryClusterer(new StoryClustererOptions { JoinThreshold = 0.99, HeadlineJoinThreshold = 0.99 }) { Explaining = true };
        var lenient = new StoryClusterer(new StoryClustererOptions { JoinThreshold = 0.99, HeadlineJoinThreshold = 0.99, ThreadSingleAnchorTopic = 0, ThreadOneNameHappening = 0 }) { Explaining = true };
        foreach (var clusterer in new[] { c, lenient })
        {
            Background(clusterer);
            var earlier = clusterer.Add(A("earlier", row.EarlierTitle, row.EarlierText, T0));
            Quiet(clusterer, T0, 6);
            var later = clusterer.Add(A("later", row.LaterTitle, row.LaterText, T0.AddDays(6)));
            Assert.True(later.IsNewStory);
            Assert.True((clusterer == c ? row.Linked : true) == (later.ThreadId == earlier.ThreadId), $"{(clusterer == c ? "default" : "lenient")}: {clusterer.LastLinkNote} {later.Link?.Score}");
        }
    }

    [Fact]
    public void RememberedStoriesAreForgottenPastTheHorizonSoMemoryStaysBounded()
    {
        var c = new StoryClusterer(new StoryClustererOptions { ThreadHorizon = TimeSpan.FromDays(14) });
        for (var day = 0; day < 120; day++)
        {
            c.Add(A("d" + day, $"Storm Number{day} hits Town{day}", $"Storm Number{day} hit Town{day} in County{day} on Monday, Mayor Person{day} said.", T0.AddDays(day)));
        }

        // Stories opened within the span plus the horizon (21 days) are remembered, older ones forgotten.
        Assert.InRange(c.RememberedStories, 1, 22);
    }

    private static List<(string Story, string Thread)> Run(List<Article> articles)
    {
        var c = new StoryClusterer(new StoryClustererOptions { JoinThreshold = 0.99 });
        Background(c);
        var placed = new List<(string, string)>();
        var last = articles[0].Published!.Value;
        foreach (var article in articles)
        {
            Quiet(c, last, (article.Published!.Value - last).TotalDays);
            last = article.Published!.Value;
            var p = c.Add(article);
            placed.Add((p.StoryId, p.ThreadId));
        }

        return placed;
    }

    /// <summary>
    /// An unrelated headline every other day between two reports, as a real stream has: the stream's
    /// clock holds a date more than 7 days ahead as tentative until another article confirms it.
    /// </summary>
    private static void Quiet(StoryClusterer c, DateTimeOffset from, double days)
    {
        for (var d = 2; d < days; d += 2)
        {
            c.Add(A("quiet" + from.AddDays(d).ToUnixTimeSeconds(), "Weather: sunny spells and light winds", "", from.AddDays(d)));
        }
    }

    /// <summary>Unrelated reports first, so that the stream's vocabulary has seen common words and capitals.</summary>
    private static void Background(StoryClusterer c)
    {
        string[] places = ["Raleigh", "Durham", "Greensboro", "Charlotte", "Asheville", "Wilmington"];
        for (var i = 0; i < places.Length; i++)
        {
            c.Add(A("bg" + i, $"Council in {places[i]} approves budget",
                $"The city council in {places[i]} approved the budget on Tuesday, the mayor said. The police and the sheriff asked for more officers, and people were told the vote was final.",
                T0.AddDays(-3).AddHours(i)));
        }
    }

    private static Article A(string id, string title, string text, DateTimeOffset at) =>
        new(id, "https://example.test/" + id, "outlet", title, text, at);
}
