using Newsdesk.Text;

namespace Newsdesk.Core.Tests.Text;

public sealed class QuantitiesTests
{
    public sealed record Case(string Name, string Text, double Value, string Unit)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        new("digits with a separator", "about 1,200 people", 1200, ""),
        new("a decimal", "a 3.5 magnitude quake", 3.5, ""),
        new("a scale word", "3 million people", 3_000_000, ""),
        new("money with a glued scale", "sales of $5bn", 5e9, "$"),
        new("a percent sign", "up 4%", 4, "%"),
        new("percent written out", "up 42 percent", 42, "%"),
        new("per cent in two words", "up 42 per cent", 42, "%"),
        new("a written number", "three men", 3, ""),
        new("a compound written number", "twenty-five cars", 25, ""),
        new("a currency word", "10 euros", 10, "€"),
        new("an ordinal", "the fourth quarter", 4, "th"),
        new("a decimal said with dot (meeting transcript)", "more than twelve dot fifty Euros", 12.5, "€"),
        new("a decimal said with point", "a three point five magnitude quake", 3.5, ""),
        new("euros and centimes said as one sum", "not more than twelve Euros and fifty centimes", 12.5, "€"),
        new("dollars and cents in digits", "it cost $12 and 50 cents", 12.5, "$"),
    };

    [Theory]
    [InlineData("at some point two people left")]
    [InlineData("three point guards")]
    public void APointThatIsNoDecimalPointLeavesTheNumberAlone(string text)
    {
        var quantity = Assert.Single(Quantities.Find(Tokenizer.Tokenize(text)));
        Assert.True(quantity.Value is 2 or 3, text);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads(Case c)
    {
        var quantity = Assert.Single(Quantities.Find(Tokenizer.Tokenize(c.Text)));
        Assert.Equal(c.Value, quantity.Value, 6);
        Assert.Equal(c.Unit, quantity.Unit);
    }

    [Fact]
    public void AYearIsADateNotAQuantity()
    {
        var tokens = Tokenizer.Tokenize("in March 2023");
        Assert.Empty(Quantities.Find(tokens));
        Assert.Equal(["march", "2023"], DateMentions.Find(tokens));
    }

    public static TheoryData<string, string, bool> Support => new()
    {
        { "1,200", "1200", true },
        { "3 million", "3,000,000", true },
        { "about 1.2 million", "1,234,567", true },
        { "1.2 million", "1,234,567", false },   // session 14: a bare rounding is read as the amount
        { "nearly $6 billion", "$5.9 billion", true },
        { "more than 6 billion", "6.3 billion", true },
        { "6 billion", "6.3 billion", false },
        { "$2 billion", "$1.8 billion", false },
        { "1,200", "1,234", false },
        { "4", "4.4", false },
        { "30 years", "30%", false },
        { "$5bn", "5 billion dollars", true },
        { "fourth", "four", false },
        { "COVID-19", "19", false },
        { "COVID-19 cases", "COVID-19", true },
        { "SARS-CoV-2", "CoV-2", true },
        { "Q3", "the third quarter", true },
        { "4Q", "the fourth quarter", true },
        { "the first quarter", "Q1", true },
        { "H1", "the first half", true },
        { "Q3", "Q4", false },
        { "Q3", "third", true },
        { "Q3", "3", false },
        { "4-7%", "4%", true },
        { "4 to 7 percent", "4%", true },
    };

    [Theory]
    [InlineData("20 years ago", "20 minutes later", false)]
    [InlineData("20 years ago", "about 20 years", true)]
    [InlineData("$5bn in sales", "delivery of $5bn.", true)]
    public void ANumberCountsWhatFollowsIt(string sentence, string source, bool expected)
    {
        var a = Quantities.Find(Tokenizer.Tokenize(sentence))[0];
        var b = Quantities.Find(Tokenizer.Tokenize(source))[0];
        Assert.Equal(expected, a.CountsSameAs(b));
    }

    [Theory]
    [MemberData(nameof(Support))]
    public void MatchesFormsOfTheSameNumber(string sentence, string source, bool expected)
    {
        var a = Quantities.Find(Tokenizer.Tokenize(sentence))[0];
        var b = Quantities.Find(Tokenizer.Tokenize(source))[0];
        Assert.Equal(expected, a.IsSupportedBy(b));
    }
}
