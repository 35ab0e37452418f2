using Newsdesk.Writing.Rendering;

namespace Newsdesk.Writing.Tests;

public class RenderingTests
{
    private static readonly Story Sample = new(
        "Storm <b>floods</b> Geneva",
        "GENEVA, Nov. 24, 2026",
        "A storm flooded Geneva & the lake shore.",
        ["r", "a"],
        [new StorySection("Rescue & relief", [[new CitedSentence("Teams evacuated two hospitals.", ["a"])]], [new CitedSentence("\"Unprecedented,\" the mayor said.", ["r"])])],
        [new StoryFact("Residents", "4,000", ["r", "a"])],
        [new StorySource("r", "Reuters", "Storm floods Geneva", "https://reuters.example/1", null), new StorySource("a", "AP", "Flood", "javascript:alert(1)", null)]);

    [Fact]
    public void Html_escapes_text_and_links_citations_to_the_sources_list()
    {
        var html = StoryHtml.Render(Sample);
        Assert.Contains("Storm &lt;b&gt;floods&lt;/b&gt; Geneva", html, StringComparison.Ordinal);
        Assert.Contains("Geneva &amp; the lake shore.<sup><a href=\"#source-1\">1</a></sup><sup><a href=\"#source-2\">2</a></sup>", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"source-1\">Reuters: <a href=\"https://reuters.example/1\"", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"source-2\">AP: <a href=\"#\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Rescue &amp; relief</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_numbers_citations_by_the_sources_list()
    {
        var md = StoryMarkdown.Render(Sample);
        Assert.Contains("# Storm \\<b\\>floods\\</b\\> Geneva", md, StringComparison.Ordinal);
        Assert.Contains("**GENEVA, Nov. 24, 2026** \u2014 A storm flooded Geneva & the lake shore.[1][2]", md, StringComparison.Ordinal);
        Assert.Contains("- \"Unprecedented,\" the mayor said.[1]", md, StringComparison.Ordinal);
        Assert.Contains("| Residents | 4,000[1][2] |", md, StringComparison.Ordinal);
        Assert.Contains("1. Reuters: [Storm floods Geneva](https://reuters.example/1)", md, StringComparison.Ordinal);
    }
}
