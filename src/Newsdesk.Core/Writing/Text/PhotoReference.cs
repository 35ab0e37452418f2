using System.Text.RegularExpressions;

namespace Newsdesk.Writing.Text;

/// <summary>
/// A pointer to a photograph the source page shows beside its text: "Dr Craig Wakeham (pictured), a GP
/// from Dorset, ...", "Home Secretary Priti Patel, pictured, has vowed ...", "Kate McCann (left) and Gerry
/// McCann, 51, (right) are marking ..." (the Daily Mail writes them into its sentences: 70 of the stories
/// written from 1-16 May 2020 carried one). A story shows no photograph, so the pointer points at nothing:
/// the writer takes the sentence without it (<see cref="Strip"/>). Only the pointer goes; every name,
/// number and quotation of the sentence stays, so the verifier still finds them in the source.
/// </summary>
internal static partial class PhotoReference
{
    /// <summary>"(pictured)", "(pictured in March this year)", "(pictured, left)", and a bracketed position: "(left)", "(second right)", "(left inset)", "(main)", "(left, with his mother Kanchan)".</summary>
    [GeneratedRegex(@"\s*\((?:pictured\b[^()]{0,60}|(?:(?:far|second|second\s+from(?:\s+the)?|top|bottom|above|below|centre|center)\s+)?(?:left|right)(?:\s+(?:inset|and\s+(?:left|right)))?(?:[,;]\s*[^()]{1,60})?|left\s+to\s+right(?:[,;]\s*[^()]{1,60})?|centre|center|inset|above|below|top|bottom|main|main\s+(?:picture|image)|file)\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Bracketed();

    /// <summary>
    /// ", pictured," and ", pictured with his daughter Liora, left," between commas, after the person it shows, with the verb
    /// after it when there is one: "Home Secretary Priti Patel, pictured, has vowed" (the commas set the pointer apart,
    /// and go with it), "the 7th Marquess of Bath, pictured, his 'wifelet' lovers fear" (the first comma ends a clause, and stays).
    /// </summary>
    [GeneratedRegex(@",\s+pictured(?:\s+[^,()""\u201c\u201d]{1,50})?(?:,\s+(?:left|right|centre|center|above|below))?,(?=\s+(?<verb>(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|said|says|told|added|who|which|did|does|do|and)\b|[a-z]+ed\b)?)", RegexOptions.CultureInvariant)]
    private static partial Regex BetweenCommas();

    /// <summary>A position between commas after a name: "Epstein, bottom inset, killed himself", "Kate, left, and her sister".</summary>
    [GeneratedRegex(@"(?<=\b\p{Lu}[\p{L}'\u2019\-]+),\s+(?:(?:top|bottom|far|second|centre|center)\s+)?(?:left|right|inset|main)(?:\s+inset)?,(?=\s+(?<verb>(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|said|says|told|added|who|which|did|does|do)\b|[a-z]+ed\b)?)", RegexOptions.CultureInvariant)]
    private static partial Regex PositionBetweenCommas();

    /// <summary>The sentence without its pointers to photographs; the sentence itself when it has none.</summary>
    public static string Strip(string sentence)
    {
        if (!sentence.Contains("pictured", StringComparison.OrdinalIgnoreCase) && sentence.IndexOf('(') < 0 && !sentence.Contains(',', StringComparison.Ordinal))
        {
            return sentence;
        }

        static string Join(Match m) => m.Groups["verb"].Success ? "" : ",";
        var stripped = PositionBetweenCommas().Replace(BetweenCommas().Replace(Bracketed().Replace(sentence, ""), Join), Join);
        return stripped.Length == sentence.Length ? sentence : stripped.Trim();
    }
}
