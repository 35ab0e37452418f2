using Newsdesk.Writing.Extractive;

namespace Newsdesk.Writing.Tests;

/// <summary>The headline and the lede tell one piece of news (issue #15 item 6): the lede comes from an article that tells the headline's news.</summary>
public class HeadlineLedeTests
{
    private static readonly ArticleEvidence OlderCount = ArticleEvidence.Of(
        "Cebu City logs 29 new COVID-19 cases",
        ["Cebu City reported 29 new cases of the coronavirus disease, bringing the city's total infections to 1,417, its city health department announced Thursday."]);

    private static readonly ArticleEvidence NewerCount = ArticleEvidence.Of(
        "Cebu City records 40 new COVID-19 cases; total rises to 1,474",
        ["Cebu City has recorded 40 more cases of the coronavirus disease, bringing the city's total infections to 1,474, its city health department announced Sunday."]);

    [Theory]
    [InlineData("Cebu City records 40 new COVID-19 cases; total rises to 1,474", false, true)]   // regression real feeds 10 May 2020: the older count's report does not tell the newer count
    [InlineData("Cebu City health department reports new coronavirus cases", true, true)]       // no figure, the same news: both tell it
    [InlineData("Dominic Raab condemns 'predatory' hacking attacks", false, false)]             // another piece of news altogether
    public void An_article_tells_a_headline_when_it_holds_its_figures_and_most_of_its_words(string headline, bool older, bool newer)
    {
        Assert.Equal(older, Headline.Tells(OlderCount, headline, Even));
        Assert.Equal(newer, Headline.Tells(NewerCount, headline, Even));
    }

    /// <summary>Every term weighs the same: the share by count.</summary>
    private static readonly Dictionary<string, double> Even = new(StringComparer.Ordinal);

    [Fact]
    public void Words_every_report_shares_weigh_little()
    {
        // Regression real feeds 5 May 2020: the report of Raab's words on sport holds his name and "coronavirus", which
        // every report of the story holds, and none of the headline's own news.
        var sport = ArticleEvidence.Of(
            "Secretary Dominic Raab says Premier League return under consideration",
            ["UK Foreign Secretary Dominic Raab has assured the public that getting sport back up and running again amid the coronavirus pandemic is under active consideration."]);
        const string Headline = "Dominic Raab condemns 'predatory' hacking attacks amid coronavirus";
        var common = new Dictionary<string, double>(StringComparer.Ordinal) { ["dominic"] = 0.1, ["raab"] = 0.1, ["amid"] = 0.5, ["coronavirus"] = 0.1 };
        Assert.True(Newsdesk.Writing.Extractive.Headline.Tells(sport, Headline, Even)); // by count, 4 of 7 terms
        Assert.False(Newsdesk.Writing.Extractive.Headline.Tells(sport, Headline, common));
    }
}
