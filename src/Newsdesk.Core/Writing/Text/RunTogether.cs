using System.Text.RegularExpressions;

namespace Newsdesk.Writing.Text;

/// <summary>
/// Sentences run together where a page lost the space after a full stop ("a terrorism trial in
/// Idaho.Taking the two together, Scalia said"): common in scraped texts (Multi-News has them in
/// about one article in ten). Without the space the splitter sees one long sentence, which is either
/// too long to use or published with the join in it.
/// </summary>
internal static partial class RunTogether
{
    /// <summary>
    /// A stop right after a lowercase word of two letters or more (not an initial or "U.S."), an
    /// optional closing quotation mark or bracket, then a capitalised word with no space between.
    /// </summary>
    [GeneratedRegex(@"(?<=\p{Ll}\p{Ll}[.!?][""\u201d\u2019)]?)(?=\p{Lu}\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex Join();

    /// <summary>The text with a space put back after each run-together stop.</summary>
    public static string Separate(string text) => Join().Replace(text, " ");
}
