using Newsdesk.Testing;
using Newsdesk.Text;

namespace Newsdesk.Articles;

/// <summary>Metadata and text on hand-written fixture pages (tests/fixtures/pages).</summary>
public sealed class MetadataTests
{
    private static ExtractedArticle Fixture(string name, string? url = null) =>
        ArticleExtractor.Extract(File.ReadAllBytes(Path.Combine(TestEnvironment.RepoRoot, "tests", "fixtures", "pages", name)), url is null ? null : new Uri(url));

    [Fact]
    public void A_news_page_yields_its_metadata_and_only_its_text()
    {
        var article = Fixture("news-article.html", "https://news.example.com/2024/03/05/council-budget?utm_source=rss");
        Assert.Equal("Council approves school budget", article.Title);
        Assert.Equal("Jane Doe", article.Author);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("en", article.Language);
        Assert.Equal("https://news.example.com/2024/03/05/council-budget", article.CanonicalUrl);
        Assert.Equal("https://news.example.com/img/council.jpg", article.Image);
        Assert.Equal("Example News", article.SiteName);
        Assert.StartsWith("The city council approved", article.Text, StringComparison.Ordinal);
        Assert.Contains("\n\n", article.Text, StringComparison.Ordinal);
        Assert.Contains("Teachers' unions welcomed", article.Text, StringComparison.Ordinal);
        Assert.Contains("Item | Amount", article.Text.Replace("Item Amount", "Item | Amount", StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var boilerplate in new[] { "Subscribe to our newsletter", "Share on Facebook", "Related stories", "We use cookies", "Home", "Leave a comment", "Photo: Example" })
        {
            Assert.DoesNotContain(boilerplate, article.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_metadata_the_title_drops_the_site_name_the_date_comes_from_the_url_and_the_language_is_detected()
    {
        var article = Fixture("bare-blog.html", "https://blog.example.org/2019/10/31/langer-weg/");
        Assert.Equal("Nach viel zu langer Zeit mal wieder", article.Title);
        Assert.Equal(new DateTimeOffset(2019, 10, 31, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("de", article.Language);
        Assert.Contains("Hunde", article.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string?> Languages => new()
    {
        { "The minister said that the plan was ready and that it would be presented to the cabinet on Monday, but not all of the parties agreed.", "en" },
        { "Der Minister sagte, dass der Plan fertig sei und dem Kabinett am Montag vorgelegt werde, aber nicht alle Parteien sind mit dem Vorschlag einverstanden.", "de" },
        { "Le ministre a dit que le plan est prêt et qu'il sera présenté au conseil des ministres lundi, mais les partis ne sont pas tous d'accord avec cette idée.", "fr" },
        { "El ministro dijo que el plan está listo y que se presentará al gabinete el lunes, pero no todos los partidos están de acuerdo con la propuesta.", "es" },
        { "Minister powiedział, że plan jest gotowy i że zostanie przedstawiony rządowi w poniedziałek, ale nie wszystkie partie się z tym zgadzają, co może być problemem.", "pl" },
        { "12 34 56", null },
        { "THE MINISTER SAID THAT THE PLAN WAS READY AND THAT IT WOULD BE PRESENTED TO THE CABINET", "en" },
        { "der die und das ist the and of to is", null },                     // as many German as English words: no verdict
        { "der die und das ist nicht the and of to is", null },               // 6 to 5 is not clearly more
        { "der die und das ist nicht ein eine the and of to is", "de" },      // 8 to 5 is
        { "Telecommunications infrastructure modernisation programmes internationally", null },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Languages_are_detected_from_stop_words(string text, string? expected) => Assert.Equal(expected, LanguageDetector.Detect(text));
}
