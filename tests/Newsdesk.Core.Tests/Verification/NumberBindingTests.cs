using Newsdesk.Articles;
using Newsdesk.Verification;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>
/// Numbers the sources state that were refused (session 12, read on SummEdits' calibration split):
/// a binder the sources give two numbers is no sign of an exchange, a binder goes with its
/// direction word, a numbered item's rank is no number, and a transcript says its decimals aloud.
/// The exchanges these rules must not let through stay refused.
/// </summary>
public sealed class NumberBindingTests
{
    private static readonly Article Call = new(
        "e1", "https://example.test/e1", "Example Wire", "",
        "Adjusted earnings from continuing operations were $127.1 million or $1.04 per diluted share. "
        + "Net sales were $1.8 billion. We reported record earnings from continuing operations of $130.4 million, or $1.07 per diluted share. "
        + "Diluted earnings per common share were $3.69 for the third quarter, improved from $3.41 in the second quarter.",
        null);

    private static readonly Article Meeting = new(
        "m1", "https://example.test/m1", "Example Minutes", "",
        "Project Manager: The product costs will be not more than twelve Euros and fifty centimes. "
        + "Marketing: Yeah, you have to keep in mind that the cost won't be more than twelve dot fifty Euros. "
        + "Project Manager: We will sell it for twenty five Euros.",
        null);

    // Session 13: numbers of true sentences refused on the calibration split. Each stands far from
    // the sentence's window (more than three sentences away), where a number must count the same thing.
    private const string Filler = "Client: I see. Sales agent: Let me check that for you. Client: Thank you. Sales agent: You are welcome. ";

    private static readonly Article Plan = new(
        "s1", "https://example.test/s1", "Example Calls", "",
        "Sales agent: The plan costs $185 per month and provides coverage for pre-existing conditions after a year. " + Filler
        + "Client: Can you explain the deductible? Sales agent: Certainly. The deductible amount is $1,500 and the premium is due monthly.",
        null);

    private static readonly Article Dealer = new(
        "d1", "https://example.test/d1", "Example Wire", "",
        "AutoNation reported strong results for the quarter, with same-store gross profit up 28%. " + Filler
        + "Adjusted SG&A as a percentage of gross profit was 64.4% in the third quarter of 2020.",
        null);

    private static readonly Article Podcast = new(
        "p1", "https://example.test/p1", "Example Pod", "",
        "Hey guys, I'm Gia and I'm Draya and welcome to the podcast. " + Filler
        + "Today we talk about cutting people off and personal hygiene.",
        null);

    private static readonly Article Forecast = new(
        "f1", "https://example.test/f1", "Example Scrip", "",
        "The company is forecasting a steep drop in coronavirus vaccine sales in 2023. " + Filler
        + "For the full year of 2023, the company expects sales contracted for delivery of $5bn.",
        null);

    // Session 14: a respective list, and a number counting what the source binds it to.
    private static readonly Article Results = new(
        "r1", "https://example.test/r1", "Example Wire", "",
        "Organic revenues in the second quarter were up 19% year-over-year, adjusted EBITDA was up 21% and adjusted earnings per share of $0.94 increased 38% versus last year. "
        + "We expect revenue for the full year to be between $11,100 million and $11,250 million, which is an increase of $125 million over our prior guidance. "
        + "Adjusted diluted earnings per share increased 1.9% to $1.63. "
        + "In the third quarter revenue was up 12% and earnings were up 30%.",
        null);

    public sealed record Case(string Name, Article Source, string Sentence, bool Supported, string? Reason)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        new("a binder the sources give both numbers", Call,
            "The company reported adjusted earnings of $127.1 million, and earnings from continuing operations of $130.4 million.", true, null),
        new("the same verb to the end value, not from the start value", Call,
            "Diluted earnings per common share improved to $3.69 in the third quarter.", true, null),
        new("the start and end of a change exchanged", Call,
            "Diluted earnings per common share improved from $3.69 to $3.41.", false, "number bound differently"),
        new("a numbered item's rank", Call, "3) Net sales were $1.8 billion.", true, null),
        new("a rank in brackets", Call, "(2) Net sales were $1.8 billion.", true, null),
        new("a changed number after a rank", Call, "3) Net sales were $1.9 billion.", false, "number not in sources: $1.9 billion"),
        new("a decimal a transcript says with 'dot'", Meeting, "The cost must stay under 12.50 Euros.", true, null),
        new("euros and centimes a transcript says apart", Meeting, "The product costs will be not more than 12.5 Euros.", true, null),
        new("another sum than the spoken one", Meeting, "The cost must stay under 12.75 Euros.", false, "number not in sources"),
        new("a sum the source states of the word before it", Plan, "The plan costs $185 per month and has a $1,500 deductible.", true, null),
        new("a sum the source states of another word", Plan, "The plan costs $185 per month and has a $1,500 copay.", false, "number not in sources: $1,500"),
        new("a quarter written 'Q3' that the source writes out", Dealer, "AutoNation reported strong results for Q3 2020, with same-store gross profit up 28%.", true, null),
        new("a quarter the source does not write", Dealer, "AutoNation reported strong results for Q2 2020, with same-store gross profit up 28%.", false, "number not in sources: Q2"),
        new("a scale word binds no year after it", Forecast, "The company forecast a drop in vaccine sales and guided for sales of $5bn in 2023.", true, null),
        new("a respective list binds its numbers in order", Results,
            "Second-quarter revenues and earnings increased by 19% and 38%, respectively, year-over-year.", true, null),
        new("a respective list with its numbers exchanged", Results,
            "Third-quarter revenue and earnings rose 30% and 12%, respectively.", false, "number bound differently"),
        new("a number counting what the source binds it to", Results,
            "Adjusted diluted earnings per share increased 1.9% to $1.63, and full-year revenue guidance rose by $125 million, a $125 million increase over prior guidance.", true, null),
        new("two persons the source names", Podcast, "It is a conversation between two women talking about cutting people off and personal hygiene.", true, null),
        new("three persons where the source names two", Podcast, "It is a conversation between three women talking about cutting people off and personal hygiene.", false, "number not in sources: three"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Checks(Case c)
    {
        var verifier = new Verifier(null);
        var verdict = verifier.Check(c.Sentence, [], verifier.Prepare([c.Source]));
        Assert.True(c.Supported == verdict.Supported, $"{c.Name}: supported={verdict.Supported} reasons={string.Join("; ", verdict.Reasons)}");
        if (c.Reason is not null)
        {
            Assert.Contains(verdict.Reasons, r => r.StartsWith(c.Reason, StringComparison.Ordinal));
        }
    }
}
