using Newsdesk.Articles;
using Newsdesk.Verification;
using Newsdesk.Writing.Extractive;

namespace Newsdesk.Writing.Tests;

/// <summary>
/// A citation means the source says it. Real feeds, 27 May 2020: a one-line item, "Few likes for
/// Twitter's experiment in fact checking.", cited 17 of the 19 articles of its story: every one
/// holds "Twitter", "fact" and "checking" in one sentence, 3 of the sentence's 5 terms, which was
/// enough. Those are the story's own words; what the sentence says (few likes, an experiment) no
/// other article says.
/// </summary>
public class CitationTests
{
    private static readonly DateTimeOffset May27 = new(2020, 5, 27, 18, 0, 0, TimeSpan.Zero);

    private static Article A(string id, string source, string title, string text) => new(id, $"https://{source}.example/{id}", source, title, text, May27);

    /// <summary>A story like the real one: every article on Twitter fact-checking the president's tweets.</summary>
    private static List<Article> TwitterStory() =>
    [
        A("fox-1", "fox", "Trump's Twitter feud IRL", "Few likes for Twitter's experiment in fact checking."),
        A("nyt-1", "nytimes", "Twitter labels the president's tweets",
            "Twitter on Tuesday added fact checking labels to two tweets by President Trump about mail-in ballots. The company said the tweets contained potentially misleading claims."),
        A("cnn-1", "cnn", "Trump threatens social media after fact check",
            "President Trump threatened to regulate or close social media platforms after Twitter began fact checking his posts. He accused the company of stifling free speech."),
        A("ap-1", "ap", "Trump lashes out at Twitter",
            "Trump lashed out at Twitter on Wednesday, a day after the platform put fact checking notices on his tweets for the first time."),
        A("bbc-1", "bbc", "Twitter fact-checks Trump for the first time",
            "Twitter has for the first time tagged tweets by President Trump with a fact checking warning. The warnings link to a page of news articles about mail-in voting."),
        A("reuters-1", "reuters", "Twitter defends fact checking of Trump tweets",
            "Twitter's chief executive defended the fact checking of Trump's tweets on Wednesday, saying the company would keep pointing to disputed information about elections."),
        A("wapo-1", "wapo", "Twitter flags Trump's ballot claims",
            "Twitter added fact checking labels to two of President Trump's tweets about mail-in ballots on Tuesday evening."),
    ];

    [Fact]
    public void A_sentence_made_of_the_storys_own_words_cites_only_the_sources_that_say_it()
    {
        var corpus = StoryCorpus.Build(TwitterStory(), new ExtractiveWriterOptions());

        var cites = Support.Cites("Few likes for Twitter's experiment in fact checking.", corpus, origin: 0);

        Assert.Equal(["fox-1"], cites);
    }

    public static TheoryData<string, string[]> Sentences => new()
    {
        // What several sources really say is still cited to each of them.
        { "Twitter added fact checking labels to two tweets by President Trump.", ["nyt-1", "wapo-1"] },
        { "President Trump threatened to regulate or close social media platforms.", ["cnn-1"] },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void A_sentence_the_sources_say_cites_them(string sentence, string[] expected)
    {
        var corpus = StoryCorpus.Build(TwitterStory(), new ExtractiveWriterOptions());

        Assert.Equal(expected, Support.Cites(sentence, corpus));
    }

    [Fact]
    public void The_verifier_finds_support_for_a_generic_sentence_only_where_it_is_said()
    {
        var verifier = new Verifier();
        var sources = verifier.Prepare(TwitterStory());

        Assert.Equal(["fox-1"], verifier.FindSupport("Few likes for Twitter's experiment in fact checking.", sources));
        Assert.Equal(["nyt-1", "wapo-1"], verifier.FindSupport("Twitter added fact checking labels to two tweets by President Trump.", sources));
    }
}
