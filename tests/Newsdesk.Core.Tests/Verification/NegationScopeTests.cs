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
        // Session 14 (calibration split): an adverb about the negation, a source's degree word dropped,
        // an idiom, a name, and a negation whose head the sentence does not restate.
        {
            new("an adverb moves about the negation", "The agent calls a client who is not currently insured with them.", true, null),
            "The agent calls a client who is currently not insured with them. What you're currently getting is expensive."
        },
        {
            new("a degree word of the source dropped brings its next word into scope", "The designer said fifty Euros was not overpriced for a remote control.", true, null),
            "The designer proposed a price of fifty Euros. It's not very expensive for a remote control, he said. A remote control costs a lot."
        },
        {
            new("'no matter' negates nothing", "The agent offers discounts to those who switch, no matter their current insurer.", true, null),
            "The agent offers discounts to those who switch. The discount applies whatever your current insurer is."
        },
        {
            new("a name is not what a negation negates", "The Pearl Room in Mokena is also mentioned as a missed venue.", true, null),
            "The next venue that I miss is the Pearl Room. It wasn't Mokena actually, very close to my house, a venue I missed."
        },
        {
            new("the sentence does not restate the negated phrase", "The host stresses the importance of recruiting new builders.", true, null),
            "If you're not learning how to recruit, you cannot grow. Recruiting new builders is important, the host stresses."
        },
        {
            new("'not to' before the run", "The announcement advises women who have been molested not to be a silent victim.", true, null),
            "Don't be a silent victim, call the police, the announcement for molested women advises."
        },
        {
            new("an adverb does not hide the negated word", "The agent calls a client who is not currently covered.", false, "negation differs: not covered"),
            "The agent calls a client who is currently covered by another company."
        },
        {
            new("a removed negation whose head the sentence restates", "The group said it was learning how to recruit.", false, "negation differs"),
            "The group said it was not learning how to recruit."
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadsTheNegationWhereItReaches(VerifierTests.Case c, string source) => VerifierTests.Expect(c, Source(source));
}
