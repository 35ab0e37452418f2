using AngleSharp.Html.Parser;

namespace Newsdesk.Articles;

/// <summary>
/// Issue #17: a run-on page (one paragraph of many megabytes, no full stop, markup debris mixed in) costs
/// extraction work bounded by the options, whatever its size. Checked by counting what the parser is given
/// (characters of text, elements) and the nodes it builds, never by timing.
/// </summary>
public sealed class RunOnPageTests
{
    private const string Clause = "and the water from the burst main kept rising along Briggate <b>while</b> &lt;script&gt;alert(1)&lt;/script&gt; traders waited ";

    private static string RunOnPage(int bytes) =>
        "<html><head><title>Water main bursts in Leeds</title></head><body><article><h1>Water main bursts in Leeds</h1><p>"
        + string.Concat(Enumerable.Repeat(Clause, bytes / Clause.Length + 1))[..bytes]
        + "</p></article></body></html>";

    /// <summary>Characters outside tags and the title (what the text bound counts; no comments or scripts on these pages), and start tags.</summary>
    private static (long Text, int Elements) Count(string html)
    {
        long text = 0;
        var elements = 0;
        var inTag = false;
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (html.AsSpan(i).StartsWith("<title>", StringComparison.Ordinal))
            {
                elements++;
                i = html.IndexOf("</title>", i, StringComparison.Ordinal) + "</title>".Length - 1;
            }
            else if (c == '<')
            {
                inTag = true;
                elements += i + 1 < html.Length && char.IsAsciiLetter(html[i + 1]) ? 1 : 0;
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag)
            {
                text++;
            }
        }

        return (text, elements);
    }

    private static int ParsedNodes(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        return DomWalk.Descendants(document.DocumentElement).Count();
    }

    public static TheoryData<int> Sizes => [100_000, 1_000_000, 10 * 1024 * 1024];

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_parser_is_given_at_most_the_text_and_element_bounds(int bytes)
    {
        var options = ExtractionOptions.Default;
        var page = RunOnPage(bytes);

        var input = ArticleExtractor.ParserInput(page, options);

        var (text, elements) = Count(input);
        Assert.True(text <= options.MaxTextScanChars, $"{text} characters of text given to the parser");
        Assert.True(elements <= options.MaxNodes, $"{elements} elements given to the parser");
        var (pageText, _) = Count(page);
        if (pageText <= options.MaxTextScanChars)
        {
            Assert.Equal(page, input);   // below the bound nothing is cut: the work grows with the page
        }
        else
        {
            Assert.Equal(options.MaxTextScanChars, text);   // above it the work stops growing
        }
    }

    [Fact]
    public void A_page_ten_or_forty_megabytes_long_is_parsed_into_the_same_bounded_tree()
    {
        var options = ExtractionOptions.Default;
        var ten = ArticleExtractor.ParserInput(RunOnPage(10 * 1024 * 1024), options);
        var forty = ArticleExtractor.ParserInput(RunOnPage(40 * 1024 * 1024), options);

        Assert.Equal(ten, forty);
        var nodes = ParsedNodes(ten);
        Assert.True(nodes <= 2 * options.MaxNodes, $"{nodes} nodes parsed");   // an element and its text node each
        Assert.True(ten.Length < RunOnPage(10 * 1024 * 1024).Length / 5, $"{ten.Length} characters parsed of a 10 MB page");
    }

    [Fact]
    public void The_run_on_page_still_gives_its_text_cut_to_the_text_bound()
    {
        var article = ArticleExtractor.Extract(RunOnPage(10 * 1024 * 1024), new Uri("http://example.org/leeds"));

        Assert.Equal(ExtractionOptions.Default.MaxTextChars, article.Text.Length);
        Assert.StartsWith("Water main bursts in Leeds\n\nand the water from the burst main kept rising along Briggate while", article.Text, StringComparison.Ordinal);
        Assert.Equal("Water main bursts in Leeds", article.Title);
    }
}
