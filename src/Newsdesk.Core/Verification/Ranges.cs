using System.Text.RegularExpressions;

namespace Newsdesk.Verification;

/// <summary>
/// A range whose ends are exchanged ("between 2014 and 2013", "6–4 hours", "from 20 to 15 percent")
/// where the support writes the same two values the other way round. A range is ordered, unlike a
/// list ("64 and 66 Perry", "aged 9, 11 or 13"), which <see cref="Exchanges"/> leaves alone: its ends
/// are joined by a dash, by "to", or by "and" after "between" ("between the ages of 65 and 74").
/// Session 16: most of the injection test's exchanged-number misses were reversed ranges.
/// </summary>
internal static partial class Ranges
{
    /// <summary>The pair of values the sentence writes as a range in the other order than its window does, as "a/b"; else null.</summary>
    public static string? Reversed(AnalyzedSentence sentence, IReadOnlyList<AnalyzedSentence> window)
    {
        var mine = Pairs(sentence.Text).Where(p => p.From != p.To).ToList();
        if (mine.Count == 0)
        {
            return null;
        }

        var theirs = window.SelectMany(w => Pairs(w.Text)).ToHashSet();
        foreach (var pair in mine)
        {
            if (theirs.Contains((pair.To, pair.From)) && !theirs.Contains(pair))
            {
                return $"{pair.From}/{pair.To}";
            }
        }

        return null;
    }

    /// <summary>The ranges a text writes: (first end, last end) as written, separators of thousands dropped.</summary>
    internal static IEnumerable<(string From, string To)> Pairs(string text)
    {
        foreach (var match in Dashed().Matches(text).Concat(Between().Matches(text)))
        {
            yield return (match.Groups["a"].Value.Replace(",", ""), match.Groups["b"].Value.Replace(",", ""));
        }
    }

    /// <summary>"3–14", "4-6%", "$1.30 to $1.40", "20 percent to 15 percent".</summary>
    [GeneratedRegex(@"(?<![\w.,])\$?(?<a>\d+(?:[.,]\d+)*)\s*(?:%|percent|per cent)?\s*(?:[–—-]|\bto\b)\s*\$?(?<b>\d+(?:[.,]\d+)*)(?![\w])", RegexOptions.IgnoreCase)]
    private static partial Regex Dashed();

    /// <summary>"between 65 and 74", "between the ages of 65 and 74" (up to three words between "between" and the first end).</summary>
    [GeneratedRegex(@"\bbetween\s+(?:[^\s\d]+\s+){0,3}\$?(?<a>\d+(?:[.,]\d+)*)\s*(?:%|percent|per cent)?\s+and\s+\$?(?<b>\d+(?:[.,]\d+)*)", RegexOptions.IgnoreCase)]
    private static partial Regex Between();
}
