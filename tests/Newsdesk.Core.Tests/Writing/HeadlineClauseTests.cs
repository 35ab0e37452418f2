using Newsdesk.Writing.Extractive;

namespace Newsdesk.Writing.Tests;

/// <summary>Headlines from text (no source headline): a whole main clause of at most 14 words, or nothing; issue #15 cases.</summary>
public class HeadlineClauseTests
{
    public sealed record Case(string Name, string Sentence, string Expected)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        new("ends before the attribution", "A Pittsburgh teacher was charged with corruption of minors, according to the criminal complaint.", "A Pittsburgh teacher was charged with corruption of minors"),
        new("a short sentence whole", "The Rockies apologised to fans.", "The Rockies apologised to fans"),
        new("ends before an adverbial clause", "A Florida woman who became lost was found after wandering around a park for nearly 12 hours.", "A Florida woman who became lost was found"),
        new("regression: never before an appositive", "President Trump asked the F.B.I. director, James B. Comey, to shut down the federal investigation into Michael Flynn.", ""),
        new("regression: an introductory phrase is no clause", "For fans of Led Zeppelin, the news was a surprise to many of them.", ""),
        new("regression: too long and no place to end", "Multiple news outlets are now reporting that James Comey wrote a memo about his meeting with the president in February.", ""),
        new("regression: a video player's label", "CLOSE With thousands of people evacuating the coasts, residents stayed.", ""),
        new("regression: no cut inside an appositive", "The bodies of two renowned U.S. climbers, found in Tibet 16 years after they died, have been left untouched.", ""),
        new("regression: a subordinate clause after 'said' is not the main clause", "Police said after the girl's mother discovered the messages on her iPod, she found letters.", ""),
        new("regression: no verb", "A young Brooklyn mother pushing her baby in a stroller.", ""),
        new("regression: a run of title-case teasers", "RIP Storm Thorgerson: 10 Of His Best Album Covers Ever Made.", ""),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Takes_a_whole_main_clause_or_nothing(Case c) => Assert.Equal(c.Expected, Headline.MainClause(c.Sentence));

    public sealed record TextCase(string Name, string[] Sentences, string Expected)
    {
        public override string ToString() => Name;
    }

    /// <summary>From the candidate sentences (lede first): a short whole clause, else a longer whole clause, else a short whole sentence, else nothing (the story is not written).</summary>
    public static TheoryData<TextCase> FromTextCases => new()
    {
        new("the first short clause", ["Police said the man was held.", "The Rockies apologised to fans."], "Police said the man was held"),
        new("a later sentence's short clause before an earlier long one",
            ["Sylvester Stallone suggested on Sunday that he was not interested in taking a top arts leadership role in the Trump administration, including as chairman of the National Endowment for the Arts.", "The Rockies apologised to fans."],
            "The Rockies apologised to fans"),
        new("a long whole clause rather than no headline",
            ["Sylvester Stallone suggested on Sunday that he was not interested in taking a top arts leadership role in the Trump administration, including as chairman of the National Endowment for the Arts."],
            "Sylvester Stallone suggested on Sunday that he was not interested in taking a top arts leadership role in the Trump administration"),
        new("regression c038: a heading over a quoted speech is no headline", ["To win public support."], ""),
        new("regression c101: the end of a video blurb is no headline", ["You're welcome!"], ""),
        new("regression c113: the first sentence of a quotation that runs on", ["\"There is going to be a two-stage process."], ""),
        new("regression c043: a web archive's crawl notice", ["Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive."], ""),
        new("nothing at all", [], ""),
    };

    [Theory]
    [MemberData(nameof(FromTextCases))]
    public void From_text_a_whole_clause_or_nothing(TextCase c) => Assert.Equal(c.Expected, Headline.FromText(c.Sentences));
}
