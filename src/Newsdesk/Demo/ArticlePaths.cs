using System.Globalization;
using System.Text;

namespace Newsdesk.Demo;

/// <summary>Builds an article's page path from its outlet's pattern ({yyyy} {MM} {dd} {slug} {id}).</summary>
internal static class ArticlePaths
{
    /// <summary>Slugs are cut at a word boundary near this length, as newsroom CMSs do.</summary>
    internal const int MaxSlugChars = 64;

    public static string Expand(string pattern, string id, string headline, DateTimeOffset published) =>
        pattern
            .Replace("{yyyy}", published.ToString("yyyy", CultureInfo.InvariantCulture))
            .Replace("{MM}", published.ToString("MM", CultureInfo.InvariantCulture))
            .Replace("{dd}", published.ToString("dd", CultureInfo.InvariantCulture))
            .Replace("{slug}", Slug(headline))
            .Replace("{id}", id);

    public static string Slug(string headline)
    {
        var builder = new StringBuilder(headline.Length);
        foreach (var c in headline.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-' && c != '\'')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxSlugChars)
        {
            var cut = slug.LastIndexOf('-', MaxSlugChars);
            slug = slug[..(cut > 0 ? cut : MaxSlugChars)];
        }

        return slug;
    }
}
