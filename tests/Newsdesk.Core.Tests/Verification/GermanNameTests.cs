using Newsdesk.Articles;
using Newsdesk.Verification;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>
/// German capitalises every noun (issue #18): the hard rule "name not in sources" must not fire on an
/// ordinary noun the sources use ("den Schaden"), and must still fire on an invented person or place.
/// French and German sentences are read with their own Snowball stemmer, so an inflected form of a
/// source's word ("Deiche" for "Deich") is the same word.
/// </summary>
public sealed class GermanNameTests
{
    private static readonly Article Report = new(
        "d1", "https://example.test/d1", "Rundschau", "Hochwasser in Weidenbrück",
        "Die Feuerwehr hat 230 Bewohner aus ihren Häusern in der Unterstadt in Sicherheit gebracht, wie die Stadt am Morgen mitteilte.\n\n"
        + "Bürgermeister Jens Albrecht schätzt den Schaden an Straßen und Kellern auf rund 4,5 Mio. Euro. Am Mühlenweg ist ein Deich gebrochen.",
        null);

    public sealed record Case(string Name, string Sentence, bool Supported, string? Reason)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        new("a noun the source writes after its article, here without one", "Schaden an Straßen und Kellern in Weidenbrück.", true, null),
        new("nouns copied", "Die Feuerwehr hat 230 Bewohner in Sicherheit gebracht.", true, null),
        new("an inflected noun (Snowball German)", "Am Mühlenweg sind Deiche gebrochen.", true, null),
        new("an invented person", "Bürgermeister Klaus Brandhorst schätzt den Schaden auf rund 4,5 Mio. Euro.", false, "name not in sources: Brandhorst"),
        new("an invented place", "Die Feuerwehr hat 230 Bewohner in Grünwalde in Sicherheit gebracht.", false, "name not in sources: Grünwalde"),
        new("a changed number", "Die Feuerwehr hat 320 Bewohner in Sicherheit gebracht.", false, "number not in sources: 320"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Checks(Case c)
    {
        var verifier = new Verifier();
        var sources = verifier.Prepare([Report]);
        var verdict = verifier.Check(c.Sentence, ["d1"], sources);
        Assert.True(c.Supported == verdict.Supported, $"{c.Name}: supported={verdict.Supported} score={verdict.Score} reasons={string.Join("; ", verdict.Reasons)}");
        if (c.Reason is not null)
        {
            Assert.Contains(verdict.Reasons, r => r.StartsWith(c.Reason, StringComparison.Ordinal));
        }
    }
}
