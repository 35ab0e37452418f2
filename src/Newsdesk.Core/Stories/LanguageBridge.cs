namespace Newsdesk.Stories;

/// <summary>
/// When an article may join a story told in another language (issue #18). Each language is read
/// with its own stop list and stemmer, so a French and an English report of one event share few
/// terms and their similarity says little either way; a topic's shared names ("Macron", "Ukraine")
/// would still pull them together. So an article whose language is known joins a story whose core
/// is in other languages only when it names someone or somewhere the core names (the names as
/// written, unstemmed) and gives a number the core gives too (a count, an amount, a time of
/// day: "120", "1500"; years are left out, every story of a year shares them). An article or a
/// core whose language cannot be told (a headline, a short text) is not held to it.
/// </summary>
internal static class LanguageBridge
{
    /// <summary>Fewest digits of a number that counts (shorter ones are everywhere: dates, ranks, ages).</summary>
    public const int MinNumberDigits = 3;

    /// <summary>Years in this range are not numbers that tell one event from another.</summary>
    public const int FirstYear = 1900, LastYear = 2099;

    /// <summary>Whether the article may join the story whose core is <paramref name="core"/>.</summary>
    public static bool Allows(IReadOnlyList<ArticleProfile> core, ArticleProfile article)
    {
        if (article.Language is not { } language || !Crosses(core, language))
        {
            return true;
        }

        return article.NameForms is { } names && article.Numbers is { } numbers
            && core.Any(m => m.NameForms is { } n && n.Overlaps(names))
            && core.Any(m => m.Numbers is { } n && n.Overlaps(numbers));
    }

    /// <summary>Whether the core is told in other languages than <paramref name="language"/> only (members of unknown language aside).</summary>
    public static bool Crosses(IReadOnlyList<ArticleProfile> core, string language)
    {
        var other = false;
        foreach (var member in core)
        {
            if (member.Language == language)
            {
                return false;
            }

            other |= member.Language is not null;
        }

        return other;
    }

    /// <summary>Whether a word (lowercase, as the clusterer reads it) is a number that tells events apart.</summary>
    public static bool IsNumber(string word)
    {
        if (word.Length < MinNumberDigits)
        {
            return false;
        }

        var value = 0;
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = value < 100_000 ? (value * 10) + (c - '0') : value;
        }

        return word.Length != 4 || value < FirstYear || value > LastYear;
    }
}
