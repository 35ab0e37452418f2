namespace Newsdesk.Articles;

/// <summary>The pre-parse pass: nesting beyond the depth bound is dropped, and the page is cut before the start tag past the element bound.</summary>
public sealed class NestingLimiterTests
{
    public sealed record Case(string Name, string Html, int MaxDepth, int MaxElements, string Expected, int MaxTextChars = int.MaxValue);

    public static TheoryData<Case> Cases => new()
    {
        new("within both bounds", "<div><p>a</p></div>", 10, 10, "<div><p>a</p></div>"),
        new("too deep: the inner tags go, the text stays", "<div><div><div>a</div></div></div>", 2, 10, "<div><div>a</div></div>"),
        new("too many elements: cut before the first one past the bound", "<b>1</b> <b>2</b> <b>3</b>", 10, 2, "<b>1</b> <b>2</b> "),
        new("end tags and comments do not count", "<b>1</b><!-- <i> --></b></b><b>2</b>", 10, 2, "<b>1</b><!-- <i> --></b></b><b>2</b>"),
        new("script bodies do not count", "<script><i><i><i></script><b>x</b>", 10, 2, "<script><i><i><i></script><b>x</b>"),
        new("both: dropped tags count as read", "<div><div><div>a</div></div></div><p>b</p>", 2, 3, "<div><div>a</div></div>"),
        new("text within the bound", "<p>abc<b>de</b></p>", 10, 10, "<p>abc<b>de</b></p>", 5),
        new("text past the bound: cut inside the run", "<p>abc<b>defgh</b></p>", 10, 10, "<p>abc<b>de", 5),
        new("text without a tag after it is counted", "<p>abcdefgh", 10, 10, "<p>abcd", 4),
        new("tags, comments and script bodies are not text", "<p a=\"xxxxxx\"><!-- xxxxxx --><script>xxxxxx</script>ab</p>c", 10, 10, "<p a=\"xxxxxx\"><!-- xxxxxx --><script>xxxxxx</script>ab</p>c", 3),
        new("a cut never splits a surrogate pair", "<p>ab\U0001F600c", 10, 10, "<p>ab", 3),
        new("the text cut applies with the depth bound", "<div><div>abc</div>def</div>", 1, 10, "<div>abcd", 4),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Limits_depth_and_elements(Case c) => Assert.Equal(c.Expected, NestingLimiter.Limit(c.Html, c.MaxDepth, c.MaxElements, c.MaxTextChars));
}
