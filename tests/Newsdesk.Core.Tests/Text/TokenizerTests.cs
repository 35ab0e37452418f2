using Newsdesk.Text;

namespace Newsdesk.Core.Tests.Text;

public sealed class TokenizerTests
{
    [Fact]
    public void KeepsInitialismsPossessivesAndContractions()
    {
        var keys = Tokenizer.Tokenize("The U.S. envoy didn't visit Russia's embassy.").Select(t => t.Key).ToList();
        Assert.Equal(["the", "us", "envoy", "didn't", "visit", "russia", "embassy"], keys);
    }

    [Fact]
    public void SplitsHyphenatedWordsAndKeepsNumbers()
    {
        var tokens = Tokenizer.Tokenize("a one-year high of $1,200.50");
        Assert.Equal(["a", "one", "year", "high", "of", "1,200.50"], tokens.Select(t => t.Text));
        Assert.Equal("$", tokens[^1].Currency);
        Assert.Equal("1200.50", tokens[^1].Key);
    }

    public static TheoryData<string, string> Stems => new()
    {
        { "dumped", "dump" },
        { "dumping", "dump" },
        { "dumps", "dump" },
        { "arrested", "arrest" },
        { "denied", "den" },
        { "deny", "den" },
        { "countries", "countr" },
        { "country", "countr" },
    };

    [Theory]
    [MemberData(nameof(Stems))]
    public void StemsWordForms(string word, string stem) => Assert.Equal(stem, Stemmer.Stem(word));

    [Fact]
    public void FindsQuotationsInNormalForm()
    {
        // A one-word quotation is checked too (issue #16: a two-word quotation with a word changed passed).
        Assert.Equal(["we will not back down", "good"], Quotes.Find("She said: “We will not back down,” and left. He called it \"good\"."));
    }
}
