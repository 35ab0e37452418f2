using System.Text;
using Newsdesk.Feeds;

namespace Newsdesk.Core.Tests.Feeds;

public sealed class FeedEncodingTests
{
    private const string Title = "Caf\u00e9 \u2013 \u00fcber";

    public sealed record Case(string Name, Func<byte[]> Body, string? ContentType, string ExpectedEncoding, bool ExpectWarning)
    {
        public override string ToString() => Name;
    }

    private static byte[] Doc(Encoding encoding, string? declared, bool bom = false)
    {
        var decl = declared is null ? "" : $"<?xml version=\"1.0\" encoding=\"{declared}\"?>";
        var bytes = encoding.GetBytes($"{decl}<rss version=\"2.0\"><channel><title>{Title}</title></channel></rss>");
        return bom ? [.. encoding.GetPreamble(), .. bytes] : bytes;
    }

    private static readonly Encoding Latin1 = Encoding.Latin1;
    private static readonly Encoding Cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static TheoryData<Case> Cases => new()
    {
        new("UTF-8 without declaration", () => Doc(new UTF8Encoding(false), null), null, "utf-8", false),
        new("UTF-8 with BOM", () => Doc(new UTF8Encoding(true), null, bom: true), null, "utf-8", false),
        new("UTF-16 LE with BOM", () => Doc(Encoding.Unicode, "utf-16", bom: true), null, "utf-16le", false),
        new("UTF-16 BE with BOM", () => Doc(Encoding.BigEndianUnicode, "utf-16", bom: true), null, "utf-16be", false),
        new("UTF-16 LE sniffed without BOM", () => Doc(Encoding.Unicode, "utf-16"), null, "utf-16le", false),
        new("windows-1252 from the XML declaration", () => Doc(Cp1252, "windows-1252"), null, "windows-1252", false),
        new("HTTP charset wins over the declaration", () => Doc(new UTF8Encoding(false), "iso-8859-1"), "application/rss+xml; charset=utf-8", "utf-8", false),
        new("quoted HTTP charset", () => Doc(new UTF8Encoding(false), null), "application/xml; charset=\"UTF-8\"", "utf-8", false),
        new("wrong declaration recovered (says UTF-8, bytes are windows-1252)", () => Doc(Cp1252, "utf-8"), null, "windows-1252", true),
        new("wrong HTTP charset recovered (says us-ascii, bytes are UTF-8)", () => Doc(new UTF8Encoding(false), "utf-8"), "application/xml; charset=us-ascii", "utf-8", true),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decodes_with_the_right_encoding(Case c)
    {
        var details = FeedParser.ParseDetailed(c.Body(), c.ContentType);
        var parsed = Assert.IsType<FeedParseResult.Parsed>(details.Result);
        Assert.Equal(c.ExpectedEncoding, details.Encoding);
        Assert.Equal(Title, parsed.Feed.Title);
        Assert.Equal(c.ExpectWarning, parsed.Warnings.Count > 0);
    }

    [Fact]
    public void Latin1_declared_document_decodes()
    {
        var parsed = Assert.IsType<FeedParseResult.Parsed>(FeedParser.Parse(Doc(Latin1, "iso-8859-1")));
        Assert.Equal(Latin1.GetString(Latin1.GetBytes(Title)), parsed.Feed.Title);
    }
}
