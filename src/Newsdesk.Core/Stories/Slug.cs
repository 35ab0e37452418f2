using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Newsdesk.Stories;

/// <summary>URL slugs from headlines: lower-case ASCII words joined by hyphens, bounded, stable.</summary>
public static class Slug
{
    /// <summary>Longest slug, suffix included.</summary>
    public const int MaxLength = 80;

    /// <summary>Longest unique suffix kept (the caller's id, counter or hash).</summary>
    public const int MaxSuffixLength = 16;

    /// <summary>Slug of a headline with nothing usable in it.</summary>
    public const string Fallback = "story";

    /// <summary>
    /// "Fed's Plosser: Taper pace, 2014!" -> "feds-plosser-taper-pace-2014"; with suffix "7" ->
    /// "feds-plosser-taper-pace-2014-7". Accents are folded ("Zürich" -> "zurich"), other
    /// characters separate words, and the slug is cut at a word boundary to fit.
    /// </summary>
    public static string From(string? headline, string? suffix = null)
    {
        var tail = Clean(suffix ?? "", MaxSuffixLength);
        var room = MaxLength - (tail.Length > 0 ? tail.Length + 1 : 0);
        var body = Clean(headline ?? "", room);
        if (body.Length == 0)
        {
            body = Fallback;
        }

        return tail.Length > 0 ? body + "-" + tail : body;
    }

    /// <summary>
    /// Lower-case Latin letters with diacritics and ligatures folded to ASCII (Latin-1 Supplement and
    /// Latin Extended-A, written for this project); the invariant globalization mode has no Unicode
    /// decomposition to lean on.
    /// </summary>
    private static readonly FrozenDictionary<char, string> LatinFolding = new (string Letters, string Ascii)[]
    {
        ("àáâãäåāăą", "a"), ("æ", "ae"), ("çćĉċč", "c"), ("ďđð", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"),
        ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĳ", "ij"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"),
        ("òóôõöøōŏő", "o"), ("œ", "oe"), ("ŕŗř", "r"), ("śŝşš", "s"), ("ß", "ss"), ("ţťŧ", "t"), ("þ", "th"),
        ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
    }
    .SelectMany(row => row.Letters.Select(letter => KeyValuePair.Create(letter, row.Ascii)))
    .ToFrozenDictionary();

    private static string Clean(string text, int max)
    {
        var folded = text.Length > 4 * MaxLength ? text[..(4 * MaxLength)] : text;
        var slug = new StringBuilder(Math.Min(folded.Length, max + 1));
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            var ascii = lower is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? null : LatinFolding.GetValueOrDefault(lower);
            if (ascii is not null || lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                pendingHyphen = false;
                if (ascii is null)
                {
                    slug.Append(lower);
                }
                else
                {
                    slug.Append(ascii);
                }
            }
            else
            {
                pendingHyphen = true;
            }
        }

        if (slug.Length <= max)
        {
            return slug.ToString();
        }

        var cut = slug.ToString(0, max + 1).LastIndexOf('-');
        return (cut > 0 ? slug.ToString(0, cut) : slug.ToString(0, max)).Trim('-');
    }
}
