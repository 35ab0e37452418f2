using Newsdesk.Articles;
using Newsdesk.Verification;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>
/// Session 17b (QAGS CNN/DM dev half): a name put before words a source writes after another name
/// ("kevin sinfield scored his first try of the season" where the article gives it to joel moon) is
/// refused (<see cref="NameSwaps"/>), in lower-cased sources and in cased ones; the person the source
/// names, a shorter form of that name, a name in the same source sentence's list and a description
/// ("the winger") pass.
/// </summary>
public sealed class Session17bTests
{
    private const string Report =
        "Leeds rhinos beat castleford in london on friday night. Kevin sinfield watched from the stands in devon after his injury. "
        + "It was the rhinos who struck first as joel moon scored his first try of the season. "
        + "Tory minister dan poulter, tom brake and gavin shuker imposed strict cuts on their calories in england.";

    private static readonly string[] Common =
    [
        "beat", "night", "watch", "stand", "injury", "strike", "first", "moon", "score", "try", "season", "minister", "impose", "strict",
        "cut", "calorie", "winger", "friday", "brake", "leeds",
    ];

    private static readonly string[] Names = ["London", "Devon", "England", "Friday", "Tory"];

    public sealed record SwapCase(string Name, string Sentence, bool Supported)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<SwapCase> Cases => new()
    {
        new("another's try given to a name the article has", "Kevin sinfield scored his first try of the season.", false),
        new("the scorer the article names", "Joel moon scored his first try of the season.", true),
        new("the scorer's surname", "Moon scored his first try of the season.", true),
        new("a description of the scorer", "The winger scored his first try of the season.", true),
        new("one of a list the source sentence names", "Tom brake imposed strict cuts on their calories.", true),
        new("a name the source sentence's list lacks", "Kevin sinfield imposed strict cuts on their calories.", false),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void AgainstLowercasedSources(SwapCase c) =>
        Session17Tests.WithWordNet(Common, Names, words => Check(words, Report, c.Sentence, c, caseless: true));

    [Theory]
    [MemberData(nameof(Cases))]
    public void AgainstCasedSources(SwapCase c) =>
        Session17Tests.WithWordNet(Common, Names, words => Check(words, Capitalised(Report), Capitalised(c.Sentence), c, caseless: false));

    private static void Check(CommonWords words, string body, string sentence, SwapCase c, bool caseless)
    {
        var verifier = new Verifier(words);
        var sources = verifier.Prepare([new Article("r1", "https://example.test/r1", "Example Times", "", body, null)]);
        Assert.Equal(caseless, sources.Caseless);
        var verdict = verifier.Check(sentence, [], sources);
        Assert.True(c.Supported == verdict.Supported, $"{sentence}: {string.Join("; ", verdict.Reasons)}");
        if (!c.Supported)
        {
            Assert.Contains(verdict.Reasons, r => r.StartsWith("words given to another name:", StringComparison.Ordinal));
        }
    }

    /// <summary>The same text as a cased outlet writes it (QAGS's lower-cased text keeps only each sentence's first capital): each name capitalised.</summary>
    private static string Capitalised(string text)
    {
        string[] names = ["leeds", "rhinos", "castleford", "london", "friday", "kevin", "sinfield", "devon", "joel", "moon", "tory", "dan", "poulter", "tom", "brake", "gavin", "shuker", "england"];
        var words = text.Split(' ').Select(w => names.Contains(w.TrimEnd('.', ',').ToLowerInvariant()) ? char.ToUpperInvariant(w[0]) + w[1..] : w).ToArray();
        return string.Join(' ', words);
    }
}
