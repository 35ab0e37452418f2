using Newsdesk.Articles;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>"Only", "solely", "exclusively" restrict a claim: the sources must write one (issue #16).</summary>
public sealed class RestrictionTests
{
    private static readonly Article Recall = new(
        "r1", "https://example.test/r1", "Example Post", "",
        "The carmaker recalled 12,000 vans sold in Europe after a brake fault. "
        + "Two van models made in Spain are being checked too, the company said.",
        null);

    public static TheoryData<VerifierTests.Case> Cases => new()
    {
        new("the source's statement", "The carmaker recalled 12,000 vans sold in Europe after a brake fault.", true, null),
        new("an added restriction", "The carmaker recalled 12,000 vans sold only in Europe after a brake fault.", false, "word not in sources: only"),
        new("an added restriction, another word", "The carmaker recalled 12,000 vans sold exclusively in Europe after a brake fault.", false, "word not in sources: exclusively"),
        new("an added restriction opening the sentence", "Only two van models made in Spain are being checked, the company said.", false, "word not in sources: only"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Checks(VerifierTests.Case c) => VerifierTests.Expect(c, Recall);
}
