using Newsdesk.Articles;
using Newsdesk.Stories;

namespace Newsdesk.Core.Tests.Stories;

/// <summary>
/// A month is capitalised, so the clusterer reads it as a name; two stories that share only a month share a date, not a
/// happening (session 15, issue #14: "Schools in Wales not reopening on 1 June" linked to a press review saying schools
/// "go back in June"). <see cref="StoryClustererOptions.ThreadMonthsAreNoNames"/>.
/// </summary>
public sealed class ThreadMonthTests
{
    private static readonly DateTimeOffset T0 = new(2020, 5, 2, 23, 0, 0, TimeSpan.Zero);

    public sealed record MonthCase(string Name, string EarlierTitle, string EarlierText, string LaterTitle, string LaterText, bool Linked);

    /// <summary>Real feed items of May 2020 (bench-data/real-feeds-2020-05; the first is a judged link of bench/cluster/links).</summary>
    public static TheoryData<MonthCase> Cases => new()
    {
        new("a press review and Wales' schools share only 'June': no thread",
            "The Papers: PM's 'hospital hell' and schools 'go back in June'",
            "Reports primary schools will reopen in June and the \"scandal\" of care-home deaths lead front pages.",
            "Coronavirus: Schools in Wales not reopening on 1 June",
            "The situation for schools in Wales will not change on 1 June, the education minister says.",
            false),
        new("the Robertson Quay breaches, then the charges in June: one thread",
            "No alcohol takeaways for 10 eateries after Robertson Quay breaches",
            "Ten restaurants at Robertson Quay have been barred from selling alcohol for takeaway until June, after people were found flouting safe distancing measures.",
            "Robertson Quay incident: Six men and one woman to be charged for flouting circuit breaker measures",
            "Six men and one woman will be charged in court on June 2 for flouting circuit breaker regulations at Robertson Quay.",
            true),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void AMonthBothNameIsNoSharedName(MonthCase row)
    {
        // Only this rule is under test: no article joins another, and the other bars on the cosines are low.
        var options = new StoryClustererOptions
        {
            JoinThreshold = 0.99, HeadlineJoinThreshold = 0.99, ThreadAgreement = 0.3, ThreadTextAgreement = 0, ThreadTopicAgreement = 0,
            ThreadSingleAnchorTopic = 0, ThreadOneNameHappening = 0,
        };
        Assert.True(Linked(options with { ThreadMonthsAreNoNames = false }, row), "without the rule they are linked");
        Assert.Equal(row.Linked, Linked(options with { ThreadMonthsAreNoNames = true }, row));
    }

    [Fact]
    public void TheMonthsAreTheClusterersTerms() =>
        Assert.Subset(StoryThreads.MonthTerms, new HashSet<string>(["june", "may"], StringComparer.Ordinal));

    private static bool Linked(StoryClustererOptions options, MonthCase row)
    {
        var c = new StoryClusterer(options);
        Background(c);
        var earlier = c.Add(A("earlier", row.EarlierTitle, row.EarlierText, T0));
        var later = c.Add(A("later", row.LaterTitle, row.LaterText, T0.AddDays(5)));
        Assert.True(later.IsNewStory);
        return later.ThreadId == earlier.ThreadId;
    }

    /// <summary>Unrelated reports first, so that the stream's vocabulary has seen common words and capitals.</summary>
    private static void Background(StoryClusterer c)
    {
        string[] places = ["Leeds", "Bristol", "Cardiff", "Glasgow", "Belfast", "Norwich"];
        for (var i = 0; i < places.Length; i++)
        {
            c.Add(A("bg" + i, $"Council in {places[i]} approves budget",
                $"The city council in {places[i]} approved the budget on Tuesday. The police and the hospital asked for more staff, and people were told the vote was final.",
                T0.AddDays(-3).AddHours(i)));
        }
    }

    private static Article A(string id, string title, string text, DateTimeOffset at) =>
        new(id, "https://example.test/" + id, "outlet", title, text, at);
}
