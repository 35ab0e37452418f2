using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Newsdesk.Text;

/// <summary>
/// The one slug helper: story slugs, topic and entity route keys, and the check a route value passes
/// before any lookup. A slug is lower-case ASCII letters and digits joined by single hyphens; Latin
/// accents and ligatures are folded ("Zürich" -> "zurich", "Straße" -> "strasse"), apostrophes vanish
/// ("Fed's" -> "feds"), and every other character separates words.
/// </summary>
public static class Slug
{
    /// <summary>Longest slug accepted in a route (and longest route key made); longer ones are refused before any lookup.</summary>
    public const int MaxLength = 120;

    /// <summary>Longest slug <see cref="From"/> makes for a new story, suffix included.</summary>
    public const int MaxStoryLength = 80;

    /// <summary>Longest unique suffix kept by <see cref="From"/> (the caller's id, counter or hash).</summary>
    public const int MaxSuffixLength = 16;

    /// <summary>Words of a headline kept in a dated story slug (<see cref="ForStory"/>).</summary>
    public const int MaxHeadlineWords = 10;

    /// <summary>Slug of a headline with nothing usable in it.</summary>
    public const string Fallback = "story";

    /// <summary>Characters of input read at most; a slug never needs more (bounds the work on hostile input).</summary>
    internal const int MaxInputChars = 4 * MaxLength;

    /// <summary>
    /// A new story's slug: "Fed's Plosser: Taper pace, 2014!" -> "feds-plosser-taper-pace-2014"; with
    /// suffix "7" -> "feds-plosser-taper-pace-2014-7". Cut at a word boundary to fit
    /// <see cref="MaxStoryLength"/>; <see cref="Fallback"/> when the headline has no usable letter.
    /// </summary>
    public static string From(string? headline, string? suffix = null)
    {
        var tail = Words(suffix ?? "", MaxSuffixLength);
        var room = MaxStoryLength - (tail.Length > 0 ? tail.Length + 1 : 0);
        var body = Words(headline ?? "", room);
        if (body.Length == 0)
        {
            body = Fallback;
        }

        return tail.Length > 0 ? body + "-" + tail : body;
    }

    /// <summary>A dated story slug: the date it was first published and the first words of its headline.</summary>
    public static string ForStory(string headline, DateTimeOffset published)
    {
        var words = ForTerm(headline).Split('-', StringSplitOptions.RemoveEmptyEntries).Take(MaxHeadlineWords);
        var slug = published.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + string.Join('-', words);
        return slug.Length <= MaxLength ? slug.TrimEnd('-') : slug[..MaxLength].TrimEnd('-');
    }

    /// <summary>
    /// Share of a story slug's words (without its small words and its counter) that its headline must
    /// still use for the slug to stay. Below it the slug names another headline ("kias-new-rio-supermini-
    /// gets-hybrid-technology-for-2020" over Rio Tinto's apology, real feeds May 2020) and the story is
    /// given a new one, the old one redirecting. Half: a headline that grows or is reworded keeps its address.
    /// </summary>
    public const double MinWordsStillUsed = 0.5;

    /// <summary>Words too small to say what a slug is about (English; they do not count in <see cref="StillFits"/>).</summary>
    private static readonly FrozenSet<string> SmallWords = FrozenSet.Create(StringComparer.Ordinal,
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from", "as", "is", "are", "was", "be", "after", "over");

    /// <summary>
    /// Whether a story's slug still describes its headline: at least <see cref="MinWordsStillUsed"/> of
    /// the slug's words are words of the headline. A slug with no word that counts always fits.
    /// </summary>
    public static bool StillFits(string slug, string headline)
    {
        var parts = slug.Split('-', StringSplitOptions.RemoveEmptyEntries);
        var counted = parts.Length > 1 && parts[^1].All(char.IsAsciiDigit) ? parts[..^1] : parts;   // "-2": the uniqueness counter
        var words = counted.Where(w => !SmallWords.Contains(w)).ToList();
        if (words.Count == 0)
        {
            return true;
        }

        var said = ForTerm(headline).Split('-', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return words.Count(said.Contains) >= words.Count * MinWordsStillUsed;
    }

    /// <summary>The route key of a topic or entity name ("Bank of England" -> "bank-of-england"); "" when nothing is usable.</summary>
    public static string ForTerm(string name) => Words(name, MaxLength);

    /// <summary>Whether a route value can be a slug at all; anything else is a 404 without a lookup.</summary>
    public static bool IsWellFormed(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }

        foreach (var ch in value)
        {
            if (!(char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-'))
            {
                return false;
            }
        }

        return !value.Contains("--", StringComparison.Ordinal);
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

    /// <summary>The words of a text as a slug of at most <paramref name="max"/> characters, cut at a word boundary.</summary>
    private static string Words(string text, int max)
    {
        var read = text.Length > MaxInputChars ? text[..MaxInputChars] : text;
        var slug = new StringBuilder(Math.Min(read.Length, max + 1));
        var pendingHyphen = false;
        foreach (var c in read)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            var isAscii = lower is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            var folded = isAscii ? null : LatinFolding.GetValueOrDefault(lower);
            if (isAscii || folded is not null)
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                pendingHyphen = false;
                if (folded is null)
                {
                    slug.Append(lower);
                }
                else
                {
                    slug.Append(folded);
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
