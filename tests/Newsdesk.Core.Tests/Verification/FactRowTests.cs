using Newsdesk.Articles;
using Newsdesk.Verification;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>
/// Key-fact rows checked as claims (<see cref="Verifier.CheckFact"/>): the row's number stated in
/// one cited sentence with its label bound to it there. The true rows are the ones the publication
/// gate refused on real news before (giveme and gva-dev, session 4), each with the sentence that
/// states it and the sentence that used to be read instead (short excerpts of the real articles);
/// the false rows change the number or the label, and must stay refused.
/// </summary>
public sealed class FactRowTests
{
    private static Article A(string id, string text) => new(id, $"https://example.test/{id}", "Example", "", text, null);

    private static readonly IReadOnlyList<Article> Articles =
    [
        A("sting", "Silicon Valley's female problem was well-known long before the movement started toppling piggish men in media, politics and the arts.\n\n"
            + "The sting arrested 17 men and one woman, but only a director at Amazon and another director at Microsoft opted for a trial."),
        A("nice", "Officials and witnesses in Nice said at least 84 people, including children, were killed by the driver of the rampaging truck.\n\n"
            + "At least 84 people, including 10 children, were killed by a suspected fanatic who ploughed a 25-tonne truck into crowds."),
        A("well-a", "Some 60 excavators and 100 dump trucks are being used in the search."),
        A("well-b", "More than 500 rescuers and 100 excavators were involved after a call for help on social media by the boy's father."),
        A("cologne", "Germans were left horrified after almost 1,200 women came forward claiming to have been attacked.\n\n"
            + "After more than 1,200 women were sexually assaulted in various German cities on New Year's Eve in 2015, authorities have taken steps to prevent a recurrence."),
        A("laser", "The new laser has a very narrow pulse that fires 10,000 pulses every second, compared to the old laser's wider pulse at 3,000 pulses per second."),
        A("moon", "Skywatchers can look up as the moon appears 7 per cent bigger and 12 to 14 per cent brighter."),
        A("parade", "Video shows a man in a white T-shirt and dark pants fleeing the scene.\n\n"
            + "Of the 10 men, seven women and two 10-year-olds who were wounded, 11 were admitted to the public hospital."),
        A("bank", "In this Dec. 13, 2016, file photo, the logo of the bank appears above a trading post.\n\n"
            + "The New York bank said Friday, Dec. 29, 2017, that two thirds of the $5 billion are due to changes in repatriation taxes."),
        A("bid", "Broadcom Ltd has raised its bid for Qualcomm Inc. to about $121 billion, in an attempt to force the largest-ever technology deal."),
        A("storm", "The storm killed 12 people and injured 40 others, officials said."),
        A("palmer", "He leaves as the only quarterback to throw for more than 4,000 yards in a season with three teams."),
        A("toll", "The coronavirus death toll in the United States climbed by 1,883 in the past 24 hours, a tally by Johns Hopkins University showed Friday, bringing the total number of fatalities to nearly 65,000."),
        A("quezon", "The Quezon City government on Tuesday announced that, based on information from the Department of Health, the total number of confirmed cases is 1,597."),
    ];

    public sealed record Case(string Name, string Label, string Value, string[] Cites, bool Supported, string? Reason = null)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        // True rows that were refused: the best window by coverage was another sentence on the same word.
        new("17 men, beside a sentence on men without a number", "Men", "17 men", ["sting"], true),
        new("10 children, beside a sentence on children without a number", "Children", "10 children", ["nice"], true),
        new("10 men, in a list of the wounded", "Men", "10 men", ["parade"], true),
        new("more than 1,200 women, beside 'almost 1,200 women'", "Women", "more than 1,200 women", ["cologne"], true),
        new("100 excavators, in the second cited article", "Excavators", "100 excavators", ["well-a", "well-b"], true),
        new("a date, beside another date of the same kind", "When", "Dec. 29, 2017", ["bank"], true),
        new("a label across an abbreviation's full stop", "Qualcomm Inc", "Qualcomm Inc. to about $121 billion", ["bid"], true),

        // True rows that were refused because the label read as the number's binder.
        new("10,000 pulses, bound to 'fires' in the source", "Pulses", "10,000 pulses", ["laser"], true),
        new("7 per cent bigger, bound to 'appears' in the source", "Bigger", "7 per cent bigger", ["moon"], true),
        new("a label read before the number", "Killed", "12 people", ["storm"], true),

        // Rows whose value is the figure alone, its label the words before the link (session 15).
        new("the figure of a total brought to it, with its qualifier", "Total number of fatalities", "nearly 65,000", ["toll"], true),
        new("the figure after a copula", "Total number of confirmed cases", "1,597", ["quezon"], true),

        // Wrong numbers.
        new("a number no source holds", "Men", "19 men", ["sting"], false, "no cited sentence holds 19"),
        new("a number the sources hold for something else", "Men", "84 men", ["sting", "nice"], false, "no cited sentence holds 84"),
        new("a number of another outlet's list", "Excavators", "60 excavators", ["well-b"], false, "no cited sentence holds 60"),
        new("a date of another year", "When", "Dec. 29, 2016", ["bank"], false, "no cited sentence holds"),
        new("a figure alone, changed", "Total number of fatalities", "nearly 66,000", ["toll"], false, "no cited sentence holds"),
        new("a figure alone after a copula, changed", "Total number of confirmed cases", "1,579", ["quezon"], false, "no cited sentence holds"),
        new("a figure alone, the change of the total read as the total", "Total number of fatalities", "1,883", ["toll"], false),

        // Wrong labels.
        new("another row's label", "Children", "17 men", ["sting", "nice"], false, "no cited sentence holds 17"),
        new("the label of the next number, after 'and'", "Injured", "12 people", ["storm"], false, "no cited sentence holds 12"),
        new("the label of the previous number, before 'and'", "Bigger", "12 per cent bigger", ["moon"], false, "no cited sentence holds 12"),
        new("a label across a comma", "People", "10 children", ["nice"], false, "no cited sentence holds 10"),
        new("a label after the number, past a preposition", "Seasons", "more than 4,000 yards", ["palmer"], false, "no cited sentence holds 4,000"),
        new("a label that says nothing, over a number that is no date", "When", "17 men", ["sting"], false, "the label 'When' does not say"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ChecksTheRowAsAClaim(Case c)
    {
        var verifier = new Verifier();
        var sources = verifier.Prepare(Articles);
        var verdict = verifier.CheckFact(c.Label, c.Value, c.Cites, sources);
        Assert.True(c.Supported == verdict.Supported, $"{c.Name}: supported={verdict.Supported} score={verdict.Score} reasons={string.Join("; ", verdict.Reasons)}");
        Assert.Equal($"{c.Label}: {c.Value}", verdict.Text);
        if (c.Reason is not null)
        {
            Assert.Contains(verdict.Reasons, r => r.StartsWith(c.Reason, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ARowWithoutANumberIsCheckedAsASentence()
    {
        var verifier = new Verifier();
        var sources = verifier.Prepare(Articles);
        Assert.True(verifier.CheckFact("Where", "Nice", ["nice"], sources).Supported);
        Assert.False(verifier.CheckFact("Where", "Lyon", ["nice"], sources).Supported);
    }
}
