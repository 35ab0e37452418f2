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

    [Fact]
    public void Written_opml_declares_the_utf8_it_is_encoded_in()
    {
        OpmlOutline[] outlines = [new("https://a.example/rss", "Новости \u00e9t\u00e9 \u2014 \U0001F4F0", null, "Мир")];
        var bytes = Encoding.UTF8.GetBytes(Opml.Write("Sources \u00e9", outlines));

        // A strict XML reader trusts the declaration: a utf-16 declaration over UTF-8 bytes fails here.
        var doc = System.Xml.Linq.XDocument.Load(new MemoryStream(bytes));
        Assert.Equal("utf-8", doc.Declaration?.Encoding, ignoreCase: true);
        Assert.Equal("Sources \u00e9", doc.Root?.Element("head")?.Element("title")?.Value);
        Assert.Equal(outlines, Opml.Parse(bytes));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml")]
    [InlineData("<rss><channel/></rss>")]
    [InlineData("<opml version=\"2.0\"><head/></opml>")]
    public void Junk_is_a_format_error(string body) =>
        Assert.Throws<FormatException>(() => Opml.Parse(Encoding.UTF8.GetBytes(body)));
}
