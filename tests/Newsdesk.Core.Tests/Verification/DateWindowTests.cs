using Newsdesk.Articles;
using Newsdesk.Verification;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>
/// A weekday is checked against the source sentence that states the sentence, not against any
/// sentence of its window: a window of two sentences held both "Tuesday" and "Wednesday", so the
/// shooting moved from Tuesday night to Wednesday night passed (injection test, Multi-News).
/// </summary>
public sealed class DateWindowTests
{
    private static readonly Article Shooting = new(
        "f6", "https://example.test/f6", "Example Post", "",
        "A university police officer has died after he was shot in the head Tuesday night in Detroit, the police chief confirmed. "
        + "The chief said on Wednesday that a suspect was in custody.",
        null);

    public static TheoryData<VerifierTests.Case> Cases => new()
    {
        new("the source's weekday", "A university police officer has died after he was shot in the head Tuesday night in Detroit, the police chief confirmed.", true, null),
        new("the next sentence's weekday", "A university police officer has died after he was shot in the head Wednesday night in Detroit, the police chief confirmed.", false, "date differs: wednesday"),
        new("two sentences merged, each with its weekday", "The officer was shot Tuesday night and the chief said on Wednesday that a suspect was in custody.", true, null),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Checks(VerifierTests.Case c) => VerifierTests.Expect(c, Shooting);
}
