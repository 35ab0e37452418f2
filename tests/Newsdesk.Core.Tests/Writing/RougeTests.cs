using Newsdesk.Writing.Evaluation;
using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Tests;

public class RougeTests
{
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("digitizer", "digit")]
    [InlineData("triplicate", "triplic")]
    [InlineData("electrical", "electr")]
    [InlineData("adjustable", "adjust")]
    [InlineData("generalizations", "gener")]
    [InlineData("oscillators", "oscil")]
    [InlineData("controll", "control")]
    [InlineData("is", "is")]
    public void Porter_stems_match_the_published_examples(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Fact]
    public void Identical_texts_score_one_and_disjoint_texts_zero()
    {
        var a = Rouge.Tokenise("The storm flooded Geneva on Monday.");
        Assert.Equal(1.0, Rouge.Score(a, a, 1).F1, 6);
        Assert.Equal(1.0, Rouge.Score(a, a, 2).F1, 6);
        Assert.Equal(0.0, Rouge.Score(a, Rouge.Tokenise("Markets rallied in Tokyo."), 1).F1, 6);
    }

    [Fact]
    public void Counts_are_clipped_and_stems_match()
    {
        // candidate: "the the the floods" (4 tokens); reference: "the flooding" (2): overlap the(1) + flood(1) = 2.
        var score = Rouge.Score(Rouge.Tokenise("the the the floods"), Rouge.Tokenise("the flooding"), 1);
        Assert.Equal(0.5, score.Precision, 6);
        Assert.Equal(1.0, score.Recall, 6);
        Assert.Equal(2 * 0.5 / 1.5, score.F1, 6);
    }

    [Fact]
    public void Python_list_literals_and_csv_are_read()
    {
        var strings = MultiNews.PythonStrings("['It\\'s a test', \"He said \\\"hi\\\"\\n\", 'caf\\xe9']");
        Assert.Equal(["It's a test", "He said \"hi\"\n", "caf\u00e9"], strings);
        var rows = MultiNews.Csv("a,b\n1,\"x, \"\"y\"\"\nz\"\n");
        Assert.Equal(["1", "x, \"y\"\nz"], rows[1]);
    }
}
