using System.Text;

namespace Newsdesk.Feeds;

/// <summary>
/// Feeds written on Windows often carry windows-1252 punctuation as C1 control characters
/// (U+0080-U+009F, which no text means): smart quotes, dashes, the euro sign. They are mapped
/// to the characters windows-1252 gives those bytes (feedparser calls this "demoronizing").
/// </summary>
internal static class Windows1252
{
    private static readonly Encoding Cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static string FixC1(string text)
    {
        var at = text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F');
        if (at < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        Span<byte> one = stackalloc byte[1];
        Span<char> mapped = stackalloc char[2];
        for (var i = at; i < chars.Length; i++)
        {
            if (chars[i] is >= '\u0080' and <= '\u009F')
            {
                one[0] = (byte)chars[i];
                if (Cp1252.GetChars(one, mapped) == 1 && mapped[0] != '\uFFFD')
                {
                    chars[i] = mapped[0];
                }
            }
        }

        return new string(chars);
    }
}
