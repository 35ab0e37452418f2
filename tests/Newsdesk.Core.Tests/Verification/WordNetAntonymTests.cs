using Newsdesk.Articles;
using Newsdesk.Verification;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>WordNet's antonym pairs (antonyms.txt) beside the hand list: opposites fail, converses and function words do not.</summary>
public sealed class WordNetAntonymTests
{
    private static readonly Article Council = new(
        "e5", "https://example.test/e5", "Example Courier", "",
        "The mayor encouraged residents to use the new bus lanes. The bank lent the city 5 million pounds for the work.\n\n"
        + "The river level was expected to fall by the weekend. All residents of the riverside streets were told to stay at home.",
        null);

    public static TheoryData<VerifierTests.Case> Cases => new()
    {
        new("a WordNet antonym of the source's verb", "The mayor discouraged residents from using the new bus lanes.", false, "antonym: discourag vs encourag"),
        new("a WordNet antonym of the source's adjective", "The river level was unexpected to fall by the weekend.", false, "antonym"),
        new("the source's own words", "The mayor encouraged residents to use the new bus lanes.", true, null),
        new("a converse is the same event", "The city borrowed 5 million pounds from the bank for the work.", true, null),
        new("a function word of WordNet's pairs is no antonym", "Residents of the riverside streets were told to stay at home.", true, null),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Checks(VerifierTests.Case c) => VerifierTests.Expect(c, Council);
}
