using Newsdesk.Articles;
using Newsdesk.Writing.Evaluation;

namespace Newsdesk.Writing.Tests;

/// <summary>The story lint, one row per behaviour; the headline, dateline and fact rows are the issue #15 examples.</summary>
public class StoryLintTests
{
    private const string Teacher =
        "Police say a Pittsburgh elementary school teacher who resigned this month had an inappropriate relationship with an 11-year-old girl. " +
        "Stacey Alcorn was released on $100,000 bond Wednesday. A Pittsburgh teacher was charged with corruption of minors, police said. " +
        "Alcorn, 45, sent the girl 2,400 text messages. According to the complaint, the texts expressed deep love for the girl. For fans of Led Zeppelin, the news was a surprise. " +
        "The singer was nominated for nearly 20 Grammy awards over his career. The district said the total number of complaints is 3.";

    private const string Quake =
        "A magnitude 7.1 earthquake struck off the coast of Japan on Sunday. Tsunami warnings were lifted hours later across the region. " +
        "Engineers inspected railway bridges for damage before trains resumed service.";

    private static readonly Article Main = new("a1", "https://example.invalid/1", "Post-Gazette", "Teacher charged over texts to girl - Post-Gazette", Teacher, null);
    private static readonly Article Other = new("a2", "https://example.invalid/2", "Wire", "Quake strikes off Japan", Quake, null);

    public sealed record Case(string Name, Story Story, LintKind? Expected)
    {
        public override string ToString() => Name;
    }

    private static Story Story(
        string headline = "Teacher charged over texts to girl",
        string dateline = "Nov. 3, 2026",
        string lede = "Stacey Alcorn was released on $100,000 bond Wednesday.",
        string[]? body = null,
        string[]? bodyCites = null,
        StoryFact[]? facts = null) =>
        new(headline, dateline, lede, ["a1"],
            body is null ? [] : [new StorySection("Charges", [body.Select(t => new CitedSentence(t, bodyCites ?? ["a1"])).ToList()], [])],
            facts ?? [], []);

