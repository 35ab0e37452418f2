using System.Text;

namespace Newsdesk.Publishing;

/// <summary>Slugs for story, topic and entity routes: lowercase ASCII letters, digits and single hyphens.</summary>
public static class Slug
{
    /// <summary>Longest slug accepted in a route; longer ones are refused before any lookup.</summary>
    public const int MaxLength = 120;

    /// <summary>Words of a headline kept in a story slug.</summary>
    public const int MaxHeadlineWords = 10;

    /// <summary>A story slug: the date it was first published and the first words of its headline.</summary>
    public static string ForStory(string headline, DateTimeOffset published)
    {
        var words = ForTerm(headline).Split('-', StringSplitOptions.RemoveEmptyEntries).Take(MaxHeadlineWords);
        var slug = published.UtcDateTime.ToString("yyyy-MM-dd") + "-" + string.Join('-', words);
        return slug.Length <= MaxLength ? slug.TrimEnd('-') : slug[..MaxLength].TrimEnd('-');
    }

    /// <summary>The route key of a topic or entity name ("Bank of England" -> "bank-of-england").</summary>
    public static string ForTerm(string name)
    {
        var builder = new StringBuilder(Math.Min(name.Length, MaxLength));
        var hyphen = false;
        foreach (var raw in name)
        {
            if (builder.Length >= MaxLength)
            {
                break;
            }

            var ch = Fold(raw);
            if (char.IsAsciiLetterOrDigit(ch))
            {
                if (hyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(ch));
                hyphen = false;
            }
            else if (ch != '\'' && ch != '\u2019')
            {
                hyphen = true;
            }
        }

        return builder.ToString();
    }

    // Latin letters with diacritics and the ASCII letter each folds to (Latin-1 Supplement and
    // Latin Extended-A, which cover the European languages of the sample outlets). The build runs
    // with invariant globalization, so Unicode decomposition is not available to do this.
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Folded = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    private static char Fold(char ch)
    {
        var lower = char.ToLowerInvariant(ch);
        if (lower < 0x80)
        {
            return lower;
        }

        var at = Accented.IndexOf(lower, StringComparison.Ordinal);
        return at >= 0 ? Folded[at] : lower;
    }

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
}
