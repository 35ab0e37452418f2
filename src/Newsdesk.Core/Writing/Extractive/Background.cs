using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Writing.Extractive;

/// <summary>
/// Whether a sentence tells background rather than the news: what happened in an earlier year
/// ("In 2007, a Jensen Beach man..."), long ago ("years ago", "has long been"), or before the
/// event ("had been arrested 12 times"). A news story tells what happened first and the
/// background after it (the inverted pyramid).
/// </summary>
internal static partial class Background
{
    /// <summary>A year as a time: "in 2007", "since 1999", "back in March 2010", "the 1992 history"; not "2,007" or "2007-08" ranges.</summary>
    [GeneratedRegex(@"\b(?:in|since|back in|during|until|from|of|by)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},\s+)?)?(?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearAsTime();

    /// <summary>Phrases that place what a sentence tells before the event.</summary>
    [GeneratedRegex(@"\b(?:years ago|decades ago|last year|has long been|have long been|had long been|for years|for decades|in the past|previously|once again|history of|was founded|were founded|had been|had previously)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EarlierPhrase();

    /// <summary>True when <paramref name="sentence"/> tells what came before the story's year (or, with no year known, before the event).</summary>
    public static bool Is(string sentence, int? storyYear)
    {
        if (EarlierPhrase().IsMatch(sentence))
        {
            return true;
        }

        return storyYear is { } year && YearAsTime().Matches(sentence)
            .Any(m => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) < year);
    }
}
