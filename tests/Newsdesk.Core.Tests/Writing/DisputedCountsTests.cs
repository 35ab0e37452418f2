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
        new("'New' of a place adds nothing", "Five people were killed in New York and 12 people were injured.", ["injured 12 Event"]),
        new("a day of the month is no toll (real feeds: 'reported 24' from 'since March 24')", "It was the lowest increase in the official death toll since March 24.", []),
        new("a rise by a figure is an addition", "The UK daily virus death toll increases by 170.", ["killed 170 Added"]),
        new("five more", "Health officials confirmed 5 more deaths on Friday.", ["killed 5 Added"]),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Counts_are_read_with_their_scope(Case c)
    {
        var read = Contradictions.ScopedCounts(c.Text).Select(x => $"{x.Topic} {x.Value} {x.Scope}").ToList();
        Assert.True(c.Expected.Order(StringComparer.Ordinal).SequenceEqual(read.Order(StringComparer.Ordinal)), $"{c.Name}: read [{string.Join(", ", read)}]");
    }
}
