using System.Text;
using System.Text.Json;
using Newsdesk.Feeds;
using Newsdesk.Text;

namespace Newsdesk.Core.Tests.Feeds;

/// <summary>
/// A hostile feed's fields are bounded (FeedLimits): a title or author cut at a space, a summary or
/// content cut before the tag it would split, an over-long id or link dropped, each kind with a
/// warning; a document over the size cap is not a feed. Every format, since the cut is made on the model.
/// </summary>
public sealed class FeedBoundsTests
{
    private static readonly string HugeTitle = string.Concat(Enumerable.Repeat("storm warning ", 200_000));   // 2.8M characters
    private static readonly string HugeLink = "https://hostile.example/" + new string('a', FeedLimits.MaxLinkChars);
    private static readonly string HugeBody = string.Concat(Enumerable.Repeat("<p>Rain all day. <b>Wind</b> later.</p>", 40_000));   // 1.6M characters

    public sealed record FormatCase(string Name, string Document)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<FormatCase> Formats => new()
    {
        new("rss", $"<rss version=\"2.0\"><channel><title>{HugeTitle}</title><item><guid>{HugeLink}</guid><title>{HugeTitle}</title><link>{HugeLink}</link>"
            + $"<author>{HugeTitle}</author><description><![CDATA[{HugeBody}]]></description></item></channel></rss>"),
        new("atom", $"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>{HugeTitle}</title><entry><id>{HugeLink}</id><title>{HugeTitle}</title>"
            + $"<link href=\"{HugeLink}\"/><author><name>{HugeTitle}</name></author><summary type=\"html\"><![CDATA[{HugeBody}]]></summary></entry></feed>"),
        new("json", JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["version"] = "https://jsonfeed.org/version/1.1",
            ["title"] = HugeTitle,
            ["items"] = new[] { new Dictionary<string, object> { ["id"] = HugeLink, ["title"] = HugeTitle, ["url"] = HugeLink, ["content_html"] = HugeBody, ["authors"] = new[] { new { name = HugeTitle } } } },
        })),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Over_long_fields_are_cut_or_dropped_with_a_warning(FormatCase c)
    {
        var parsed = Assert.IsType<FeedParseResult.Parsed>(FeedParser.Parse(Encoding.UTF8.GetBytes(c.Document)));
        var item = Assert.Single(parsed.Feed.Items);

        foreach (var title in new[] { parsed.Feed.Title, item.Title, item.Author })
        {
            Assert.NotNull(title);
            Assert.InRange(title.Length, FeedLimits.MaxTitleChars / 2, FeedLimits.MaxTitleChars);
            Assert.EndsWith(InputLimits.CutMark, title, StringComparison.Ordinal);
            Assert.StartsWith(title[..^InputLimits.CutMark.Length] + " ", HugeTitle, StringComparison.Ordinal);   // cut at a space, after a whole word
        }

        Assert.Null(item.Link);
        Assert.Null(item.Id);
        var body = item.Summary ?? item.Content;
        Assert.NotNull(body);
        Assert.InRange(body.Length, FeedLimits.MaxBodyChars / 2, FeedLimits.MaxBodyChars);
        Assert.EndsWith(InputLimits.CutMark, body, StringComparison.Ordinal);
        var kept = body[..^InputLimits.CutMark.Length];
        Assert.True(kept.LastIndexOf('<') < kept.LastIndexOf('>'), "the cut split a tag: " + kept[^40..]);

        Assert.Contains(parsed.Warnings, w => w.Contains("title or author field(s) longer than", StringComparison.Ordinal));
        Assert.Contains(parsed.Warnings, w => w.Contains("id or link field(s) longer than", StringComparison.Ordinal));
        Assert.Contains(parsed.Warnings, w => w.Contains("summary or content field(s) longer than", StringComparison.Ordinal));
    }

    [Fact]
    public void Fields_within_the_bounds_are_untouched_and_warn_nothing()
    {
        var title = string.Concat(Enumerable.Repeat("x", FeedLimits.MaxTitleChars));
        var parsed = Assert.IsType<FeedParseResult.Parsed>(FeedParser.Parse(Encoding.UTF8.GetBytes(
            $"<rss version=\"2.0\"><channel><title>T</title><item><title>{title}</title><link>https://ok.example/a</link></item></channel></rss>")));
        Assert.Equal(title, Assert.Single(parsed.Feed.Items).Title);
        Assert.Empty(parsed.Warnings);
    }

    [Fact]
    public void A_document_over_the_size_cap_is_not_a_feed()
    {
        var body = new byte[FeedLimits.MaxDocumentBytes + 1];
        Encoding.ASCII.GetBytes("<rss version=\"2.0\"><channel><title>").CopyTo(body, 0);
        var result = Assert.IsType<FeedParseResult.NotAFeed>(FeedParser.Parse(body));
        Assert.Contains("over the cap of 16,777,216 bytes", result.Reason, StringComparison.Ordinal);
    }
}
