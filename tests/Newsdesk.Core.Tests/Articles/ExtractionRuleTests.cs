namespace Newsdesk.Articles;

/// <summary>The extractor's general rules, each on a small hand-written page: what must be in the text and what must not.</summary>
public sealed class ExtractionRuleTests
{
    private const string Prose =
        "The committee met on Tuesday to discuss the budget, the schools and the roads, and it agreed on a plan that will take three years. " +
        "Members said the plan was the result of long talks with residents, teachers and business owners across the county. ";

    public sealed record RuleCase(string Name, string Body, string[] Wanted, string[] Unwanted);

    private static string Page(string body) =>
        $"<html><head><title>T</title></head><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav>{body}<footer>Imprint and legal notes</footer></body></html>";

    public static TheoryData<RuleCase> Cases => new()
    {
        new("a box named for sharing that wraps link-free prose is the article",
            $"<article><div class='intro'><p>{Prose}</p><p>{Prose}</p><p>{Prose}</p></div><div class='content__sharingContainer'><p>{Prose}</p><p>Second paragraph of the story. {Prose}</p></div></article>",
            ["Second paragraph of the story."], ["Imprint"]),
        new("a real share bar is still dropped",
            $"<article><div class='entry-content'><p>{Prose}</p><p>{Prose}</p></div><div class='share-bar'><a href='/f'>Facebook</a> <a href='/t'>Twitter</a></div></article>",
            ["The committee met"], ["Facebook"]),
        new("the lead paragraph in a dropped article header is kept",
            $"<article><header><h1>Title</h1><p class='article-lead'>A short lead that sums the whole story up for the reader.</p><span>By Jane</span></header><div class='article-body'><p>{Prose}</p><p>{Prose}</p></div></article>",
            ["A short lead that sums the whole story up", "The committee met"], ["By Jane"]),
        new("body blocks repeated under one class are joined",
            $"<div><p class='bodytext'>First block. {Prose}</p></div><div class='teaser'><a href='/x'>Other story with a long enough teaser title</a></div><div><p class='bodytext'>Second block. {Prose}</p></div>",
            ["First block.", "Second block."], []),
        new("a client-side template inside the body is read as markup",
            $"<div class='post-body'><script type='text/template'><p>Templated text. {Prose}</p><p>{Prose}</p></script></div>",
            ["Templated text."], []),
        new("ruby annotations are not read into the text",
            $"<div class='article-body'><p>{Prose}</p><p>子<ruby>供<rt>ども</rt></ruby>への法律ができて、{Prose}</p></div>",
            ["子供への法律ができて"], ["ども"]),
        new("a block of related articles is never the body even when named for articles",
            $"<div class='article-body'><p>{Prose}</p><p>Main story end. {Prose}</p></div><div class='block-related-content artikel-list'><p>{Prose} Unrelated teaser text {Prose}</p></div>",
            ["Main story end."], ["Unrelated teaser text"]),
        new("an accordion (role tablist) holding prose is kept",
            $"<div class='article-body'><p>{Prose}</p><p>{Prose}</p><p>{Prose}</p><ul role='tablist'><li><p>Accordion answer. {Prose}</p><p>{Prose}</p></li></ul></div>",
            ["Accordion answer."], []),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rules_keep_article_text_and_drop_boilerplate(RuleCase c)
    {
        var text = ArticleExtractor.Extract(Page(c.Body), null).Text;
        foreach (var wanted in c.Wanted)
        {
            Assert.Contains(wanted, text, StringComparison.Ordinal);
        }

        foreach (var unwanted in c.Unwanted)
        {
            Assert.DoesNotContain(unwanted, text, StringComparison.Ordinal);
        }
    }
}
