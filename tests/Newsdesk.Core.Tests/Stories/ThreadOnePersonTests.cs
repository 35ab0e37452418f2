using Newsdesk.Articles;
using Newsdesk.Stories;

namespace Newsdesk.Core.Tests.Stories;

/// <summary>
/// Thread links between two stories on one person (session 14, issue #14): the person's given name is a word of the
/// topic cosine (a leading name part is no name of its own), so two items on one person on other matters agreed on it.
/// A link whose stories share one name only needs the words of what happened to agree without the shared full names'
/// words (<see cref="StoryClustererOptions.ThreadOneNameHappening"/>), and the names of one person count as one however
/// they are read (<see cref="StoryClustererOptions.ThreadAnchorsReadAll"/>).
/// </summary>
public sealed class ThreadOnePersonTests
{
    private static readonly DateTimeOffset T0 = new(2020, 5, 1, 16, 0, 0, TimeSpan.Zero);

    public sealed record PersonCase(string Name, string EarlierTitle, string EarlierText, string LaterTitle, string LaterText, bool Linked);

    /// <summary>
    /// Real feed items of May 2020 (bench-data/real-feeds-2020-05; judged in bench/cluster/links), six days apart: the
    /// earlier story's core and the new story's first article share one person. Without the rule all of them are linked.
    /// </summary>
    public static TheoryData<PersonCase> PersonCases => new()
    {
        new("Michael Jordan's $100M offer, then his children on his competitive streak: one person, no thread",
            "Michael Jordan was offered $100M to appear at an event for two hours. He said no, his agent says",
            "Michael Jordan was offered $100 million to appear at an event for two hours, and he turned it down, his agent David Falk says.",
            "Michael Jordan's children reveal the extent of their dad's competitive streak",
            "From superior athleticism to his tireless work ethic, there are many contributing factors that make Michael Jordan one of the greatest basketball players of all time.",
            false),
        new("Michael Flynn's dropped charges, then a daily briefing naming him: no thread",
            "For Michael Flynn, Dropped Charges Latest in Life Full of Reversals",
            "For most of his life, Michael Flynn has swung from being a good soldier to committing radical disruptions.",
            "Coronavirus, California, Michael Flynn: Your Wednesday Briefing",
            "Here's what you need to know.",
            false),
        new("the crash's lawsuit, then its autopsy report, agree on what happened: one thread",
            "Man whose wife and daughter died in crash that killed Kobe Bryant sues helicopter owner",
            "Christopher Chester, whose wife and daughter died in the helicopter crash that killed Kobe Bryant, has sued the company that operated the helicopter and the estate of the deceased pilot.",
            "Kobe Bryant Autopsy Report Is Released After Helicopter Crash",
            "The pilot of the helicopter that crashed in January, killing Mr. Bryant and eight others, didn't have alcohol or drugs in his system. The victims all died from blunt trauma.",
            true),
        new("Rees-Mogg asks MPs back, then tells them they must return: one thread",
            "Jacob Rees-Mogg tells MPs to 'set an example' to public and return to Westminster within weeks",
            "The Commons leader said he did not want temporary arrangements - with MPs joining debates via webcam - extended beyond the Whitsun recess.",
            "Jacob Rees-Mogg tells MPs they MUST return to Commons",
            "Jacob Rees-Mogg today told MPs they should no longer work from home and must physically return to Westminster if they want to participate in debates and vote on new laws.",
            true),
    };

    [Theory]
    [MemberData(nameof(PersonCases))]
    public void TwoStoriesOnOnePersonLinkOnlyWhenWhatHappenedAgreesBeyondTheName(PersonCase row)
    {
        // Only this rule is under test: a join threshold no article reaches keeps every article in a story of its own, and
        // the other bars on the cosines are low (a stream of a few items weighs words unlike a month of news).
        var options = new StoryClustererOptions
        {
            JoinThreshold = 0.99, HeadlineJoinThreshold = 0.99, ThreadAgreement = 0.3, ThreadTextAgreement = 0, ThreadTopicAgreement = 0, ThreadSingleAnchorTopic = 0,
        };
        Assert.True(Linked(options with { ThreadOneNameHappening = 0 }, row), "without the rule the shared person links them");
        Assert.Equal(row.Linked, Linked(options, row));
    }

    public sealed record AnchorCase(string Name, string[] Core, string[] Article, int Read, int ReadAll);

    public static TheoryData<AnchorCase> AnchorCases => new()
    {
        new("a later name bridges two read apart: one person", ["cuomo", "york_gov", "gov_andrew", "andrew_cuomo"], ["cuomo", "york_gov", "gov_andrew", "andrew_cuomo"], 2, 1),
        new("two people stay two", ["eugeni", "brooksbank", "jack_brooksbank"], ["eugeni", "brooksbank", "jack_brooksbank"], 2, 2),
        new("the words and pairs of one name are one", ["kobe_bryant", "bryant"], ["kobe_bryant", "bryant"], 1, 1),
    };

    [Theory]
    [MemberData(nameof(AnchorCases))]
    public void TheNamesOfOnePersonCountAsOneWhenAllAreRead(AnchorCase c)
    {
        var core = new TermCentroid();
        core.Add(Vector(c.Core));
        var article = new ArticleProfile(Vector(c.Article), Vector(c.Article));
        var options = new StoryClustererOptions();
        var vocabulary = new StreamVocabulary();

        Assert.Equal(c.Read, SpecificNames.Anchors(core, article, vocabulary, options, T0).Count);
        Assert.Equal(c.ReadAll, SpecificNames.Anchors(core, article, vocabulary, options, T0, readAll: true).Count);
    }

    private static bool Linked(StoryClustererOptions options, PersonCase row)
    {
        var c = new StoryClusterer(options) { Explaining = true };
        Background(c);
        var earlier = c.Add(A("earlier", row.EarlierTitle, row.EarlierText, T0));
        for (var d = 2; d < 6; d += 2)
        {
            c.Add(A("quiet" + d, "Weather: sunny spells and light winds", "", T0.AddDays(d)));
        }

        var later = c.Add(A("later", row.LaterTitle, row.LaterText, T0.AddDays(6)));
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

    /// <summary>The terms, strongest first in the order given.</summary>
    private static TermVector Vector(string[] terms) =>
        TermVector.From(terms.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => 1.0 - (0.1 * x.i)), terms.Length);
}