    public static TheoryData<Case> Cases => new()
    {
        new("a source headline without its outlet is whole", Story(), null),
        new("empty headline", Story(headline: ""), LintKind.BrokenHeadline),
        new("headline cut before its verb", Story(headline: "Police say a Pittsburgh elementary school teacher"), LintKind.BrokenHeadline),
        new("headline ending on a dangling word", Story(headline: "Multiple news outlets are now reporting that James Comey wrote"), LintKind.BrokenHeadline),
        new("an introductory phrase cut at its comma", Story(headline: "For fans of Led Zeppelin"), LintKind.BrokenHeadline),
        new("a video player's label as headline", Story(headline: "CLOSE With thousands of people evacuating the coasts of Florida"), LintKind.BrokenHeadline),
        new("regression real feeds 29 May: a teaser as headline, in title case", Story(headline: "A Timeline of the George Floyd Protests"), LintKind.BrokenHeadline),
        new("a main clause with the attribution after its comma is whole", Story(headline: "A Pittsburgh teacher was charged with corruption of minors, police said"), null),
        new("regression real feeds 11 May: a main clause cut before its attribution states it as fact", Story(headline: "A Pittsburgh teacher was charged with corruption of minors"), LintKind.BrokenHeadline),
        new("a headline without the attribution that opens its sentence", Story(headline: "The texts expressed deep love for the girl"), LintKind.BrokenHeadline),
        new("a headline ending on its attribution ('..., officials say') is whole", Story(headline: "Teacher charged over texts to girl, officials say"), null),
        new("dateline naming a navy", Story(dateline: "NAVY, Nov. 3, 2026"), LintKind.NonPlace),
        new("dateline naming a city", Story(dateline: "PITTSBURGH, Nov. 3, 2026"), null),
        new("regression Multi-News c060: a dateline abbreviating Fort", Story(dateline: "FT LAUDERDALE, Nov. 3, 2026"), null),
        new("regression Multi-News c132: AP's dateline for the UN headquarters", Story(dateline: "UNITED NATIONS, Nov. 3, 2026"), null),
        new("'Where: Trump'", Story(facts: [new StoryFact("Where", "Trump", ["a1"])]), LintKind.NonPlace),
        new("'Where' a place the source names", Story(facts: [new StoryFact("Where", "Pittsburgh", ["a1"])]), null),
        new("label made from nearby words", Story(facts: [new StoryFact("Bond Wednesday", "$100,000", ["a1"])]), LintKind.FactNotSourcePhrase),
        new("row copied from the source with what it counts", Story(facts: [new StoryFact("Bond", "$100,000 bond", ["a1"])]), null),
        new("row with its verb: nominated, not won", Story(facts: [new StoryFact("Grammy awards", "nominated for nearly 20 Grammy awards", ["a1"])]), null),
        new("row the cited article does not hold", Story(facts: [new StoryFact("Text messages", "2,500 text messages", ["a1"])]), LintKind.FactNotSourcePhrase),
        new("a figure after its label's own words and a link", Story(facts: [new StoryFact("Total number of complaints", "3", ["a1"])]), null),
        new("a changed figure after its label's words", Story(facts: [new StoryFact("Total number of complaints", "4", ["a1"])]), LintKind.FactNotSourcePhrase),
        new("a figure under a label that does not stand before it", Story(facts: [new StoryFact("Number of teachers", "3", ["a1"])]), LintKind.FactNotSourcePhrase),
        new("furniture sentence", Story(body: ["You can switch location on/off before each Tweet and always have the option to delete your location history."]), LintKind.FurnitureSentence),
        new("a paraphrase of the lede", Story(body: ["Alcorn, 45, sent the girl 2,400 text messages.", "On Wednesday, Stacey Alcorn was freed after posting $100,000 bond."]), LintKind.RepeatedSentence),
        new("two different facts", Story(body: ["Alcorn, 45, sent the girl 2,400 text messages.", "A Pittsburgh teacher was charged with corruption of minors, police said."]), null),
        new("regression Multi-News c121: the same words quoted twice in other frames", Story(body: ["\"You know I was thinking about that today, I was like I'm the victim here, I was the one who was victimized,\" Michael Dunn said from jail.", "\"I'm the victim here. I was the one who was victimized,\" says Dunn, 47, in one of the calls."]), LintKind.RepeatedSentence),
        new("a title in quotation marks is no quotation repeated", Story(body: ["Alcorn taught \"An Introduction to the History of the Modern World\" at the school.", "Parents of pupils in \"An Introduction to the History of the Modern World\" asked the board for an inquiry on Monday."]), null),
        new("a sentence opening with a page's time stamp", Story(body: ["May 09, 2020 5:00 AM Stacey Alcorn was released on bond."]), LintKind.StampedSentence),
        new("a sentence opening with an 'Updated' label", Story(body: ["Updated: 13:00 EDT, 3 May 2016 Stacey Alcorn was released on bond."]), LintKind.StampedSentence),
        new("a sentence opening with a byline in capitals", Story(body: ["By ZEKE MILLER Stacey Alcorn was released on bond."]), LintKind.StampedSentence),
        new("regression Daily Mail: a sentence opening with a columnist's name", Story(body: ["DOUGLAS MURRAY: Stacey Alcorn was released on bond."]), LintKind.StampedSentence),
        new("regression Daily Mail: a sentence opening with a content warning", Story(body: ["WARNING - GRAPHIC CONTENT: Stacey Alcorn was released on bond."]), LintKind.StampedSentence),
        new("a date that is part of the sentence is no stamp", Story(body: ["Alcorn, 45, sent the girl 2,400 text messages."], lede: "Nov. 3, 2026 was the day Stacey Alcorn was released on $100,000 bond."), null),
        new("'She' opening a section", Story(body: ["She sent the girl 2,400 text messages."]), LintKind.DanglingPronoun),
        new("'She' after a sentence that names her", Story(body: ["Stacey Alcorn, 45, was charged with corruption of minors.", "She sent the girl 2,400 text messages."]), null),
        new("'She' after a sentence that opens on her surname (c059)", Story(body: ["Alcorn was charged with corruption of minors on Tuesday.", "She sent the girl 2,400 text messages."]), null),
        new("'She' after a sentence that opens on a group", Story(body: ["Police closed the school early on Tuesday afternoon.", "She sent the girl 2,400 text messages."]), LintKind.DanglingPronoun),
        new("'him' before anyone is named, opening a section", Story(body: ["Officers arrested him at the school on Tuesday."]), LintKind.DanglingPronoun),
        new("'She' after a sentence that names no one", Story(body: ["The school closed early on Tuesday afternoon.", "She sent the girl 2,400 text messages."]), LintKind.DanglingPronoun),
        new("'This' opening a named speaker's quotation points at what the speaker means (c053, c214)", Story(body: ["\"This is not what a teacher does,\" Police Chief Scott Schubert said."]), null),
        new("'They' opening a quotation still needs its people", Story(body: ["\"They sent the girl 2,400 text messages,\" Police Chief Scott Schubert said."]), LintKind.DanglingPronoun),
        new("'This' opening a quotation whose speaker is a pronoun", Story(body: ["\"This is not what a teacher does,\" he said."]), LintKind.DanglingPronoun),
        new("'This week' is a time, not a reference", Story(body: ["This week the school closed early after the charges."]), null),
        new("'It is not clear' stands for what follows", Story(body: ["It is not clear whether the school knew of the messages."]), null),
        new("a pronoun lede", Story(lede: "She was released on $100,000 bond Wednesday."), LintKind.DanglingPronoun),
        new("a teaser", Story(body: ["A look at the major moments between the arrest and the charges."]), LintKind.TeaserSentence),
        new("a sentence only from the unrelated article", Story(body: ["Tsunami warnings were lifted hours later across the region."], bodyCites: ["a2"]), LintKind.OffTopicSentence),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_what_a_reader_must_not_see(Case c)
    {
        var findings = StoryLint.Check(c.Story, [Main, Other]);
        if (c.Expected is { } kind)
        {
            Assert.Contains(findings, f => f.Kind == kind);
            Assert.All(findings, f => Assert.Equal(kind, f.Kind));
        }
        else
        {
            Assert.Empty(findings);
        }
    }

    [Fact]
    public void With_no_event_most_articles_share_the_story_is_the_one_its_headline_and_lede_tell()
    {
        // Multi-News c122's shape: three articles about three events. Before, the lint called none of
        // them off topic (no majority to measure against) and the story interleaved all three.
        var match = new Article("a3", "https://example.invalid/3", "Sport", "Rovers beat Athletic",
            "Danny Mensah put Rovers ahead in the 34th minute at the Harbour Stadium. Luca Ferri headed Athletic level before half-time. A late penalty won the cup tie for Rovers.", null);
        var story = Story(body: ["Tsunami warnings were lifted hours later across the region.", "A late penalty won the cup tie for Rovers."], bodyCites: ["a2"]);
        var findings = StoryLint.Check(story with { Sections = [.. story.Sections, new StorySection("Cup", [[new CitedSentence("A late penalty won the cup tie for Rovers.", ["a3"])]], [])] }, [Main, Other, match]);
        Assert.Contains(findings, f => f.Kind == LintKind.OffTopicSentence && f.Text.StartsWith("Tsunami", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Kind == LintKind.OffTopicSentence && f.Reason.Contains("a3", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Michael O'Leary called the policy 'useless'", false)]   // real feeds 31 May: the lint read the closing mark as the phrase going on
    [InlineData("Michael O'Leary called the policy 'useless", true)]
    public void A_subhead_that_closes_its_quotation_stops_where_its_sentence_does(string heading, bool broken)
    {
        var article = new Article("a1", "https://example.invalid/1", "Mail", "Ryanair boss warns Britons will ignore quarantine rules",
            "Most Britons will simply ignore new quarantine rules for travellers arriving in the UK, the boss of Ryanair has said. Michael O'Leary has called the policy 'useless'.", null);
        var story = new Story("Ryanair boss warns Britons will ignore quarantine rules", "", "Most Britons will simply ignore new quarantine rules for travellers arriving in the UK, the boss of Ryanair has said.", ["a1"],
            [new StorySection(heading, [[new CitedSentence("Michael O'Leary has called the policy 'useless'.", ["a1"])]], [])], [], []);
        Assert.Equal(broken, StoryLint.Check(story, [article]).Any(f => f.Kind == LintKind.BrokenSubhead));
    }

    [Theory]
    [InlineData("LAPD released body camera video", "LAPD released body camera video taken during a violent clash with protesters.", false)]   // real feeds: an irregular participle opens a reduced relative
    [InlineData("Prosecutors questioned a former official", "Prosecutors questioned a former official whose notes were used in the case.", false)]   // real feeds: 'whose' as 'who'
    [InlineData("Court rejected the request", "Court rejected the request of the state to dismiss the case.", true)]
    public void A_subhead_may_stop_before_a_relative_clause_or_a_participle(string heading, string sentence, bool broken)
    {
        var article = new Article("a1", "https://example.invalid/1", "Times", "Headline of the report", sentence, null);
        var story = new Story("Headline of the report", "", "", ["a1"], [new StorySection(heading, [[new CitedSentence(sentence, ["a1"])]], [])], [], []);
        Assert.Equal(broken, StoryLint.Check(story, [article]).Any(f => f.Kind == LintKind.BrokenSubhead));
    }

    [Fact]
    public void Counts_every_kind_even_when_none_is_found()
    {
        var counts = StoryLint.Count([new LintFinding(LintKind.NonPlace, "NAVY", "x")]);
        Assert.Equal(Enum.GetValues<LintKind>().Length, counts.Count);
        Assert.Equal(1, counts[LintKind.NonPlace]);
        Assert.Equal(0, counts[LintKind.BrokenHeadline]);
    }
}
