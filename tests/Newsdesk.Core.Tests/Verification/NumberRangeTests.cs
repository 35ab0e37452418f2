using Newsdesk.Articles;
using Newsdesk.Verification;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>
/// A range's two ends measure one thing: outside the support window, the first number of
/// "between 2,400 and 2,600 units" is found beside the word its range counts (SummEdits ectsum,
/// a summary merging two far-apart sentences of an earnings call).
/// </summary>
public sealed class NumberRangeTests
{
    private static readonly Article Call = new(
        "c1", "https://example.test/c1", "Example Times", "",
        "The average selling price of our homes is expected to exceed $460,000. Our land position remains strong. "
        + "We opened twelve new communities. Anthony Berris has been promoted to president of our financial services. "
        + "Mortgage capture rates were steady. We are anticipating home deliveries for the fourth quarter to reach between 2,400 and 2,600 units.",
        null);

    [Fact]
    public void TheFirstEndOfARangeIsFoundBesideTheRangesWord()
    {
        var verifier = new Verifier(null);
        var verdict = verifier.Check("The average selling price is expected to exceed $460,000, and home deliveries are predicted to hit between 2,400 and 2,600 units.", [], verifier.Prepare([Call]));
        Assert.DoesNotContain(verdict.Reasons, r => r.StartsWith("number not in sources", StringComparison.Ordinal));
    }

    [Fact]
    public void AChangedEndOfARangeIsStillRefused()
    {
        var verifier = new Verifier(null);
        var verdict = verifier.Check("The average selling price is expected to exceed $460,000, and home deliveries are predicted to hit between 2,300 and 2,600 units.", [], verifier.Prepare([Call]));
        Assert.Contains(verdict.Reasons, r => r.StartsWith("number not in sources: 2,300", StringComparison.Ordinal));
    }
}
