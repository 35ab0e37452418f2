using Newsdesk.Articles;
using Newsdesk.Verification;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>
/// A word put in the place of another of its small class (WordNet co-hyponyms: "murder" and
/// "manslaughter" under one hypernym; <see cref="CommonWords.Siblings"/>): the window has the other
/// one beside the same neighbouring word, and lacks the sentence's. These tests give the classes
/// explicitly (CI has no WordNet); one skippable test reads the installed WordNet.
/// </summary>
public sealed class SiblingTests
{
    private static readonly Article Court = new(
        "c1", "https://example.test/c1", "Example Times", "",
        "A man has pleaded guilty to manslaughter in the death of an American who fell from a Sydney cliff. "
        + "The victim's brother said the family was relieved. Police said a man was seen near the cliff that night.",
        null);

    private static readonly CommonWords Words = CommonWords.Of(
        ["plead", "guilty", "death", "fall", "brother", "family", "relieve", "police", "see", "night"],
        [["murder", "manslaughter", "homicide"], ["brother", "sister"], ["cliff", "beach", "shore"]]);

    public sealed record Case(string Name, string Sentence, bool Supported, string? Reason)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        new("copied", "A man has pleaded guilty to manslaughter in the death of an American.", true, null),
        new("a sibling in the same place", "A man has pleaded guilty to murder in the death of an American.", false, "word differs: murder (the support: manslaughter)"),
        new("a sibling beside the same next word", "The victim's sister said the family was relieved.", false, "word differs: sister (the support: brother)"),
        new("a sibling in another place is no swap", "Police said a man was seen near the cliff on the night of the murder.", true, null),
        new("both siblings in the sentence", "A man has pleaded guilty to manslaughter rather than murder in the death of an American.", true, null),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Checks(Case c)
    {
        var verifier = new Verifier(Words);
        var verdict = verifier.Check(c.Sentence, [], verifier.Prepare([Court]));
        Assert.True(c.Supported == verdict.Supported, $"{c.Name}: supported={verdict.Supported} reasons={string.Join("; ", verdict.Reasons)}");
        if (c.Reason is not null)
        {
            Assert.Contains(c.Reason, verdict.Reasons);
        }
    }

    [Fact]
    public void WithoutWordNetNoSiblingIsChecked()
    {
        var verifier = new Verifier(null);
        var verdict = verifier.Check("A man has pleaded guilty to murder in the death of an American.", [], verifier.Prepare([Court]));
        Assert.DoesNotContain(verdict.Reasons, r => r.StartsWith("word differs", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void TheInstalledWordNetKnowsSmallClassesOnly()
    {
        var words = CommonWords.Installed;
        Skip.If(words is null, "WordNet (Debian's wordnet-base) is not installed");
        Assert.True(words!.Siblings("murder", "manslaughter"));
        Assert.True(words.Siblings("women", "man"));
        Assert.False(words.Siblings("earnings", "profit"));   // one synset: synonyms
        Assert.False(words.Siblings("week", "month"));        // "time period" has 138 hyponyms: no closed class
    }
}
