using System.Globalization;
using Newsdesk.Stories;

namespace Newsdesk.Core.Tests.Stories;

/// <summary>
/// The lexicon's word cache is bounded (issue #17: a stream of ever-new words grew it to 500,000
/// forms): at most two generations of <see cref="Lexicon.MaxWords"/>, a word in steady use is
/// kept across generations, and a word dropped and met again is the same word as before.
/// </summary>
public sealed class LexiconTests
{
    private static string Fresh(int i) => "zq" + i.ToString(CultureInfo.InvariantCulture) + "words";

    [Fact]
    public void Holds_at_most_two_generations_of_words()
    {
        var lexicon = new Lexicon();
        for (var i = 0; i < 5 * Lexicon.MaxWords; i++)
        {
            lexicon.Get(Fresh(i));
            Assert.True(lexicon.Count <= 2 * Lexicon.MaxWords, $"{lexicon.Count} words after {i + 1}");
        }

        Assert.True(lexicon.Count > Lexicon.MaxWords, "the previous generation is kept");
    }

    [Fact]
    public void A_word_in_steady_use_survives_every_generation()
    {
        var lexicon = new Lexicon();
        var kept = lexicon.Get("floods");
        for (var i = 0; i < 5 * Lexicon.MaxWords; i++)
        {
            lexicon.Get(Fresh(i));
            if (i % (Lexicon.MaxWords / 2) == 0)
            {
                Assert.Same(kept, lexicon.Get("floods"));
            }
        }
    }

    [Theory]
    [InlineData(null, "floods", "flood", false)]
    [InlineData(null, "the", "the", true)]
    [InlineData("de", "überschwemmungen", null, false)]
    public void A_word_dropped_and_met_again_is_the_same_word(string? language, string surface, string? term, bool stop)
    {
        var lexicon = new Lexicon(language);
        var first = lexicon.Get(surface);
        for (var i = 0; i < 3 * Lexicon.MaxWords; i++)
        {
            lexicon.Get(Fresh(i));
        }

        var again = lexicon.Get(surface);
        Assert.NotSame(first, again);   // dropped, so made again
        Assert.Equal(first, again);
        Assert.Equal(stop, again.Stop);
        if (term is not null)
        {
            Assert.Equal(term, again.Term);
        }
    }
}
