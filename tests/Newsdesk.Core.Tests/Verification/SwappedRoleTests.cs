using Newsdesk.Articles;
using Newsdesk.Verification;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>
/// Names of several words exchanged around a verb (session 14, read on the injection test's 60 dev
/// clusters of Multi-News validation): each row's source is the sentence the story copied, and the
/// sentence is what the injection made of it. The untouched sentence must pass.
/// </summary>
public sealed class SwappedRoleTests
{
    private static Article Source(string text) => new("s1", "https://example.test/s1", "Example Times", "", text, null);

    public static TheoryData<VerifierTests.Case, string> Cases => new()
    {
        {
            new("two names of several words around a verb", "New York Times vehemently denied the The White House report, and Trump has defended his firing of Comey.", false, null),
            "It's still a minority of GOP lawmakers. The White House vehemently denied the New York Times report, and Trump has defended his firing of Comey."
        },
        {
            new("the same, untouched", "The White House vehemently denied the New York Times report, and Trump has defended his firing of Comey.", true, null),
            "It's still a minority of GOP lawmakers. The White House vehemently denied the New York Times report, and Trump has defended his firing of Comey."
        },
        {
            new("a place and a person exchanged around a verb", "Investors in Prime Minister Najib Razak last year asked New York about the Kartika case.", false, null),
            "That case has put the country's moderate image under scrutiny. Investors in New York last year asked Prime Minister Najib Razak about the Kartika case."
        },
        {
            new("the same, untouched (a verb after a time)", "Investors in New York last year asked Prime Minister Najib Razak about the Kartika case.", true, null),
            "That case has put the country's moderate image under scrutiny. Investors in New York last year asked Prime Minister Najib Razak about the Kartika case."
        },
        {
            new("a place and a person exchanged around 'without'", "Humphries has been spotted partying in both Miami and Kim without New York, getting flirty with multiple women.", false, null),
            "The magazine claims that Kardashian is fed up. It reported that Humphries has been spotted partying in both Miami and New York without Kim, getting flirty with multiple women."
        },
        {
            new("the same, untouched (a name of two words after 'without')", "Humphries has been spotted partying in both Miami and New York without Kim, getting flirty with multiple women.", true, null),
            "The magazine claims that Kardashian is fed up. It reported that Humphries has been spotted partying in both Miami and New York without Kim, getting flirty with multiple women."
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadsWhoDidWhatToWhom(VerifierTests.Case c, string source) => VerifierTests.Expect(c, Source(source));
}
