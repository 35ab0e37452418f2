using Newsdesk.Articles;
using Newsdesk.Verification;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>
/// How far a negation reaches (issue #16, session 11). The false alarms came from the calibration
/// split of SummEdits: a negation read as governing a word of the next clause, a plain run
/// of words right after a negation read as plain, and a window stating a word plainly where the
/// source negates it before the same next word elsewhere. Each row also keeps a true flip flagged.
/// </summary>
public sealed class NegationScopeTests
{
    private static Article Source(string text) => new("s1", "https://example.test/s1", "Example Times", "", text, null);

    public static TheoryData<VerifierTests.Case, string> Cases => new()
    {
        {
            new("a negation opening the source sentence, 'to not be' in the summary", "The announcement advises women to not be a silent victim.", true, null),
            "Don't be a silent victim, call the police. The announcement was made by the university."
        },
        {
            new("a negation in a relative clause does not reach the next clause", "The speaker misses the Pearl Room, a venue close to his house.", true, null),
            "The next venue that is not around that I miss incredibly is the Pearl Room. It was very close to my house."
        },
        {
            new("the source negates the word before the same next word elsewhere", "The designer said fifty Euros was not very expensive for a remote control.", true, null),
            "The designer proposed a price of fifty Euros. It's quite expensive, someone said. Well, it's not very expensive for a remote control that has this functionality."
        },
        {
            new("not guilty of one charge is not not guilty of the other", "White pleaded not guilty to manslaughter in the death of Scott Johnson.", false, "negation differs: not guilty"),
            "White pleaded guilty to manslaughter in the death of Scott Johnson. White had pleaded not guilty to murder and guilty to manslaughter."
        },
        {
            new("an added negation before a preposition is still read", "The council did not approve the plan on Monday.", false, "negation differs: not approve"),
            "The council approved the plan on Monday."
        },
        {
            new("a removed negation is still read", "The group said it was planning another protest.", false, "negation differs"),
            "The group said it was not planning another protest."
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadsTheNegationWhereItReaches(VerifierTests.Case c, string source) => VerifierTests.Expect(c, Source(source));
}
