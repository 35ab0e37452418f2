using Newsdesk.Articles;

namespace Newsdesk.Verification.Tests;

/// <summary>
/// "Reports differ" sentences and fact rows name outlets, which no article's text holds: they are
/// checked claim by claim against each named outlet's cited articles.
/// </summary>
public class OutletClaimsTests
{
    private static readonly Article[] Articles =
    [
        new("c1", "https://courier.example/1", "The National Courier", "Train derails", "Twelve people were hurt when the train derailed, and 12 people were injured in all, police said.", null),
        new("m1", "https://mpa.example/1", "Meridian Press Agency", "Train derails", "The derailment injured 12 people, three of them seriously.", null),
        new("b1", "https://buzzline.example/1", "Buzzline", "Horror smash", "Terrified commuters screamed as the train tipped, leaving 14 people injured.", null),
        new("s1", "https://smith.example/1", "Smith and Sons Gazette", "Derailment", "A total of 14 people were injured, the gazette understands.", null),
        new("b0", "https://buzzline.example/0", "Buzzline", "Train derails", "Early reports said 12 people were injured.", null),
        new("p1", "https://post.example/1", "Island Post", "Virus toll", "The islands recorded 24 deaths on Saturday.", null),
        new("w1", "https://wire.example/1", "World Wire", "Virus toll", "Over 3.17 million cases including 224,172 deaths have been recorded globally, the WHO said.", null),
        new("n1", "https://star.example/1", "Northern Star", "Virus toll", "Officials reported 24 new deaths, bringing the death toll to 600.", null),
        new("e1", "https://echo.example/1", "Evening Echo", "Virus toll", "The death toll rose to 640 on Sunday.", null),
    ];

    public sealed record Case(string Name, string Text, string[] Cites, bool Supported)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        new("each outlet's figure as it reported it", "Reports differ on the number injured: Meridian Press Agency and The National Courier reported 12; Buzzline reported 14.", ["c1", "m1", "b1"], true),
        new("the fact row form", "Injured (reports differ): Meridian Press Agency, The National Courier: 12; Buzzline: 14", ["c1", "m1", "b1"], true),
        new("an outlet whose name holds 'and'", "Reports differ on the number injured: The National Courier reported 12; Buzzline and Smith and Sons Gazette reported 14.", ["c1", "b1", "s1"], true),
        new("a figure swapped between outlets", "Reports differ on the number injured: Buzzline reported 12; The National Courier reported 14.", ["c1", "b1"], false),
        new("an outlet not among the cited", "Reports differ on the number injured: The National Courier reported 12; Buzzline reported 14.", ["c1"], false),
        new("an outlet that is no source at all", "Reports differ on the number injured: The National Courier reported 12; The Daily Planet reported 14.", ["c1", "b1"], false),
        new("figures that do not differ", "Reports differ on the number injured: The National Courier reported 12; Meridian Press Agency reported 12.", ["c1", "m1"], false),
        new("another thing than the sources count", "Reports differ on the number killed: The National Courier reported 12; Buzzline reported 14.", ["c1", "b1"], false),
        new("the world's count against an island's day (real feeds: 24 vs 224,172)", "Reports differ on the number killed: Island Post reported 24; World Wire reported 224,172.", ["p1", "w1"], false),
        new("a day's new deaths against a toll", "Reports differ on the number killed: Northern Star reported 24; Evening Echo reported 640.", ["n1", "e1"], false),
        new("two tolls", "Reports differ on the number killed: Northern Star reported 600; Evening Echo reported 640.", ["n1", "e1"], true),
        new("two tolls as a fact row", "Deaths (reports differ): Northern Star: 600; Evening Echo: 640", ["n1", "e1"], true),
        new("an outlet's earlier, smaller figure is not its figure", "Reports differ on the number injured: The National Courier reported 12; Buzzline reported 14.", ["c1", "b0", "b1"], true),
        new("an outlet named for a figure it has since raised", "Reports differ on the number injured: Buzzline reported 12; Smith and Sons Gazette reported 14.", ["b0", "b1", "s1"], false),
        new("an outlet named twice", "Reports differ on the number injured: The National Courier reported 12; The National Courier and Buzzline reported 14.", ["c1", "b1"], false),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Claims_are_checked_outlet_by_outlet(Case c)
    {
        var verifier = new Verifier();
        var verdict = verifier.Check(c.Text, c.Cites, verifier.Prepare(Articles));
        Assert.True(c.Supported == verdict.Supported, $"{c.Name}: {string.Join("; ", verdict.Reasons)}");
    }
}
