using Newsdesk.Stories;

namespace Newsdesk.Core.Tests.Stories;

public sealed class ArticleWordsTests
{
    public static TheoryData<string, string[], bool[]> Cases => new()
    {
        // Apostrophes dropped, a possessive "'s" cut, a hyphen splits; only the first word opens the text.
        { "McDonald's CEO didn't quit", ["mcdonald", "ceo", "didnt", "quit"], [true, false, false, false] },
        // A period, colon, line break or quotation mark opens a sentence; a comma does not.
        { "Fire. Crews came, then: \"Rain\"\nEnd", ["fire", "crews", "came", "then", "rain", "end"], [true, true, false, false, true, true] },
        // "U.S." is two one-letter words to the clusterer (the period after "S" opens a sentence).
        { "U.S. troops", ["u", "s", "troops"], [true, true, true] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadsLowercaseWordsAndSentenceStarts(string text, string[] surfaces, bool[] starts)
    {
        var tokens = new List<Token>();
        ArticleWords.Read(text, maxTokens: 100, new Lexicon(), tokens);
        Assert.Equal(surfaces, tokens.Select(t => t.Surface));
        Assert.Equal(starts, tokens.Select(t => t.SentenceStart));
    }

    [Fact]
    public void CutsLongWordsAndStopsAtTheTokenLimit()
    {
        var tokens = new List<Token>();
        ArticleWords.Read(new string('a', 50) + " b c d", maxTokens: 3, new Lexicon(), tokens);
        Assert.Equal([new string('a', ArticleWords.MaxWordChars), "b", "c"], tokens.Select(t => t.Surface));
    }
}
