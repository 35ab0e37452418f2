using Newsdesk.Articles;
using Newsdesk.Verification;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>
/// Session 17 (QAGS dev half): numbers a tokeniser wrote out with a space after their separator
/// ("235, 000") are the numbers they were, and against sources written without capitals a lowercase
/// word that is no common word is read as a name. Each rule has a row it clears and one that stays refused.
/// </summary>
public sealed class Session17Tests
{
    public sealed record RepairCase(string Name, string Text, string Expected)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<RepairCase> RepairCases => new()
    {
        new("thousands written out", "It was viewed more than 235, 000 times.", "It was viewed more than 235,000 times."),
        new("several groups", "They scooped $ 53, 193, 914 on the draw.", "They scooped $ 53,193,914 on the draw."),
        new("a decimal written out", "Prices fell by around 7. 8 per cent.", "Prices fell by around 7.8 per cent."),
        new("a year ending a sentence is not a decimal", "It closed in 2007. 8 people lost their jobs.", "It closed in 2007. 8 people lost their jobs."),
        new("an article writing a number whole keeps its commas", "On March 5, 300 people marched. It cost 1,200 dollars.", "On March 5, 300 people marched. It cost 1,200 dollars."),
        new("no number written out", "On March 5, the mayor spoke.", "On March 5, the mayor spoke."),
    };

    [Theory]
    [MemberData(nameof(RepairCases))]
    public void JoinsTheNumbersATokeniserWroteOut(RepairCase c) => Assert.Equal(c.Expected, TokenisedNumbers.Repair(c.Text));

    private static readonly Article Tokenised = new(
        "t1", "https://example.test/t1", "Example Times", "",
        "Parents were disgusted by the film, which has now been viewed more than 235, 000 times. It was filmed on a railway.", null);

    [Theory]
    [InlineData("The film has been viewed more than 235,000 times.", true)]
    [InlineData("The film has been viewed more than 236,000 times.", false)]
    public void ANumberATokeniserWroteOutSupportsTheSameNumber(string sentence, bool supported)
    {
        var verifier = new Verifier(null);
        var verdict = verifier.Check(sentence, [], verifier.Prepare([Tokenised]));
        Assert.True(supported == verdict.Supported, $"{sentence}: {string.Join("; ", verdict.Reasons)}");
    }

    private const string Body =
        "England will send a young team to the toulon tournament this summer. Gareth southgate's squad finished fourth last year in london. "
        + "The squad played well in devon before the tournament.";

    private static readonly Article Lowercased = new("l1", "https://example.test/l1", "Example Times", "", Body, null);

    private static readonly Article Cased = new(
        "c1", "https://example.test/c1", "Example Times", "",
        "England will send a young team to the Toulon tournament this summer. Gareth Southgate's squad finished fourth last year in London. "
        + "The squad played well in Devon before the tournament.", null);

    [Theory]
    [InlineData("The squad of aidy boothroyd finished fourth last year.", false)]
    [InlineData("The squad of gareth southgate finished fourth last year.", true)]
    [InlineData("The squad played well in devon.", true)]
    [InlineData("The squad played well in cornwall.", false)]
    public void AgainstLowercasedSourcesAWordNoDictionaryHoldsIsAName(string sentence, bool supported)
    {
        WithWordNet(words =>
        {
            var verifier = new Verifier(words);
            var sources = verifier.Prepare([Lowercased]);
            Assert.True(sources.Caseless);
            var verdict = verifier.Check(sentence, [], sources);
            Assert.True(supported == verdict.Supported, $"{sentence}: {string.Join("; ", verdict.Reasons)}");
            if (!supported)
            {
                Assert.Contains(verdict.Reasons, r => r.StartsWith("name not in sources", StringComparison.Ordinal) && r.EndsWith("(no common word)", StringComparison.Ordinal));
            }
        });
    }

    [Fact]
    public void AgainstCasedSourcesALowercaseWordNoDictionaryHoldsIsNoName()
    {
        // A term the dictionary lacks ("programmability") in a summary of cased sources is no name.
        WithWordNet(words =>
        {
            var verifier = new Verifier(words);
            var sources = verifier.Prepare([Cased]);
            Assert.False(sources.Caseless);
            var verdict = verifier.Check("The squad of aidy boothroyd finished fourth last year.", [], sources);
            Assert.DoesNotContain(verdict.Reasons, r => r.EndsWith("(no common word)", StringComparison.Ordinal));
        });
    }

    /// <summary>A small WordNet-format folder: common words in lowercase, names capitalised (as WordNet writes them).</summary>
    private static void WithWordNet(Action<CommonWords> test) =>
        WithWordNet(["send", "young", "team", "tournament", "summer", "squad", "finish", "fourth", "last", "year", "play", "well", "before"],
            ["England", "Toulon", "London", "Devon", "Cornwall"], test);

    /// <summary>A small WordNet-format folder of the given common words (lowercase) and names (capitalised).</summary>
    internal static void WithWordNet(IEnumerable<string> common, IEnumerable<string> names, Action<CommonWords> test)
    {
        var folder = Directory.CreateTempSubdirectory("wordnet-").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(folder, "data.noun"),
                common.Concat(names).Select((w, i) => $"{10000000 + i} 06 n 01 {w} 0 000 | a word"));
            File.WriteAllLines(Path.Combine(folder, "data.verb"), []);
            File.WriteAllLines(Path.Combine(folder, "data.adj"), []);
            File.WriteAllLines(Path.Combine(folder, "data.adv"), []);
            var words = CommonWords.Load(folder);
            Assert.NotNull(words);
            test(words);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
