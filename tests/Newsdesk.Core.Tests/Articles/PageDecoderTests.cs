using System.Text;

namespace Newsdesk.Articles;

public sealed class PageDecoderTests
{
    private const string German = "Grüße aus München, schöne Äpfel";

    private static byte[] Page(Encoding encoding, string meta) => encoding.GetBytes($"<html><head>{meta}</head><body><p>{German}</p></body></html>");

    private static Encoding Latin1 => CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static TheoryData<string, byte[], string?> Cases => new()
    {
        { "UTF-8 without a declaration", Page(Encoding.UTF8, ""), null },
        { "UTF-8 with a BOM", [0xEF, 0xBB, 0xBF, .. Page(Encoding.UTF8, "")], null },
        { "UTF-16 LE with a BOM", [0xFF, 0xFE, .. Page(Encoding.Unicode, "")], null },
        { "windows-1252 declared by meta charset", Page(Latin1, "<meta charset=\"windows-1252\">"), null },
        { "ISO-8859-1 declared by http-equiv", Page(Latin1, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"), null },
        { "a lie: declared UTF-8, bytes are windows-1252", Page(Latin1, "<meta charset=\"utf-8\">"), null },
        { "a lie: declared ISO-8859-1, bytes are UTF-8", Page(Encoding.UTF8, "<meta charset=\"iso-8859-1\">"), null },
        { "the transport's charset wins over none", Page(Latin1, ""), "windows-1252" },
        { "an unknown charset label falls back", Page(Encoding.UTF8, "<meta charset=\"x-no-such\">"), null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pages_decode_to_the_right_text(string name, byte[] bytes, string? declared)
    {
        var decoded = Assert.IsType<PageDecoding.Decoded>(PageDecoder.Decode(bytes, declared));
        Assert.True(decoded.Html.Contains(German, StringComparison.Ordinal), name);
    }
}
