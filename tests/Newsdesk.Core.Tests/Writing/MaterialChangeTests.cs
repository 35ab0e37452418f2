namespace Newsdesk.Writing.Tests;

/// <summary>What makes later reports a material change to a published story: a new outlet or a new fact.</summary>
public class MaterialChangeTests
{
    private const string Known =
        "The harbour board voted on Tuesday to extend the eastern quay at Port Calder by 120 metres. Board chair Ellen Marsh said larger ships could then berth.";

    public sealed record Case(string Name, string Outlet, string Text, bool Material)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        new("the same text again from the same outlet", "Harbour News", Known, false),
        new("a shorter update of the same facts", "Harbour News", "The board voted to extend the eastern quay at Port Calder by 120 metres on Tuesday.", false),
        new("a name opening a sentence is also a name already known", "Harbour News", "Ellen Marsh, the board chair, welcomed the vote on the quay.", false),
        new("the same outlet under another case", "HARBOUR NEWS", Known, false),
        new("another outlet, even with the same text", "Coast Daily", Known, true),
        new("a new figure", "Harbour News", "The extension of the eastern quay will cost 45 million pounds.", true),
        new("a known figure in another unit is new", "Harbour News", "The quay at Port Calder will be 120 feet longer.", true),
        new("a new name", "Harbour News", "The port's harbour master, Tomas Breen, said the quay was already full most days.", true),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Later_reports_are_judged(Case c)
    {
        var before = new[] { new ReportFacts("Harbour News", Known) };
        Assert.Equal(c.Material, MaterialChange.IsMaterial(before, [new ReportFacts(c.Outlet, c.Text)]));
    }

    [Fact]
    public void No_later_report_is_no_change() =>
        Assert.False(MaterialChange.IsMaterial([new ReportFacts("Harbour News", Known)], []));
}
