using Newsdesk.Articles;
using Newsdesk.Verification;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>
/// A sentence's first word read as a name when it is no common English word and no source writes
/// it ("Lausanne hospitals evacuated" over reports of Geneva). The common words are WordNet's
/// lowercase lemmas (<see cref="CommonWords"/>); these tests give them explicitly or read a small
/// WordNet-format folder, so they never need Debian's wordnet-base.
/// </summary>
public sealed class OpeningNameTests
{
    private static readonly Article Geneva = new(
        "g1", "https://example.test/g1", "Example Times", "Geneva hospitals evacuated after storm",
        "Two hospitals in Geneva were evacuated on Tuesday after a storm damaged their roofs. Patients were moved to clinics nearby.", null);

    private static readonly CommonWords Words = CommonWords.Of(["hospital", "evacuate", "patient", "move", "clinic", "storm", "damage", "roof"]);

    [Theory]
    [InlineData("Lausanne hospitals evacuated", false)]
    [InlineData("Geneva hospitals evacuated", true)]
    [InlineData("Hospitals evacuated after storm", true)]
    [InlineData("Patients moved to clinics nearby", true)]
    public void AnOpeningWordNoSourceWritesIsAName(string heading, bool supported)
    {
        var verifier = new Verifier(Words);
        var verdict = verifier.Check(heading, [], verifier.Prepare([Geneva]));
        Assert.True(supported == verdict.Supported, $"{heading}: {string.Join("; ", verdict.Reasons)}");
        if (!supported)
        {
            Assert.Contains("name not in sources: Lausanne", verdict.Reasons);
        }
    }

    [Fact]
    public void AQuarterAfterTheOpeningWordMakesItNoName()
    {
        // SummEdits ectsum: "Company's Q2 revenues ..." was refused for a company named "Company".
        var source = new Article("e1", "https://example.test/e1", "Example Times", "", "Second quarter revenues rose 19% compared with the prior year.", null);
        var verifier = new Verifier(null);
        var verdict = verifier.Check("Company's Q2 revenues rose 19% year over year.", [], verifier.Prepare([source]));
        Assert.DoesNotContain(verdict.Reasons, r => r.StartsWith("name not in sources", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutWordNetTheOpeningWordIsNotChecked()
    {
        var verifier = new Verifier(null);
        Assert.True(verifier.Check("Lausanne hospitals evacuated", [], verifier.Prepare([Geneva])).Supported);
    }

    [Theory]
    [InlineData("hospitals", true)]
    [InlineData("evacuated", true)]
    [InlineData("storming", true)]
    [InlineData("geese", true)]
    [InlineData("well-known", true)]
    [InlineData("lausanne", false)]
    [InlineData("geneva", false)]
    public void ReadsWordNetsLowercaseLemmasAndTheirInflections(string word, bool common)
    {
        var folder = Directory.CreateTempSubdirectory("wordnet-").FullName;
        try
        {
            // Data lines as WordNet writes them: offset, file, part of speech, word count (hex), word/lexical id pairs.
            File.WriteAllLines(Path.Combine(folder, "data.noun"),
            [
                "  1 This software and database is being provided to you, the LICENSEE, by  ",
                "03540595 06 n 02 hospital 0 infirmary 0 000 | a health facility",
                "01317541 05 n 01 goose 0 000 | web-footed long-necked bird",
                "09032981 15 n 01 Lausanne 0 002 @i 08524735 n 0000 | a city in western Switzerland",
                "08966820 15 n 01 Geneva 0 000 | a city in southwestern Switzerland",
                "11462526 19 n 01 storm 0 000 | a violent weather condition",
            ]);
            File.WriteAllLines(Path.Combine(folder, "data.verb"), ["00038249 30 v 01 evacuate 0 000 | move out of an unsafe location", "01060785 30 v 01 storm 0 000 | blow hard"]);
            File.WriteAllLines(Path.Combine(folder, "data.adj"), ["01375831 00 s 02 well-known 0 known(p) 0 000 | widely known"]);
            File.WriteAllLines(Path.Combine(folder, "data.adv"), []);
            File.WriteAllLines(Path.Combine(folder, "noun.exc"), ["geese goose"]);
            var words = CommonWords.Load(folder);
            Assert.NotNull(words);
            Assert.Equal(common, words.Contains(word));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public void TheInstalledWordNetTellsCommonWordsFromNames()
    {
        var words = CommonWords.Installed;
        Skip.If(words is null, "WordNet (Debian's wordnet-base) is not installed");
        Assert.True(words!.Contains("hospitals"));
        Assert.True(words.Contains("evacuated"));
        Assert.False(words.Contains("lausanne"));
    }

    [Fact]
    public void AFolderWithoutWordNetGivesNoList() =>
        Assert.Null(CommonWords.Load(Path.Combine(Path.GetTempPath(), "no-wordnet-" + Guid.NewGuid().ToString("N"))));
}
