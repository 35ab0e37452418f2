using System.Text;

namespace Newsdesk.Publishing;

/// <summary>Splits text into search terms: runs of letters and digits, lowercased, bounded.</summary>
public static class SearchTerms
{
    /// <summary>Shortest term kept: one-letter terms match nearly everything.</summary>
    public const int MinTermChars = 2;

    /// <summary>Longest term kept; longer runs are cut (no word in a headline is longer).</summary>
    public const int MaxTermChars = 40;

    /// <summary>The distinct terms of a query, at most <see cref="Paging.MaxQueryTerms"/>.</summary>
    public static IReadOnlyList<string> Parse(string query) =>
        Tokens(query.Length <= Paging.MaxQueryChars ? query : query[..Paging.MaxQueryChars])
            .Distinct(StringComparer.Ordinal)
            .Take(Paging.MaxQueryTerms)
            .ToList();

    /// <summary>Every term of a text in order (for indexing), repeats included.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var current = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (current.Length < MaxTermChars)
                {
                    current.Append(char.ToLowerInvariant(ch));
                }

                continue;
            }

            if (current.Length >= MinTermChars)
            {
                yield return current.ToString();
            }

            current.Clear();
        }

        if (current.Length >= MinTermChars)
        {
            yield return current.ToString();
        }
    }
}
