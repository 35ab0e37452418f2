using Newsdesk.Articles;
using Newsdesk.Verification;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>
/// A death made a crime or a punishment (session 13): "died" -> "was murdered", "killed" ->
/// "executed". The sentence claims how someone died, or that it was a crime, where its support says
/// only that they died or were killed (<see cref="CommonWords.NamesAKilling"/>, read from WordNet's
/// verbs below kill.v.01). These tests give the words explicitly (CI has no WordNet); one skippable
/// test reads the installed WordNet.
/// </summary>
public sealed class KillingForDeathTests
{
    private static readonly Article Report = new(
        "r1", "https://example.test/r1", "Example Times", "",
        "A man died after a fight outside a bar in Leeds on Friday, police said. "
        + "Two soldiers were killed in the attack near the border. "
        + "The family asked for privacy.",
        null);

    private static readonly Article Inquiry = new(
        "r2", "https://example.test/r2", "Example Post", "",
        "A man died after a fight outside a bar in Leeds on Friday, police said. "
        + "Detectives have opened a murder inquiry.",
        null);

    private static readonly CommonWords Words = CommonWords.Of(
        ["fight", "bar", "police", "soldier", "attack", "border", "family", "privacy"],
        ["murder", "execute", "assassinate", "massacre", "execution"],
        ["die", "kill", "death", "dead", "killing", "perish"]);

    public sealed record Case(string Name, Article Source, string Sentence, bool Supported, string? Reason)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        new("copied", Report, "A man died after a fight outside a bar in Leeds on Friday, police said.", true, null),
        new("died made murdered", Report, "A man was murdered after a fight outside a bar in Leeds on Friday, police said.", false, "word not in support: murdered (the support: died)"),
        new("killed made executed", Report, "Two soldiers were executed in the attack near the border.", false, "word not in support: executed (the support: killed)"),
        new("died made killed says no more", Report, "A man was killed after a fight outside a bar in Leeds on Friday, police said.", true, null),
        new("a crime the article writes elsewhere", Inquiry, "A man was murdered after a fight outside a bar in Leeds on Friday, police said.", true, null),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Checks(Case c)
    {
        var verifier = new Verifier(Words);
        var verdict = verifier.Check(c.Sentence, [], verifier.Prepare([c.Source]));
        Assert.True(c.Supported == verdict.Supported, $"{c.Name}: supported={verdict.Supported} reasons={string.Join("; ", verdict.Reasons)}");
        if (c.Reason is not null)
        {
            Assert.Contains(c.Reason, verdict.Reasons);
        }
    }

    [Fact]
    public void WithoutWordNetNothingIsChecked()
    {
        var verifier = new Verifier(null);
        var verdict = verifier.Check("A man was murdered after a fight outside a bar in Leeds on Friday, police said.", [], verifier.Prepare([Report]));
        Assert.DoesNotContain(verdict.Reasons, r => r.StartsWith("word not in support", StringComparison.Ordinal));
    }

    /// <summary>First senses, and the nouns a first-sense killing verb derives ("assassination", first character assassination in WordNet; session 14); not "shooting".</summary>
    [SkippableFact]
    public void TheInstalledWordNetTellsAKillingFromADeath()
    {
        var words = CommonWords.Installed;
        Skip.If(words is null, "WordNet (Debian's wordnet-base) is not installed");
        foreach (var killing in (string[])["murdered", "executed", "assassinated", "massacred", "murder", "homicide", "slain", "assassination", "assassinations"])
        {
            Assert.True(words!.NamesAKilling(killing), killing);
        }

        foreach (var death in (string[])["died", "killed", "death", "dead", "perished"])
        {
            Assert.True(words!.NamesADeath(death), death);
            Assert.False(words.NamesAKilling(death), death);
        }

        foreach (var other in (string[])["shot", "said", "attacked", "arrested", "hit", "shooting"])
        {
            Assert.False(words!.NamesAKilling(other), other);
        }
    }
}
