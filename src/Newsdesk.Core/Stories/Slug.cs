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

    private static string Clean(string text, int max)
    {
        var folded = text.Length > 4 * MaxLength ? text[..(4 * MaxLength)] : text;
        folded = folded.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(Math.Min(folded.Length, max + 1));
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                pendingHyphen = false;
                slug.Append(lower);
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
