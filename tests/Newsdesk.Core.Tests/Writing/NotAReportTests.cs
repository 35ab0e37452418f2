using Newsdesk.Writing;

namespace Newsdesk.Core.Tests.Writing;

/// <summary>Titles of the real feeds (May 2020): cartoons, galleries, quizzes, horoscopes, roundups and opinion kickers, and reports that only mention them.</summary>
public sealed class NotAReportTests
{
    [Theory]
    [InlineData("In pictures: Protesting the death of George Floyd", true)]
    [InlineData("Berlin monument to 1989 democracy heroes - in pictures", true)]
    [InlineData("Coronavirus: Intensive care night shift in pictures", true)]
    [InlineData("Best of cartoons, May 29, 2020", true)]
    [InlineData("Cartoon: The lockdown haircut", true)]
    [InlineData("Gallery: The best photos from around the world", true)]
    [InlineData("Photos: Huge L.A. crowds protest George Floyd's death, blocking the 101", true)]
    [InlineData("PHOTOS: Riots break out around America in wake of George Floyd death", true)]
    [InlineData("Photos of the week, May 30, 2020", true)]
    [InlineData("Best of the world in pictures", true)]
    [InlineData("Herald morning quiz: May 29", true)]
    [InlineData("Quiz of the Week: What's in a (baby) name for Elon Musk?", true)]
    [InlineData("Target and superquiz, Friday, May 29", true)]
    [InlineData("Your Daily Horoscope for Friday, May 15", true)]
    [InlineData("Morning Briefing: Top stories from The Straits Times on May 10", true)]
    [InlineData("On Politics: Biden Ventures Out", true)]
    [InlineData("Comment: The cynical and arrogant gagging order from Jacinda Ardern's office", true)]
    [InlineData("Column: Newsom could use some beach time. It's sad he's closing Orange County beaches", true)]
    [InlineData("Letters to the Editor: Does Trump think he can just bluff the coronavirus?", true)]
    [InlineData("Coronavirus updates LIVE: Scott Morrison says COVIDSafe downloads, social distancing must continue", true)]
    [InlineData("Live Coronavirus News Updates", true)]
    [InlineData("As it happened: Covid-19 updates from NZ and around the world", true)]
    [InlineData("Global Coronavirus Tracker: India, Germany, U.K.", true)]
    [InlineData("Live music venues fear they will not survive the lockdown", false)]
    [InlineData("Column One: They survived a school shooting. Then coronavirus stole Saugus High's senior year", false)]
    [InlineData("Analysis: Trump's anti-mask campaign picks up steam", false)]
    [InlineData("Letter from Dunkirk soldier arrives 80 years later", false)]
    [InlineData("Coronavirus mutations: Scientists puzzle over impact", false)]
    [InlineData("Photos show rebellious youths of the '90s and '00s", false)]
    [InlineData("Photos taken at Kobe Bryant crash site should be against the law, California lawmaker says", false)]
    [InlineData("Art Gallery of NSW commissions new lockdown-themed exhibition", false)]
    [InlineData("Coronavirus: PM quizzed over 'unexplained' care home deaths", false)]
    [InlineData("Minneapolis police officer charged with murder of George Floyd", false)]
    [InlineData("", false)]
    public void Cartoons_galleries_quizzes_horoscopes_roundups_and_opinion_kickers_are_no_reports(string title, bool expected)
    {
        Assert.Equal(expected, NotAReport.Is(title));
    }

    /// <summary>Texts of the real feeds (May 2020): the NZ Herald opens its columns with "COMMENT:"; a sentence that opens on the word is no label.</summary>
    [Theory]
    [InlineData("COMMENT: Finance Minister Grant Robertson may well be planning a Budget to reset New Zealand's economy.", true)]
    [InlineData("COMMENT It happens for the first time at the 13 second mark and then again a minute later.", true)]
    [InlineData("OPINION: The walking lobby in New Zealand is strong and vocal.", true)]
    [InlineData("Comment was sought from the minister's office on Friday.", false)]
    [InlineData("COMMENTS made by the minister drew criticism.", false)]
    [InlineData("Police closed the road on Friday.", false)]
    [InlineData("", false)]
    public void Texts_opening_with_an_opinion_label_are_no_reports(string text, bool expected)
    {
        Assert.Equal(expected, NotAReport.OpensAsOpinion(text));
        Assert.Equal(expected, NotAReport.Is("Budget 2020: what it means for you", "https://www.nzherald.co.nz/business/news/article.cfm?c_id=3", text));
    }

    /// <summary>URLs of the real feeds (May 2020): opinion sections, and news whose slug only says "comment" or "opinion".</summary>
    [Theory]
    [InlineData("https://www.foxnews.com/opinion/judge-justin-walker-deserving-nominee-us-court-appeals-michael-davis-david-feder", true)]
    [InlineData("https://www.dailymail.co.uk/debate/article-8290001/DOUGLAS-MURRAY-lockdown.html", true)]
    [InlineData("https://www.nytimes.com/2020/05/05/opinion/coronavirus-reopening.html", true)]
    [InlineData("https://www.nzherald.co.nz/opinion/news/article.cfm?c_id=466&objectid=12329540", true)]
    [InlineData("https://www.nytimes.com/2020/05/06/us/justin-walker-confirmation-hearing.html", false)]
    [InlineData("https://www.bbc.co.uk/news/uk-politics-52588952", false)]
    [InlineData("https://www.example.com/news/opinion", false)]
    [InlineData("https://www.example.com/news/comment-on-the-budget-draws-fire.html", false)]
    [InlineData("not a url", false)]
    public void Opinion_pieces_are_no_reports(string url, bool expected)
    {
        Assert.Equal(expected, NotAReport.IsOpinion(url));
        Assert.Equal(expected, NotAReport.Is("Judge Justin Walker faces scrutiny", url));
    }
}
