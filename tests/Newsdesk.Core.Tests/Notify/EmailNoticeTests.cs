using Newsdesk.Notify;

namespace Newsdesk.Core.Tests.Notify;

public sealed class EmailNoticeTests
{
    private static readonly Uri Unsubscribe = new("https://news.example/follow/quay/unsubscribe?token=abc");

    [Fact]
    public void An_immediate_email_keeps_every_sentence_with_its_citations_as_links()
    {
        var story = NoticeStories.Quay(breaking: true);
        var email = EmailNotice.Immediate("Breaking news", new NoticeStory(story, new Uri("https://news.example/story/" + story.Slug)), Unsubscribe);

        Assert.Equal("Breaking: Harbour board votes to extend the eastern quay", email.Subject);
        // Every sentence is there, each followed by its numbered citation links to the outlets' articles.
        Assert.Contains("by 120 metres.<sup><a href=\"https://harbour.example/quay?a=1&amp;b=2\" title=\"Harbour News\">1</a></sup>"
                        + "<sup><a href=\"https://coast.example/quay\" title=\"Coast Daily\">2</a></sup>", email.Html, StringComparison.Ordinal);
        Assert.Contains("could berth.<sup><a href=\"https://coast.example/quay\"", email.Html, StringComparison.Ordinal);
        Assert.Contains("Dock workers welcomed the plan &amp; its &lt;jobs&gt;.<sup>", email.Html, StringComparison.Ordinal);
        Assert.Contains("by 120 metres. [1] [2]", email.Text, StringComparison.Ordinal);
        Assert.Contains("[2] Coast Daily: Quay to grow <https://coast.example/quay>", email.Text, StringComparison.Ordinal);
        // The story link, the note that software wrote it, and the unsubscribe link, in both parts.
        Assert.Contains("<a href=\"https://news.example/story/" + story.Slug + "\">", email.Html, StringComparison.Ordinal);
        foreach (var part in new[] { email.Html, email.Text })
        {
            Assert.Contains("written by software", part, StringComparison.Ordinal);
            Assert.Contains("unsubscribe?token=abc", part, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_digest_lists_each_story_with_its_lede_and_first_sentences()
    {
        var a = NoticeStories.Quay();
        var b = a with { Id = "8", Slug = "other", Content = a.Content with { Headline = "Ferry strike ends" } };
        var email = EmailNotice.Digest("Harbour", DigestSchedule.Weekly,
            [new NoticeStory(a, new Uri("https://news.example/story/" + a.Slug)), new NoticeStory(b, new Uri("https://news.example/story/other"))], Unsubscribe);
        Assert.Equal("Your weekly digest for \u201cHarbour\u201d: 2 stories", email.Subject);
        Assert.Contains("Harbour board votes to extend the eastern quay</a></h2>", email.Html, StringComparison.Ordinal);
        Assert.Contains("Ferry strike ends</a></h2>", email.Html, StringComparison.Ordinal);
        Assert.Contains("https://news.example/story/other", email.Text, StringComparison.Ordinal);
    }
}
