namespace Newsdesk.Articles;

public sealed class TextSufficiencyTests
{
    private static readonly string Long = string.Concat(Enumerable.Repeat("The council voted on Tuesday to approve the new budget for schools. ", 12));

    private static ExtractedArticle Page(string text, string? title = "A title") => new(null, title, null, null, "en", text);

    public static TheoryData<string, string, string?, int, string?, TextVerdict> Cases => new()
    {
        { "a full article", Long, "A title", 200, null, TextVerdict.Sufficient },
        { "a server error", Long, "A title", 500, null, TextVerdict.HttpError },
        { "not found", "", "Not found", 404, null, TextVerdict.HttpError },
        { "a Cloudflare challenge", "Checking your browser before accessing example.com.", "Just a moment...", 503, null, TextVerdict.BotChallenge },
        { "a challenge served with 200", "Please enable JavaScript and cookies to continue", "Attention Required!", 200, null, TextVerdict.BotChallenge },
        { "a paywall teaser", "The mayor said on Monday that... Subscribe to continue reading this article.", "A title", 200, null, TextVerdict.Paywalled },
        { "a German paywall", "Der Bürgermeister sagte am Montag... Jetzt abonnieren und weiterlesen.", "Titel", 200, null, TextVerdict.Paywalled },
        { "too little text", "Short teaser only.", "A title", 200, null, TextVerdict.TooShort },
        { "shorter than the feed's own text", Long, "A title", 200, Long + Long, TextVerdict.TooShort },
        { "a long article that mentions subscribers", Long + Long + Long + Long + "Already a subscriber? Thank you.", "A title", 200, null, TextVerdict.Sufficient },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pages_are_judged(string name, string text, string? title, int status, string? feedText, TextVerdict expected)
    {
        Assert.True(TextSufficiency.Judge(Page(text, title), status, feedText) == expected, $"{name}: {TextSufficiency.Judge(Page(text, title), status, feedText)}");
    }
}
