using Newsdesk.Text;

namespace Newsdesk.Core.Tests.Text;

/// <summary>German capitalises nouns: which capitalised words a text uses as common nouns (<see cref="CommonNouns"/>).</summary>
public sealed class CommonNounsTests
{
    public sealed record Case(string Name, string? Language, string Text, string[] Nouns, string[] NotNouns)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        new("after an article", "de", "Die Feuerwehr schätzt den Schaden.", ["feuerwehr", "schaden"], []),
        new("after a contraction and an adjective", "de", "Am frühen Morgen stieg der Pegel im ganzen Kreis.", ["morgen", "pegel", "kreis"], []),
        new("after a number", "de", "Sie brachte 230 Bewohner nach Hause.", ["bewohner"], ["hause"]),
        new("a derived noun after a preposition", "de", "Sie brachte 230 Bewohner in Sicherheit, mit Unterstützung der Bundeswehr.", ["sicherheit", "unterstützung"], []),
        new("a name after a preposition stays a name", "de", "Sie sprach mit Albrecht in Weidenbrück und mit Jung.", [], ["albrecht", "weidenbrück", "jung"]),
        new("noun endings say nothing in English", "en", "The Nation spoke at Hastings.", [], ["nation"]),
        new("a name after the noun stays a name", "de", "Die Stadt Weidenbrück bittet um Geduld, sagte Jens Albrecht.", ["stadt"], ["weidenbrück", "albrecht", "jens"]),
        new("a comma ends the phrase", "de", "Der Deich, Bürgermeister Albrecht zufolge, hält.", ["deich"], ["bürgermeister", "albrecht"]),
        new("three adjectives are too far", "de", "Die sehr alte, kleine Brücke und die ganz sehr alte Mühle.", [], ["mühle", "brücke"]),
        new("English capitals are names", "en", "The Senate passed the bill in Washington.", [], ["senate", "washington"]),
        new("French capitals are names", "fr", "La Gendarmerie de Port-Vallière a ouvert une enquête.", [], ["gendarmerie"]),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void CommonNounsOfAText(Case c)
    {
        var nouns = CommonNouns.Of(c.Text, c.Language);
        Assert.All(c.Nouns, n => Assert.Contains(n, nouns));
        Assert.All(c.NotNouns, n => Assert.DoesNotContain(n, nouns));
    }
}
