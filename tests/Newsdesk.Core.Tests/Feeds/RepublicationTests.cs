using Newsdesk.Sources;

namespace Newsdesk.Core.Tests.Feeds;

/// <summary>
/// Items of the real May 2020 feeds whose guid and link both changed between captures (the same
/// article republished), and items that only look alike (daily pieces sharing a title, two articles
/// sharing a slug): links and titles as the outlets wrote them.
/// </summary>
public sealed class RepublicationTests
{
    public sealed record Case(string Name, string OldLink, string OldTitle, string NewLink, string NewTitle, bool Same)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        new("Fox moves a story from /world/ to /politics/",
            "https://www.foxnews.com/world/pompeo-china-warning-hong-kong-american-journalists", "Pompeo warns China",
            "https://www.foxnews.com/politics/pompeo-china-warning-hong-kong-american-journalists", "Pompeo warns China", true),
        new("NYT moves a story from science to health on the same date",
            "https://www.nytimes.com/2020/05/06/science/coronavirus-prisons-cdc.html", "To Fight Virus in Prisons, C.D.C. Suggests More Screenings",
            "https://www.nytimes.com/2020/05/06/health/coronavirus-prisons-cdc.html", "To Fight Virus in Prisons, C.D.C. Suggests More Screenings", true),
        new("NYT corrects a slug's typo: same title, same date",
            "https://www.nytimes.com/2020/05/28/us/politics/fisa-surveillance-fbi-trum.html", "House Pulls Surveillance Measure After Trump Tells Republicans to Vote No",
            "https://www.nytimes.com/2020/05/28/us/politics/fisa-surveillance-fbi-trump.html", "House Pulls Surveillance Measure After Trump Tells Republicans to Vote No", true),
        new("NZ Herald: same objectid under another section",
            "https://www.nzherald.co.nz/property/news/article.cfm?c_id=8&objectid=12332666&amp;ref=rss", "Retirement giant takes action over $1.5 billion deal",
            "https://www.nzherald.co.nz/business/news/article.cfm?c_id=3&objectid=12332666&amp;ref=rss", "Retirement giant takes action over $1.5 billion deal", true),
        new("Philstar: same numeric id under a new date",
            "https://www.philstar.com/headlines/2020/05/11/1989038/live-updates-covid-19-and-extended-quarantine-philippines", "LIVE updates: COVID-19 and extended quarantine in the Philippines",
            "https://www.philstar.com/headlines/2020/05/12/1989038/live-updates-covid-19-and-extended-quarantine-philippines", "LIVE updates: COVID-19 and extended quarantine in the Philippines", true),
        new("Straits Times adds a copy suffix to the slug",
            "http://www.straitstimes.com/singapore/sfa-recalls-mushroom-products-with-excessive-sulphur-dioxide-levels", "SFA recalls mushroom products with excessive sulphur dioxide levels",
            "http://www.straitstimes.com/singapore/sfa-recalls-mushroom-products-with-excessive-sulphur-dioxide-levels-0", "SFA recalls mushroom products with excessive sulphur dioxide levels", true),
        new("Daily Mail retitles an article under the same number",
            "https://www.dailymail.co.uk/news/article-8354279/Retired-teacher-holds-Dominic-Cummings-fate-hands-spotting-30-MILES-home.html", "Retired teacher holds Dominic Cummings' fate in his hands",
            "https://www.dailymail.co.uk/news/article-8354279/Day-day-Dominic-Cummings-fateful-trip-Durham.html", "Day by day, Dominic Cummings' fateful trip to Durham", true),
        new("NYT daily briefing: same title, another day",
            "https://www.nytimes.com/2020/05/26/us/coronavirus-today.html", "Coronavirus Briefing: What Happened Today",
            "https://www.nytimes.com/2020/05/27/us/coronavirus-today.html", "Coronavirus Briefing: What Happened Today", false),
        new("NYT market live page: same slug, another day",
            "https://www.nytimes.com/2020/05/26/business/stock-market-today-coronavirus.html", "Live Stock Market News During the Coronavirus Pandemic",
            "https://www.nytimes.com/2020/05/27/business/stock-market-today-coronavirus.html", "Live Stock Market News During the Coronavirus Pandemic", false),
        new("SMH daily interactive: same title, new article id in the slug",
            "https://www.smh.com.au/lifestyle/tablet-interactive-coronavirus-outbreak-20200505-h1nuls.html?ref=rss", "Tablet interactive: Coronavirus outbreak",
            "https://www.smh.com.au/business/tablet-interactive-coronavirus-outbreak-20200506-h1nutc.html?ref=rss", "Tablet interactive: Coronavirus outbreak", false),
        new("Daily Mail daily toll: same slug, another article number",
            "https://www.dailymail.co.uk/news/article-8293003/UK-announces-coronavirus-victims.html", "Coronavirus UK: Death toll hits 30,076",
            "https://www.dailymail.co.uk/news/article-8296951/UK-announces-coronavirus-victims.html", "Coronavirus UK: Death toll with 30,615", false),
        new("NZ Herald: a section id (c_id) is not the article",
            "https://www.nzherald.co.nz/business/news/article.cfm?c_id=1504465&objectid=12330001", "Where house prices could actually rise",
            "https://www.nzherald.co.nz/business/news/article.cfm?c_id=1504465&objectid=12330502", "The first step to building 25,000 new homes", false),
        new("LA Times daily numbers: same words, another day",
            "https://www.latimes.com/california/story/2020-05-12/orange-county-coronavirus-cases-here-are-the-latest-numbers-by-community", "Orange County coronavirus cases: Here are the latest numbers by community",
            "https://www.latimes.com/california/story/2020-05-15/orange-county-coronavirus-cases-here-are-the-latest-numbers-by-community", "Orange County coronavirus cases: Here are the latest numbers by community", false),
        new("CNN live page posts: hexadecimal ids are not article numbers",
            "https://www.edition.cnn.com/world/live-news/coronavirus-pandemic-05-17-20-intl/h_8a7be4c522fc69b631d79474281904cd", "South Africa reports highest daily total of virus cases",
            "https://www.edition.cnn.com/world/live-news/coronavirus-pandemic-05-18-20-intl/h_1b2c3d4e5f60718293a4b5c6d7e8f901", "South Africa reports highest daily total of virus cases", false),
        new("CNN short links: nothing in common but the title",
            "https://cnn.it/3bXMcQj", "What you need to know about coronavirus today",
            "https://cnn.it/2Sz1uDE", "What you need to know about coronavirus today", false),
        new("another outlet's article with the same slug",
            "https://www.foxnews.com/world/pompeo-china-warning-hong-kong-american-journalists", "Pompeo warns China",
            "https://www.nypost.com/world/pompeo-china-warning-hong-kong-american-journalists", "Pompeo warns China", false),
        new("two short slugs", "https://example.org/news/a", "A", "https://example.org/world/a", "A", false),
        new("no link", "", "Pompeo warns China", "https://www.foxnews.com/world/pompeo", "Pompeo warns China", false),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TellsARepublishedArticleFromALookAlike(Case c) =>
        Assert.Equal(c.Same, Republication.SameArticle(c.OldLink, c.OldTitle, c.NewLink, c.NewTitle));
}
