using Newsdesk.Articles;
using Newsdesk.Stories;

namespace Newsdesk.Core.Tests.Stories;

public sealed class StoryClustererTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static Article A(string id, string title, string text = "", DateTimeOffset? at = null, string source = "outlet") =>
        new(id, "https://example.test/" + id, source, title, text, at);

    [Fact]
    public void ArticlesAboutOneEventJoinOneStoryAndAnotherEventStartsItsOwn()
    {
        var c = new StoryClusterer();
        var a = c.Add(A("1", "Earthquake of magnitude 7.1 strikes Valparaiso in Chile", at: T0));
        var b = c.Add(A("2", "Chile earthquake: Valparaiso shaken by magnitude 7.1 quake", at: T0.AddMinutes(10)));
        var other = c.Add(A("3", "Lakers beat Celtics in overtime thriller", at: T0.AddMinutes(20)));

        Assert.True(a.IsNewStory);
        Assert.Equal(a.StoryId, b.StoryId);
        Assert.NotEqual(a.StoryId, other.StoryId);
    }

    [Fact]
    public void AStoryOutsideTheWindowIsNotJoined()
    {
        var c = new StoryClusterer(new StoryClustererOptions { Window = TimeSpan.FromHours(72) });
        var a = c.Add(A("1", "Valparaiso earthquake magnitude 7.1 Chile", at: T0));
        var later = c.Add(A("2", "Valparaiso earthquake magnitude 7.1 Chile", at: T0.AddDays(4)));

        Assert.NotEqual(a.StoryId, later.StoryId);
        Assert.Equal(1, c.OpenStories);
    }

    [Fact]
    public void SameInputGivesSameOutput()
    {
        var articles = Enumerable.Range(0, 300)
            .Select(i => A(i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"Topic{i % 7} event update number {i % 5} for Place{i % 3}", $"Body about Topic{i % 7} and Place{i % 3}.", T0.AddMinutes(i)))
            .ToList();

        var first = Run(articles);
        var second = Run(articles);

        Assert.Equal(first, second);
    }

    [Fact]
    public void AnArticleBindingTwoSimilarStoriesMergesThemAndTheMergeIsLogged()
    {
        var c = new StoryClusterer(new StoryClustererOptions { HeadlineJoinThreshold = 0.6, MergeThreshold = 0.3, CentroidMergeThreshold = 0.1 });
        var a = c.Add(A("1", "Comcast Time Warner Cable merger regulators", at: T0));
        var b = c.Add(A("2", "Comcast Time Warner Cable deal senators", at: T0.AddMinutes(1)));
        Assert.NotEqual(a.StoryId, b.StoryId);

        var bridge = c.Add(A("3", "Comcast Time Warner Cable merger deal regulators senators", at: T0.AddMinutes(2)));

        var merge = Assert.Single(bridge.Merges);
        Assert.Equal(b.StoryId, merge.From);
        Assert.Equal(a.StoryId, merge.Into);
        Assert.Equal(a.StoryId, bridge.StoryId);
        Assert.Single(c.MergeLog);
        Assert.Equal(1, c.OpenStories);
    }

    public sealed record BadCase(string Name, Article[] Articles);

    public static TheoryData<BadCase> BadInputs => new()
    {
        new("no title", [A("1", "", "Text about the Valparaiso earthquake.", T0)]),
        new("no text", [A("1", "Valparaiso earthquake", "", T0)]),
        new("no title and no text", [A("1", "", "", T0)]),
        new("no date", [A("1", "Valparaiso earthquake", "", null), A("2", "Valparaiso earthquake", "", null)]),
        new("date in 1970", [A("1", "Valparaiso earthquake", "", DateTimeOffset.UnixEpoch), A("2", "Valparaiso quake", "", T0)]),
        new("date in the future", [A("1", "Valparaiso earthquake", "", T0), A("2", "Valparaiso quake", "", new DateTimeOffset(2999, 1, 1, 0, 0, 0, TimeSpan.Zero)), A("3", "Valparaiso quake", "", T0.AddMinutes(1))]),
        new("the same article twice", [A("1", "Valparaiso earthquake", "", T0), A("1", "Valparaiso earthquake", "", T0)]),
        new("only punctuation and digits", [A("1", "!!! ??? 1 2 3 ...", "--- ### 4", T0)]),
        new("a very long word and a huge text", [A("1", new string('x', 10_000), string.Join(' ', Enumerable.Repeat("Valparaiso earthquake tsunami", 50_000)), T0)]),
        new("null fields from a lax wire format", [new Article(null!, null!, null!, null!, null!, null)]),
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInputIsPlacedWithoutCrashingAndDeterministically(BadCase row)
    {
        var first = Run(row.Articles);
        var second = Run(row.Articles);

        Assert.Equal(row.Articles.Length, first.Count);
        Assert.All(first, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Equal(first, second);
    }

    [Fact]
    public void TheSameArticleTwiceJoinsItsOwnStory()
    {
        var c = new StoryClusterer();
        var a = c.Add(A("1", "Valparaiso earthquake magnitude 7.1", at: T0));
        var again = c.Add(A("1", "Valparaiso earthquake magnitude 7.1", at: T0));

        Assert.Equal(a.StoryId, again.StoryId);
    }

    [Fact]
    public void TenThousandArticlesWithTheSameTitleStayOneStoryAndBounded()
    {
        var c = new StoryClusterer();
        var stories = new HashSet<string>();
        for (var i = 0; i < 10_000; i++)
        {
            stories.Add(c.Add(A("a" + i, "Valparaiso earthquake magnitude 7.1 strikes Chile", at: T0.AddSeconds(i))).StoryId);
        }

        Assert.Single(stories);
        Assert.True(c.IndexedTerms <= StoryState.MaxIndexedTerms);
    }

    [Fact]
    public void ArticlesWithoutADateTakeThePreviousArticlesTime()
    {
        var c = new StoryClusterer(new StoryClustererOptions { Window = TimeSpan.FromHours(1) });
        c.Add(A("1", "Valparaiso earthquake magnitude", at: T0));
        var undated = c.Add(A("2", "Valparaiso earthquake magnitude", at: null));

        Assert.False(undated.IsNewStory);
    }

    [Fact]
    public void AnArticleSharingTheTopicButNotTheNamesStartsItsOwnStory()
    {
        var c = new StoryClusterer();
        var first = c.Add(A("1", "Man shot dead in Englewood", "Police said Darnell Hayes, 24, was shot on South Halsted Street in Englewood on Monday night. Officers found him on the sidewalk.", T0));
        var same = c.Add(A("2", "Englewood shooting victim named", "The man shot on South Halsted Street in Englewood was Darnell Hayes, 24, police said. Officers found him on the sidewalk.", T0.AddHours(5)));
        var other = c.Add(A("3", "Man shot dead in Austin", "Police said Marcus Bell, 31, was shot on West Madison Street in Austin on Tuesday night. Officers found him on the sidewalk.", T0.AddHours(20)));

        Assert.Equal(first.StoryId, same.StoryId);
        Assert.NotEqual(first.StoryId, other.StoryId);
    }

    public sealed record NamelessCase(string Name, double NamelessJoinThreshold, string Title, string Text, bool Joins);

    public static TheoryData<NamelessCase> NamelessCases => new()
    {
        new("a report of the same reopening in other words joins", 0.2, "Garden centres reopen as lockdown restrictions ease", "Garden centres reopened their gates on Wednesday as lockdown restrictions eased, and customers queued outside.", true),
        new("another reopening that shares a word or two does not (similarity 0.19)", 0.2, "Beaches reopen to swimmers", "Beaches will reopen to swimmers next week, the council said on Sunday.", false),
        new("before session 16 the same report joined", 0, "Beaches reopen to swimmers", "Beaches will reopen to swimmers next week, the council said on Sunday.", true),
    };

    [Theory]
    [MemberData(nameof(NamelessCases))]
    public void AnArticleThatNamesNoOneJoinsOnlyWhenCloseToTheCore(NamelessCase row)
    {
        // Neither side names anyone or anywhere: only their words can say they report one happening.
        var c = new StoryClusterer(new StoryClustererOptions { NamelessJoinThreshold = row.NamelessJoinThreshold });
        var first = c.Add(A("1", "Garden centres will reopen next week as lockdown restrictions ease", "Garden centres will be allowed to reopen next week as the lockdown restrictions ease, ministers said on Sunday.", T0));
        var next = c.Add(A("2", row.Title, row.Text, T0));

        Assert.Equal(row.Joins, next.StoryId == first.StoryId);
    }

    public sealed record OneNameCase(string Name, double OneNameHappening, string Title, string Text, bool Joins);

    public static TheoryData<OneNameCase> OneNameCases => new()
    {
        new("another item on the bank, with not one word of what happened in common, opens its own story", 0.01,
            "Bad loans key to Westpac dividend as payout suspended", "Shares fell after Westpac suspended its interim dividend.", false),
        new("an item that shares a word of what happened still joins", 0.01,
            "Critics question bank's exit", "Critics said Westpac kept lending to coal miners until this week.", true),
        new("with the rule off the other item joins on the name alone (similarity 0.27)", 0,
            "Bad loans key to Westpac dividend as payout suspended", "Shares fell after Westpac suspended its interim dividend.", true),
    };

    [Theory]
    [MemberData(nameof(OneNameCases))]
    public void OneRareNameWithNothingOfWhatHappenedInCommonDoesNotJoin(OneNameCase row)
    {
        // The stream has barely met the bank's name, so it is specific enough alone; only the other words can tell
        // two items about the bank from two reports of one happening. Earlier reports on other things make the name rare.
        var joins = JoinsAfterOtherReports(
            new StoryClustererOptions { OneNameHappening = row.OneNameHappening },
            A("1", "Westpac abandons funding for thermal coal mining", "On Tuesday the lender Westpac said it would stop funding thermal coal mines.", T0),
            A("2", row.Title, row.Text, T0.AddHours(2)));

        Assert.Equal(row.Joins, joins);
    }

    /// <summary>Whether <paramref name="next"/> joins <paramref name="first"/>'s story after 300 earlier reports on other things (which make a name rare).</summary>
    private static bool JoinsAfterOtherReports(StoryClustererOptions options, Article first, Article next)
    {
        var c = new StoryClusterer(options);
        for (var i = 0; i < 300; i++)
        {
            c.Add(A("f" + i, "Report on " + Word(i) + " and " + Word(i + 5000), "Details of " + Word(i) + " were given.", T0.AddDays(-2).AddMinutes(i)));
        }

        return c.Add(first).StoryId == c.Add(next).StoryId;
    }

    public sealed record TemplateCase(string Name, bool JoinTownsMustAgree, string Source, string Text, bool Joins);

    public static TheoryData<TemplateCase> TemplateCases => new()
    {
        new("the outlet's item on a quake in another town opens its own story", true, "latimes",
            "A magnitude 3.1 earthquake was reported at 9:38 a.m. Saturday 10 miles from Hollister, Calif., according to the U.S. Geological Survey.", false),
        new("its item on the same quake joins", true, "latimes",
            "A magnitude 3.3 earthquake was reported at 4:37 p.m. Thursday 11 miles from Ridgecrest, Calif., according to the U.S. Geological Survey.", true),
        new("another outlet may place the happening in another town", true, "ap",
            "A magnitude 3.3 earthquake was reported at 4:37 p.m. Thursday near Trona, Calif., according to the U.S. Geological Survey.", true),
        new("before session 16 the other quake joined", false, "latimes",
            "A magnitude 3.1 earthquake was reported at 9:38 a.m. Saturday 10 miles from Hollister, Calif., according to the U.S. Geological Survey.", true),
    };

    [Theory]
    [MemberData(nameof(TemplateCases))]
    public void OneOutletsItemsOfOneTemplateInOtherTownsAreOtherHappenings(TemplateCase row)
    {
        // A bot's items share every word but the town, the time and the figures: nearly as close as two reports of one quake.
        // The towns alone are tested here: the magnitudes (3.1 and 3.3) would tell the quakes apart too.
        var c = new StoryClusterer(new StoryClustererOptions { JoinTownsMustAgree = row.JoinTownsMustAgree, JoinMagnitudesMustAgree = false });
        var first = c.Add(A("1", "Earthquake: 3.3 quake near Ridgecrest, Calif.",
            "A magnitude 3.3 earthquake was reported at 4:37 p.m. Thursday 11 miles from Ridgecrest, Calif., according to the U.S. Geological Survey.", T0, "latimes"));
        var next = c.Add(A("2", "Earthquake: 3.1 quake near a California town", row.Text, T0.AddHours(20), row.Source));

        Assert.Equal(row.Joins, next.StoryId == first.StoryId);
    }

    public sealed record MagnitudeCase(string Name, bool JoinMagnitudesMustAgree, string Source, string Title, string Text, bool Joins);

    public static TheoryData<MagnitudeCase> MagnitudeCases => new()
    {
        new("the outlet's item on another quake at the same town opens its own story", true, "latimes",
            "Earthquake: Magnitude 4.4 quake near Eureka, Calif.",
            "A magnitude 4.4 earthquake was reported shortly after midnight 163 miles from Eureka, Calif., according to the U.S. Geological Survey.", false),
        new("its revision of the same quake (the same time of day) joins", true, "latimes",
            "Earthquake: Magnitude 4.9 quake hits near Eureka, Calif.",
            "A magnitude 4.9 earthquake was reported Sunday at 11:55 p.m. 177 miles from Eureka, Calif., according to the U.S. Geological Survey.", true),
        new("another outlet may give another magnitude", true, "ap",
            "Earthquake: Magnitude 4.4 quake near Eureka, Calif.",
            "A magnitude 4.4 earthquake was reported shortly after midnight 163 miles from Eureka, Calif., according to the U.S. Geological Survey.", true),
        new("with the rule off the other quake joins", false, "latimes",
            "Earthquake: Magnitude 4.4 quake near Eureka, Calif.",
            "A magnitude 4.4 earthquake was reported shortly after midnight 163 miles from Eureka, Calif., according to the U.S. Geological Survey.", true),
    };

    [Theory]
    [MemberData(nameof(MagnitudeCases))]
    public void OneOutletsItemsOnQuakesOfOtherMagnitudesAtOneTownAreOtherQuakes(MagnitudeCase row)
    {
        // The quake bot's two items at Eureka share the town and every word of the template; only the magnitude and the time differ.
        var c = new StoryClusterer(new StoryClustererOptions { JoinMagnitudesMustAgree = row.JoinMagnitudesMustAgree });
        var first = c.Add(A("1", "Earthquake: Magnitude 4.7 quake hits near Eureka, Calif.",
            "A magnitude 4.7 earthquake was reported Sunday at 11:55 p.m. 177 miles from Eureka, Calif., according to the U.S. Geological Survey.", T0, "latimes"));
        var next = c.Add(A("2", row.Title, row.Text, T0.AddHours(5), row.Source));

        Assert.Equal(row.Joins, next.StoryId == first.StoryId);
    }

    public sealed record WrittenNameCase(string Name, bool JoinNamesAsWritten, string Title, string Text, bool Joins);

    public static TheoryData<WrittenNameCase> WrittenNameCases => new()
    {
        new("the Bank of England's BoE is not Boeing (one stem, \"boe\"): it opens its own story", true,
            "BoE warns jobs will go as it holds its rate", "The BoE said on Thursday that jobs will go this year as it held its main rate.", false),
        new("an item on Boeing, written as the core writes it, still joins", true,
            "Boeing warns jobs will go as deliveries fall", "Boeing said on Thursday that jobs will go this year as it delivered fewer jets.", true),
        new("with the rule off BoE joins Boeing's story on the stem", false,
            "BoE warns jobs will go as it holds its rate", "The BoE said on Thursday that jobs will go this year as it held its main rate.", true),
    };

    [Theory]
    [MemberData(nameof(WrittenNameCases))]
    public void ANameJoinsOnlyTheSameNameAsWrittenNotItsStem(WrittenNameCase row)
    {
        // Earlier reports on other things make the name rare, so one shared name is enough for a join; the stem makes
        // "BoE" and "Boeing" one term, "boe".
        var joins = JoinsAfterOtherReports(
            new StoryClustererOptions { JoinNamesAsWritten = row.JoinNamesAsWritten },
            A("1", "Boeing to cut 16,000 jobs as airlines cancel orders", "On Wednesday Boeing said it would cut 16,000 jobs as airlines cancel orders for its jets.", T0),
            A("2", row.Title, row.Text, T0.AddHours(2)));

        Assert.Equal(row.Joins, joins);
    }

    [Fact]
    public void OneRecurringPlaceWithNothingOfWhatHappenedDoesNotJoin()
    {
        // Auckland is named by many earlier reports (8 days before, each its own happening); two
        // reports from there the same day about unrelated things share only the city.
        var c = new StoryClusterer();
        string[] earlier =
        [
            "bus drivers walk off the job over pay", "zoo welcomes a baby giraffe", "harbour bridge lane closed for repairs",
            "council votes on rates rise", "ferry timetable cut in winter", "marathon route changes announced",
            "library reopens after flood", "airport parking prices rise", "stadium concert sells out",
            "cycle lane plan criticised", "school zones redrawn", "night market returns",
            "museum opens new gallery", "train line closed for upgrade", "beach warning lifted", "rubbish collection day changes",
        ];
        for (var i = 0; i < earlier.Length; i++)
        {
            c.Add(A("e" + i, "Auckland " + earlier[i], "The change in Auckland was announced on Monday, officials said.", T0.AddDays(-8).AddHours(i)));
        }

        // The rest of a busy stream, so that the city is one name among many (as on real feeds):
        // held by under 1% of the documents, it is still a specific name.
        for (var i = 0; i < 2000; i++)
        {
            c.Add(A("f" + i, "Report on " + Word(i) + " and " + Word(i + 5000), "Details of " + Word(i) + " were given.", T0.AddDays(-2).AddMinutes(i)));
        }

        var stories = Place(
            c,
            A("w", "Auckland water restrictions begin as dams run low", "Residents in Auckland must stop using garden hoses from Friday as the dams fall below half, Watercare said.", T0),
            A("m", "Auckland man jailed for murdering his mother", "A man who killed his mother at her Auckland home was sentenced to life in prison by the High Court on Thursday.", T0.AddHours(2)),
            A("w2", "Auckland dams fall further as water restrictions bite", "Watercare said the dams that supply Auckland fell again, and garden hoses are banned from Friday.", T0.AddHours(4)));

        Assert.Equal(["w", "m", "w"], stories.Select(s => s == stories[0] ? "w" : "m"));
    }

    [Fact]
    public void OneNameTheStreamHadNotMetIsEnoughAlone()
    {
        // Two reports of one incident in a small town, in different words: the town is their only shared name.
        var c = new StoryClusterer();
        var stories = Place(
            c,
            A("1", "Four shot at Haw River sports bar", "Four people were wounded when gunfire broke out at a sports bar in Haw River early Sunday, deputies said.", T0),
            A("2", "Man sought in Haw River bar shootings turns himself in", "The suspect wanted in the Haw River shooting surrendered to deputies on Thursday.", T0.AddDays(1)));

        Assert.Single(stories.Distinct());
    }

    public sealed record LateCase(string Name, bool NameInTheNews, bool Joins);

    public static TheoryData<LateCase> LateCases => new()
    {
        new("a name only this story holds carries a report three days later", false, true),
        new("a name the stream keeps meeting in other stories does not", true, false),
    };

    [Theory]
    [MemberData(nameof(LateCases))]
    public void ASettledStoryTakesALateReportOnlyOnANameOfOneIncident(LateCase row)
    {
        var c = new StoryClusterer();
        if (row.NameInTheNews)
        {
            // Boris Johnson in the news the day before, on other matters (issue #14: his week made one topic story).
            string[] matters = ["visits a car plant", "answers questions from MPs", "meets the French president", "opens a hospital wing", "plays cricket at a school", "launches a bus service", "welcomes a baby son", "backs a trade deal"];
            for (var i = 0; i < matters.Length; i++)
            {
                c.Add(A("e" + i, "Boris Johnson " + matters[i], "The prime minister Boris Johnson " + matters[i] + ".", T0.AddDays(-1).AddHours(i)));
            }
        }

        var first = c.Add(A("1", "Boris Johnson unveils care home testing plan", "Every care home resident in England will be tested for the virus, Boris Johnson told parliament.", T0));
        var late = c.Add(A("2", "Care home testing plan of Boris Johnson criticised", "Care home managers warned that the testing plan Boris Johnson unveiled came too late for residents.", T0.AddDays(3)));

        Assert.Equal(row.Joins, first.StoryId == late.StoryId);
    }

    [Fact]
    public void AStoryTakesNoArticlePastItsSpanHoweverBusyItIs()
    {
        // Only the span is tested here: a name met every day stops carrying a settled story on its own (below).
        var c = new StoryClusterer(new StoryClustererOptions { Window = TimeSpan.FromDays(7), SettledNeedsIncidentName = false });
        var stories = new List<string>();
        for (var day = 0; day < 10; day++)
        {
            stories.Add(c.Add(A("d" + day, "Valparaiso earthquake magnitude 7.1 strikes Chile", "Valparaiso earthquake in Chile.", T0.AddDays(day))).StoryId);
        }

        Assert.All(stories.Take(8), s => Assert.Equal(stories[0], s));
        Assert.NotEqual(stories[0], stories[8]);
    }

    [Fact]
    public void LaterArticlesAreComparedWithTheCoreSoAChainDoesNotDrift()
    {
        // Each article shares most words with the one before, little with the first: a chain A→B→C→D.
        var c = new StoryClusterer(new StoryClustererOptions { CoreTerms = 4, HeadlineJoinThreshold = 0.3 });
        var a = c.Add(A("1", "alpha bravo charlie delta", at: T0));
        var b = c.Add(A("2", "bravo charlie delta echo", at: T0.AddMinutes(1)));
        var d = c.Add(A("3", "delta echo foxtrot golf", at: T0.AddMinutes(2)));
        var e = c.Add(A("4", "foxtrot golf hotel india", at: T0.AddMinutes(3)));

        Assert.Equal(a.StoryId, b.StoryId);
        Assert.NotEqual(a.StoryId, d.StoryId);
        Assert.NotEqual(a.StoryId, e.StoryId);
    }

    public sealed record ClockCase(string Name, int[] DayOffsets, bool LastJoinsFirst);

    /// <summary>Days after T0 of a run of identical articles; whether the last one lands in the first one's story.</summary>
    public static TheoryData<ClockCase> ClockCases => new()
    {
        new("in order, within the span", [0, 1, 2], true),
        new("out of order within the span", [2, 0, 1, 3], true),
        new("idle for weeks, then one article", [0, 30], false),
        new("one article dated years ahead, then back on time", [0, 900, 1], true),
        new("a real gap, confirmed by the next article", [0, 20, 21], false),
    };

    [Theory]
    [MemberData(nameof(ClockCases))]
    public void TheClockCopesWithGapsJumpsAndDisorder(ClockCase row)
    {
        var first = Run(row.DayOffsets.Select((d, i) => A("c" + i, "Valparaiso earthquake magnitude 7.1 strikes Chile", "Valparaiso earthquake in Chile.", T0.AddDays(d))));
        var again = Run(row.DayOffsets.Select((d, i) => A("c" + i, "Valparaiso earthquake magnitude 7.1 strikes Chile", "Valparaiso earthquake in Chile.", T0.AddDays(d))));

        Assert.Equal(first, again);
        Assert.Equal(row.LastJoinsFirst, first[^1] == first[0]);
    }

    [Fact]
    public void AConfirmedJumpOpensTheTentativeStoryToTheNextArticle()
    {
        var c = new StoryClusterer();
        c.Add(A("1", "Valparaiso earthquake magnitude 7.1 strikes Chile", at: T0));
        var jump = c.Add(A("2", "Lakers beat Celtics in overtime thriller", at: T0.AddDays(20)));
        var confirm = c.Add(A("3", "Lakers beat Celtics in overtime thriller again", at: T0.AddDays(20).AddMinutes(5)));

        Assert.True(jump.IsNewStory);
        Assert.Equal(jump.StoryId, confirm.StoryId);
    }

    [Fact]
    public void AWireStoryReprintedThreeHundredTimesIsOneStoryAtBoundedCost()
    {
        var c = new StoryClusterer();
        var stories = new HashSet<string>();
        for (var i = 0; i < 300; i++)
        {
            stories.Add(c.Add(A("w" + i, "Quake of magnitude 7.1 hits Valparaiso, Chile", "VALPARAISO, Chile (AP) - A magnitude 7.1 earthquake struck off Valparaiso on Monday, officials said.", T0.AddMinutes(i), "outlet" + (i % 40))).StoryId);
        }

        Assert.Single(stories);
        Assert.True(c.IndexedTerms <= StoryState.MaxIndexedTerms);
    }

    /// <summary>The story each article joins, in order.</summary>
    private static List<string> Place(StoryClusterer c, params Article[] articles) => articles.Select(a => c.Add(a).StoryId).ToList();

    /// <summary>A made-up word of letters for each number ("baab", "bbab" ...), never a real one.</summary>
    private static string Word(int n)
    {
        var chars = new char[5];
        chars[0] = 'q';
        for (var i = 1; i < chars.Length; i++)
        {
            chars[i] = (char)('a' + (n % 26));
            n /= 26;
        }

        return new string(chars);
    }

    private static List<string> Run(IEnumerable<Article> articles)
    {
        var c = new StoryClusterer();
        return articles.Select(a => c.Add(a).StoryId).ToList();
    }
}
