using Newsdesk.Articles;
using Newsdesk.Verification;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>
/// A sentence copied from its sources is supported by the sentence it was copied from, even where
/// an earlier source sentence covers its content words as well (session 15, the two untouched
/// sentences the injection test flagged in Multi-News validation clusters 61-250): the earlier one
/// was taken as the support, and lacked the copied sentence's numbers or read a word of it by a
/// shared stem ("parties" for "part") outside the negation that governs it there.
/// </summary>
public sealed class CopiedSentenceTests
{
    private static Article Source(string text) => new("s1", "https://example.test/s1", "Example Times", "", text, null);

    private const string Chart =
        "Passing Janet Jackson, Rihanna now trails only Madonna for the all-time chart record. "
        + "It marks her 20th No. 1 on the chart, putting her alone in second place. "
        + "She steps ahead of Janet Jackson, who has 19 leaders. Rihanna trails only Madonna, with 43 No. 1s. "
        + "The new chart will appear on Thursday.";

    private const string Deal =
        "\u201CThe leaders of both parties in both chambers have reached an agreement,\u201D President Barack Obama said on Sunday. "
        + "Liberal Democrats are opposed to the deal. "
        + "\u201CThis deal does not even attempt to strike a balance,\u201D Rep. Raul Grijalva said in a statement. \u201CI will not be a part of it.\u201D";

    public static TheoryData<VerifierTests.Case, string> Cases => new()
    {
        {
            new("a copied sentence whose content words an earlier sentence holds without its numbers", "Rihanna trails only Madonna, with 43 No. 1s.", true, null),
            Chart
        },
        {
            new("the same with a number changed", "Rihanna trails only Madonna, with 44 No. 1s.", false, "number not in sources: 44"),
            Chart
        },
        {
            new("a copied quotation whose one content word an earlier sentence holds by its stem (parties: part)", "\u201CI will not be a part of it.\u201D", true, null),
            Deal
        },
        {
            new("the same with its negation removed", "\u201CI will be a part of it.\u201D", false, "quote not found"),
            Deal
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ACopiedSentenceIsSupportedByItsOwnSource(VerifierTests.Case c, string source) => VerifierTests.Expect(c, Source(source));
}
