using System.Text;
using Newsdesk.Feeds;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Feeds;

public sealed class OpmlTests
{
    [Fact]
    public void Nested_outlines_are_flattened_with_their_category()
    {
        var outlines = Opml.Parse(File.ReadAllBytes(Path.Combine(TestEnvironment.RepoRoot, "tests", "fixtures", "feeds", "subscriptions.opml")));
        Assert.Equal(
            [
                new OpmlOutline("https://wire.example/rss", "The Wire", "https://wire.example/", "World"),
                new OpmlOutline("https://gazette.example/feed.xml", "The Harbour Gazette", null, "Europe"),
                new OpmlOutline("https://loose.example/atom", "Loose feed", null, null),
            ],
            outlines);
    }

    [Fact]
    public void Round_trip_keeps_every_outline()
    {
        OpmlOutline[] outlines =
        [
            new("https://a.example/rss", "A & B", "https://a.example/", "News"),
            new("https://c.example/atom", "C \"quoted\"", null, "News"),
            new("https://d.example/feed.json", null, null, null),
        ];
        var written = Opml.Write("Mine", outlines);
        var read = Opml.Parse(Encoding.UTF8.GetBytes(written));
        Assert.Equal(
            outlines.Select(o => o with { Title = o.Title ?? o.XmlUrl }),
            read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml")]
    [InlineData("<rss><channel/></rss>")]
    [InlineData("<opml version=\"2.0\"><head/></opml>")]
    public void Junk_is_a_format_error(string body) =>
        Assert.Throws<FormatException>(() => Opml.Parse(Encoding.UTF8.GetBytes(body)));
}
