using Newsdesk.Articles;
using Newsdesk.Text;

namespace Newsdesk.Core.Tests.Text;

/// <summary>Markup left as text is removed, prose is left alone, and every input is bounded (InputLimits).</summary>
public sealed class MarkupDebrisTests
{
    public sealed record Case(string Name, string Input, string Expected)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cleans => new()
    {
        new("script element with its body", "Storm hits. <script>document.title='PW'+'NED'</script> Trains stop.", "Storm hits. Trains stop."),
        new("img tag with onerror", "Water main bursts <img src=x onerror=alert(1)> in Leeds", "Water main bursts in Leeds"),
        new("attribute debris without brackets", "img src=x onerror=alert('x') Water main bursts", "Water main bursts"),
        new("entity debris, escaped once", "&lt;b&gt;Leeds&lt;/b&gt; flooded", "Leeds flooded"),
        new("entity debris, escaped twice", "&amp;lt;script&amp;gt;alert(2)&amp;lt;/script&amp;gt;Leeds flooded", "Leeds flooded"),
        new("script statement left by a tag stripper", "document.title='PW'+'NED' Leeds flooded", "Leeds flooded"),
        new("javascript link", "click javascript:alert(3) here", "click here"),
        new("tag cut off before its end", "<b <i onmouseover=alert('broken')>broken tags", "broken tags"),
        new("comment", "Leeds <!-- tracking --> flooded", "Leeds flooded"),
        new("paragraph breaks kept", "First <b>one</b>.\n\nSecond.", "First one .\n\nSecond."),
        new("prose with a less-than sign", "Turnout was < 40% and rising", "Turnout was < 40% and rising"),
        new("prose with an ampersand", "Marks & Spencer and Q&A", "Marks & Spencer and Q&A"),
        new("an encoded ampersand is decoded", "Marks &amp; Spencer", "Marks & Spencer"),
        new("prose with an equals sign", "The score was 2=2 on the night", "The score was 2=2 on the night"),
        new("regression GMA News 30 May 2020: a possessive whose apostrophe the feed lost", "Protests held outside White House over George Floyd s death in police custody", "Protests held outside White House over George Floyd's death in police custody"),
        new("regression GMA News: lost apostrophes in a contraction and an acronym's possessive", "Gov t urges calm; WHO s solidarity trial doesn t have results", "Gov't urges calm; WHO's solidarity trial doesn't have results"),
        new("a lone letter in a text that kept its apostrophes is left", "Trump's plan s fate", "Trump's plan s fate"),
        new("initials are no possessive", "U S troops left", "U S troops left"),
    };

    [Theory]
    [MemberData(nameof(Cleans))]
    public void Cleans_markup_and_leaves_prose(Case c) => Assert.Equal(c.Expected, MarkupDebris.Clean(c.Input));

    [Theory]
    [InlineData("Storm Orla brought gusts of 90 mph.", false)]
    [InlineData("Marks & Spencer closed 12 stores.", false)]
    [InlineData("The vote was 5 < 7 in favour.", false)]
    [InlineData("A subhead with <script> in it", true)]
    [InlineData("Bold &lt;b&gt; debris", true)]
    [InlineData("An image img src=x onerror=alert(1)", true)]
    [InlineData("Code document.title set", true)]
    [InlineData("Pieces 'PW'+'NED' joined", true)]
    public void Tells_a_sentence_that_still_carries_markup(string sentence, bool markup) =>
        Assert.Equal(markup, MarkupDebris.HasMarkup(sentence));

    [Fact]
    public void A_run_on_sentence_is_cut_and_the_text_stays_bounded()
    {
        var runOn = string.Concat(Enumerable.Repeat("and the water kept rising ", 400_000));   // 10 MB, no full stop
        var text = InputLimits.Text("The main burst. " + runOn + ". Repairs take three days.");

        Assert.StartsWith("The main burst. and the water", text, StringComparison.Ordinal);
        Assert.True(text.Length <= InputLimits.MaxSentenceChars + 40, $"{text.Length} characters kept");
        Assert.Contains(InputLimits.CutMark, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentences_and_characters_per_article_are_capped()
    {
        var many = string.Concat(Enumerable.Repeat("Short one. ", InputLimits.MaxSentencesPerArticle + 500));
        Assert.Equal(InputLimits.MaxSentencesPerArticle, InputLimits.Text(many).Split(". ").Length);

        var long_ = string.Concat(Enumerable.Repeat(new string('w', 500) + ".\n", 1_000));
        Assert.True(InputLimits.Text(long_).Length <= InputLimits.MaxArticleTextChars);
    }

    [Fact]
    public void Fields_are_cleaned_and_cut()
    {
        var article = InputLimits.Bound(new Article("id", "http://x/<b>", "<b>Outlet</b>", "<script>x()</script>Title " + new string('t', 5_000_000), "", null));

        Assert.Equal("http://x/<b>", article.Url);   // a URL is an address, not text: kept as it is (escaped where shown)
        Assert.Equal("Outlet", article.Source);
        Assert.StartsWith("Title", article.Title, StringComparison.Ordinal);
        Assert.True(article.Title.Length <= InputLimits.MaxFieldChars);
    }

    [Fact]
    public void Articles_per_story_are_capped() =>
        Assert.Equal(InputLimits.MaxArticlesPerStory, InputLimits.Bound(
            Enumerable.Range(0, InputLimits.MaxArticlesPerStory + 10).Select(i => new Article($"a{i}", "", "", "t", "x.", null)).ToList()).Count);
}
