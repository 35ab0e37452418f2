using Newsdesk.Writing.Places;

namespace Newsdesk.Writing.Tests;

/// <summary>What the gazetteer takes for a place, one row per behaviour.</summary>
public class GazetteerTests
{
    [Theory]
    [InlineData("Pittsburgh", true)]
    [InlineData("PITTSBURGH", true)]
    [InlineData("The Hague", true)]
    [InlineData("FT LAUDERDALE", true)]      // Multi-News c060: "Ft." is Fort
    [InlineData("Ft. Lauderdale", true)]
    [InlineData("St. Louis", true)]
    [InlineData("Saint Louis", true)]
    [InlineData("Mt. Pleasant", true)]
    [InlineData("NAVY", false)]
    [InlineData("Trump", false)]
    [InlineData("St.", false)]
    [InlineData("United Nations", false)]    // an organisation in a story's text
    public void Knows_places(string name, bool place) => Assert.Equal(place, Gazetteer.IsPlace(name));

    [Theory]
    [InlineData("UNITED NATIONS", true)]     // Multi-News c132: AP files from the UN headquarters
    [InlineData("GENEVA", true)]
    [InlineData("HOLOCAUST", false)]
    public void Knows_dateline_places(string name, bool place) => Assert.Equal(place, Gazetteer.IsDatelinePlace(name));

    [Theory]
    [InlineData("EUROPE", true)]             // real feeds: "UK death toll highest in Europe" was dated EUROPE
    [InlineData("Latin America", true)]
    [InlineData("the Caribbean", true)]
    [InlineData("Pacific", true)]
    [InlineData("Australia", false)]         // a country first
    [InlineData("Britain", false)]
    [InlineData("Wuhan", false)]
    public void Knows_continents_and_oceans(string name, bool region) => Assert.Equal(region, Gazetteer.IsRegion(name));
}
