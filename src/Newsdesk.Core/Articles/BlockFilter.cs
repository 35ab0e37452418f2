using System.Text.RegularExpressions;

namespace Newsdesk.Articles;

/// <summary>
/// Keeps the blocks that read like article text: drops link lists, share bars, read-more lines,
/// legal lines, bylines and date lines. Each rule is a small pure function of one block.
/// </summary>
internal static partial class BlockFilter
{
    public static bool Keep(TextBlock block)
    {
        var length = block.Text.Length;
        if (IsLinkHeavy(length, block.LinkChars))
        {
            return false;
        }

        if (length < ExtractionThresholds.PhraseBlockChars && HasBoilerplatePhrase(block.Text))
        {
            return false;
        }

        if (block.Tag is "figcaption" && length < ExtractionThresholds.ShortBlockChars)
        {
            return false;
        }

        if (length < ExtractionThresholds.BylineMaxChars && (IsByline(block.Text) || IsDateLine(block.Text)))
        {
            return false;
        }

        return true;
    }

    /// <summary>Navigation: a short block that is mostly links, or any block that is almost all links.</summary>
    public static bool IsLinkHeavy(int textChars, int linkChars) =>
        linkChars > 0 && (linkChars > textChars * ExtractionThresholds.MaxLinkDensityLong
            || (textChars < ExtractionThresholds.ShortBlockChars && linkChars > textChars * ExtractionThresholds.MaxLinkDensity));

    public static bool HasBoilerplatePhrase(string text)
    {
        var lower = text.ToLowerInvariant();
        foreach (var phrase in ExtractionRules.BoilerplatePhrases)
        {
            if (lower.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsByline(string text)
    {
        var lower = text.ToLowerInvariant();
        foreach (var opener in ExtractionRules.BylineOpeners)
        {
            if (lower.StartsWith(opener, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short line that holds a date: "31. Mai 2012", "2012-05-31", "May 31, 2012 at 10:04".</summary>
    public static bool IsDateLine(string text) => DatePattern().IsMatch(text);

    [GeneratedRegex(@"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}\.? ?(jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|janv|févr|avr|juil|sept|déc|ene|abr|ago|dic|gen|mag|giu|lug|ott)[a-zäéû]*\.?,? \d{2,4}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?,? \d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();
}
