using Newsdesk.Writing.Extractive;

namespace Newsdesk.Writing.Tests;

/// <summary>
/// The counts a report states, as the writer reads them to find a dispute and the verifier to check
/// one (<see cref="Contradictions.ScopedCounts"/>): the thing counted, the figure and its scope. Rows
/// from the real May 2020 feeds where a false "Reports differ" was written.
/// </summary>
public class DisputedCountsTests
{
    public sealed record Case(string Name, string Text, string[] Expected)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        new("a plain toll", "The attack killed at least 16 people, including two newborns.", ["killed 16 Event"]),
        new("a number glued to a name counts nothing (real feeds: 'dailymail reported 19')", "Brazil surpassed China in COVID-19 deaths.", []),
        new("a count does not run past 'and' (real feeds: 19 sailors read as injured)", "An accident has killed 19 sailors and injured 15 others.", ["killed 19 Event", "injured 15 Event"]),
        new("a figure of another thing before 'and' (real feeds: 20,000 infections read as deaths)", "New infections exceed 20,000 and deaths are well over 1000.", []),
        new("the world's count", "Over 3.17 million cases including 224,172 deaths have been recorded globally by the World Health Organization.", ["killed 224172 World"]),
        new("an addition and the toll it brings, each in its clause", "Officials reported 24 new deaths, bringing the death toll to 600.", ["killed 24 Added", "killed 600 Event"]),
        new("a day's rise in a toll", "The US coronavirus death toll climbed by 2,333 in the past 24 hours, a tally showed.", ["killed 2333 Added"]),
        new("a country's total, its adverbial before a comma", "Nationwide, 1,200 people have died; 12 were killed in the crash.", ["killed 1200 Country", "killed 12 Event"]),
        new("'New' of a place adds nothing", "Five people were killed in New York and 12 people were injured.", ["killed 5 Event", "injured 12 Event"]),
        new("a count in words (real feeds: the India gas leak's 'eight' and 'five' were not read)", "Toxic gas killed at least eight people; at least five people have died, officials said.", ["killed 8 Event", "killed 5 Event"]),
        new("a count in words with its tens", "The blast killed twenty-one people.", ["killed 21 Event"]),
        new("a count four words from its word", "At least 11 people have been confirmed dead.", ["killed 11 Event"]),
        new("a measure is no count (Multi-News: '16 years after they died')", "The bodies were found 16 years after they died, six feet apart.", []),
        new("another count between is the one counted", "Two of the four killed were children.", ["killed 4 Event"]),
        new("the first part of a list is no toll (real feeds: 'killed two babies and 12 mothers' read as 2 dead)", "The attack which killed two babies and 12 mothers was condemned.", []),
        new("'one' is no count ('no one was hurt')", "No one was hurt.", []),
        new("a day of the month is no toll (real feeds: 'reported 24' from 'since March 24')", "It was the lowest increase in the official death toll since March 24.", []),
        new("a rise by a figure is an addition", "The UK daily virus death toll increases by 170.", ["killed 170 Added"]),
        new("five more", "Health officials confirmed 5 more deaths on Friday.", ["killed 5 Added"]),
        new("another toll", "Officials confirmed another 3 deaths.", ["killed 3 Added"]),
        new("'new' away from the count is about something else", "Police said 12 people were killed in the attack on the new market.", ["killed 12 Event"]),
        new("'new' of the report, not of the toll", "A new report says 40 people were killed in the fighting.", ["killed 40 Event"]),
        new("a line break ends a clause", "Officials expect another\n12 people were killed in the flood", ["killed 12 Event"]),
    };

    /// <summary>
    /// A page whose lines carry no punctuation ("1 killed 2 injured ..." lists) is no single clause: each
    /// count reads a bounded stretch around it, so reading a 200,000-character text stays linear. Bounded
    /// by the memory it allocates, not by time: measured before the bound, 80,000 such characters allocated
    /// 51.6 GB.
    /// </summary>
    [Fact]
    public void A_text_without_clause_marks_is_read_at_a_bounded_cost()
    {
        var line = "1 killed 2 injured 3 killed 4 injured 5 killed 6 injured 7 killed 8 injured 9 killed ";
        var text = string.Concat(Enumerable.Repeat(line, 200_000 / line.Length));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var counts = Contradictions.ScopedCounts(text).Count();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(counts > 20_000, $"{counts} counts read");
        Assert.True(allocated < 1_000_000_000, $"{allocated:N0} bytes allocated for {text.Length:N0} characters");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Counts_are_read_with_their_scope(Case c)
    {
        var read = Contradictions.ScopedCounts(c.Text).Select(x => $"{x.Topic} {x.Value} {x.Scope}").ToList();
        Assert.True(c.Expected.Order(StringComparer.Ordinal).SequenceEqual(read.Order(StringComparer.Ordinal)), $"{c.Name}: read [{string.Join(", ", read)}]");
    }
}
