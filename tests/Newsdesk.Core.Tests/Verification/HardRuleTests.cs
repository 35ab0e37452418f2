using Newsdesk.Articles;
using Newsdesk.Verification;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>
/// The hard rules of issue #16, one row per behaviour: names in every sentence, speakers,
/// numbers bound to what they count, dates, quotations, negation and roles. Each failing row
/// must name its reason.
/// </summary>
public sealed class HardRuleTests
{
    private static readonly Article Report = new(
        "r1", "https://example.test/r1", "Example Wire", "",
        "Hillary Clinton and Bernie Sanders debated in Brooklyn on Thursday. David Cameron met Kamala Harris in London.\n\n"
        + "The storm killed 12 people and injured 40 others, officials said. Temperatures ranged from 2.5 to 4.7 degrees.\n\n"
        + "The film was nominated for 20 awards and won three. The crash happened at about 11:45 a.m. on Saturday.\n\n"
        + "Mayor Sadiq Khan said the plan would cost $5 million. The council approved it in 2019 and revised it in 2021.\n\n"
        + "\"We will rebuild the bridge,\" the mayor said. Iran struck Pakistan on Tuesday, the ministry said.\n\n"
        + "The company had made no offer. Police arrested the man after the match.\n\n"
        + "Some Republicans had stood by Nixon through the inquiry. The Wayne County prosecutor's office said Rose led the investigation.",
        null);

    public sealed record Case(string Name, string Sentence, bool Supported, string? Reason)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        new("a sentence full of names, copied", "Hillary Clinton and Bernie Sanders debated in Brooklyn on Thursday.", true, null),
        new("an invented name in a sentence full of names", "Hillary Clinton and Marcus Whitcombe debated in Brooklyn on Thursday.", false, "name not in sources: Whitcombe"),
        new("an invented full name at the start", "Marcus Whitcombe and Bernie Sanders debated in Brooklyn on Thursday.", false, "name not in sources"),
        new("two real names made one person", "David Harris met Kamala Harris in London.", false, "name not in sources: David Harris"),
        new("an invented speaker appended", "The storm killed 12 people and injured 40 others, Paul Tavistock told reporters.", false, "name not in sources"),
        new("a real name given a statement it did not make", "The storm killed 12 people and injured 40 others, Bernie Sanders said.", false, "speaker not in support: sanders"),
        new("the right speaker", "Mayor Sadiq Khan said the plan would cost $5 million.", true, null),
        new("a speaker after the verb", "The plan would cost $5 million, said Sadiq Khan.", true, null),
        new("numbers exchanged", "The storm killed 40 people and injured 12 others, officials said.", false, "number bound differently: 40"),
        new("a range reversed", "Temperatures ranged from 4.7 to 2.5 degrees.", false, "number bound differently"),
        new("a prospect stated as done", "The film won 20 awards.", false, "number bound differently: 20"),
        new("a number copied with its prospect", "The film was nominated for 20 awards.", true, null),
        new("a time of day", "The crash happened at about 11:45 a.m. on Saturday.", true, null),
        new("a changed time of day", "The crash happened at about 11:55 a.m. on Saturday.", false, "number not in sources: 11:55"),
        new("a weekday the sources hold elsewhere", "The crash happened at about 11:45 a.m. on Thursday.", false, "date differs: thursday"),
        new("years exchanged", "The council approved it in 2021 and revised it in 2019.", false, "date bound differently"),
        new("a one-word change in a quotation", "\"We will repair the bridge,\" the mayor said.", false, "quote not found"),
        new("a quotation with other punctuation", "\"We will rebuild the bridge\" the mayor said.", true, null),
        new("roles copied", "Iran struck Pakistan on Tuesday, the ministry said.", true, null),
        new("roles swapped", "Kamala Harris met David Cameron in London.", false, "roles swapped: harris/cameron"),
        new("roles swapped, the first word a name", "Pakistan struck Iran on Tuesday, the ministry said.", false, "names exchanged: pakistan/iran"),
        new("names exchanged with the words opening them", "Nixon had stood by Some Republicans through the inquiry.", false, "names exchanged"),
        new("a name exchanged with the article of another", "Rose prosecutor's office said The Wayne County led the investigation.", false, "names exchanged"),
        new("names copied with their articles", "The Wayne County prosecutor's office said Rose led the investigation.", true, null),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Checks(Case c)
    {
        var verifier = new Verifier();
        var sources = verifier.Prepare([Report]);
        var verdict = verifier.Check(c.Sentence, ["r1"], sources);
        Assert.True(c.Supported == verdict.Supported, $"{c.Name}: supported={verdict.Supported} score={verdict.Score} reasons={string.Join("; ", verdict.Reasons)}");
        if (c.Reason is not null)
        {
            Assert.Contains(verdict.Reasons, r => r.StartsWith(c.Reason, StringComparison.Ordinal));
        }
    }
}
