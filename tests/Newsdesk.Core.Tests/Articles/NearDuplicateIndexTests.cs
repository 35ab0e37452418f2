namespace Newsdesk.Articles;

public sealed class NearDuplicateIndexTests
{
    private const string Wire =
        "BERLIN (Reuters) - Germany's parliament on Thursday approved a plan to spend an extra 100 billion euros on its armed forces, " +
        "a historic shift for a country that has long been reluctant to invest in its military. The vote in the Bundestag passed with " +
        "a two-thirds majority after the government reached a deal with the conservative opposition late on Sunday. Chancellor Olaf Scholz " +
        "announced the fund three days after Russia invaded Ukraine, saying the war marked a turning point for Europe. The money will be " +
        "spent over several years on fighter jets, helicopters, ships and digital equipment. Critics in the Left party said the fund would " +
        "divert money from social programmes, while some Green lawmakers abstained. Finance Minister Christian Lindner said the special " +
        "fund would be financed by new debt outside the constitutional debt brake.";

    private const string LightlyEdited =
        "Germany's parliament on Thursday approved a plan to spend an extra 100 billion euros on its armed forces, " +
        "a historic shift for a country that has long been reluctant to invest in its military. The vote in the Bundestag passed with " +
        "a two-thirds majority after the government reached a deal with the conservative opposition late on Sunday. Chancellor Olaf Scholz " +
        "announced the fund three days after Russia invaded Ukraine, saying the war marked a turning point for Europe. The money will be " +
        "spent over several years on fighter jets, helicopters, ships and digital equipment. Finance Minister Christian Lindner said the special " +
        "fund would be financed by new debt outside the constitutional debt brake. Additional reporting by our Berlin bureau.";

    private const string SameEventOtherWriter =
        "Lawmakers in Berlin backed a 100-billion-euro boost for the Bundeswehr on Thursday. The measure, which needed support from two " +
        "thirds of the chamber, was made possible by an agreement between Scholz's coalition and the Christian Democrats. Defence experts " +
        "have long warned that the army lacks basic equipment, from radios to ammunition. The opposition Left party voted against the " +
        "package, arguing that schools and hospitals need the money more. Officials expect the first contracts, including for F-35 jets, " +
        "to be signed this year, though procurement rules could slow spending down.";

    private const string Unrelated =
        "The city council of Lyon voted to extend its tram network by twelve kilometres, with three new lines serving the eastern suburbs. " +
        "Construction is due to begin next spring and will last four years, according to the transport authority. Residents in the " +
        "affected districts have been invited to public meetings to discuss the route and the removal of parking spaces along it.";

    public static TheoryData<string, string, bool> Cases => new()
    {
        { "an exact copy", Wire, true },
        { "a copy with a different dateline and a line dropped and added", LightlyEdited, true },
        { "the same text with different whitespace and case", Wire.ToUpperInvariant().Replace(" ", "  \n", StringComparison.Ordinal), true },
        { "a different article on the same event", SameEventOtherWriter, false },
        { "an unrelated article", Unrelated, false },
        { "a headline only", "Germany approves 100 billion euro military fund", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Copies_are_recognised_and_other_articles_are_not(string name, string text, bool isCopy)
    {
        var index = new NearDuplicateIndex();
        index.Add("wire-1", Wire);
        var found = index.FindOriginal(text);
        Assert.True(isCopy ? found == "wire-1" : found is null, $"{name}: found {found ?? "nothing"}");
    }

    [Fact]
    public void The_earliest_copy_is_the_original()
    {
        var index = new NearDuplicateIndex();
        Assert.Null(index.Add("first", Wire));
        Assert.Equal("first", index.Add("second", LightlyEdited));
        Assert.Equal("first", index.FindOriginal(Wire));
    }

    [Fact]
    public void Memory_is_bounded_by_forgetting_the_oldest()
    {
        var index = new NearDuplicateIndex(capacity: 2);
        index.Add("wire", Wire);
        index.Add("a", Unrelated);
        index.Add("b", SameEventOtherWriter);
        Assert.Equal(2, index.Count);
        Assert.Null(index.FindOriginal(Wire));
    }

    [Fact]
    public void SimHash_is_close_for_copies_and_far_for_other_articles()
    {
        var wire = SimHash.Of(Wire);
        Assert.True(SimHash.Distance(wire, SimHash.Of(LightlyEdited)) < SimHash.Distance(wire, SimHash.Of(SameEventOtherWriter)));
        Assert.Equal(0, SimHash.Distance(wire, SimHash.Of(Wire)));
    }
}
