using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Tests;

/// <summary>Attributions after a comma, which a headline made from a sentence keeps (issue #15, real feeds 11 May 2020).</summary>
public class AttributionTests
{
    [Theory]
    [InlineData("police said on Monday", true)]
    [InlineData("L.A. County public health director Barbara Ferrer says", true)]
    [InlineData("according to a statement provided to NPR by a publicist for the group", true)]
    [InlineData("said Valley Water spokesman Marcus Reid", true)]
    [InlineData("WHO official says", true)]
    [InlineData("coroner told", true)]
    [InlineData("police said the suspect fled", false)]
    [InlineData("and officials said", false)]
    [InlineData("who told police", false)]
    [InlineData("the storm hit the coast", false)]
    public void Is_an_attribution_or_not(string part, bool expected) => Assert.Equal(expected, Attribution.IsTag(part));

    [Theory]
    [InlineData("officials said on Monday", "officials said")]
    [InlineData("police said Tuesday night", "police said")]
    [InlineData("the company said in a statement", "the company said")]
    [InlineData("L.A. County public health director Barbara Ferrer says", "Barbara Ferrer says")]
    [InlineData("according to a statement provided to NPR by a publicist for the group", "according to a statement")]
    [InlineData("according to the Centers for Disease Control", "according to the Centers for Disease Control")]
    [InlineData("he said", null)]
    [InlineData("said he", null)]
    public void A_headline_carries_it_short(string tag, string? expected) => Assert.Equal(expected, Attribution.ForHeadline(tag));
}
