using System.Text.RegularExpressions;

namespace Newsdesk.Writing.Text;

/// <summary>
/// Photo captions that a page's text carries beside its article ("A photo from the 1998 excavation,
/// with the brachiosaur foot bones below...", "Aurelie Chatelain, in this photograph provided by the
/// Caudry City Hall, is seen during a sporting event", "FILE - In this Aug. 3 photo, ..."). A caption
/// describes a picture the reader of the story does not see: it never heads a story nor leads it.
/// Patterns from Multi-News texts and the real May 2020 feeds; English.
/// </summary>
internal static partial class Captions
{
    [GeneratedRegex("""
        ^\W*(?:FILE|File\s+photo|Handout)\s*[-\u2013\u2014:(]
        |^\W*(?:A|An|The|This|These)?\s*(?:undated\s+|file\s+|handout\s+|aerial\s+|recent\s+)?(?:photo|photograph|picture|image|screenshot|screen\s*grab|video\s+still|still\s+image)s?\s+(?:from|of|shows?|showing|taken|provided|released|obtained|posted|dated)\b
        |\bin\s+(?:this|these|an?\s+(?:undated|file|handout))\s+(?:\S+\s+){0,4}?(?:photo|photograph|picture|image|screen\s*grab|video\s+grab|still\s+image)s?\b
        |^\W*(?:Pictured|Above|Below|Inset|Main\s+(?:picture|image))\s*[:,(\u2013\u2014-]
        |\b(?:is|are)\s+(?:pictured|photographed)\b|\b(?:is|are)\s+seen\s+(?:here|during|arriving|leaving|speaking|walking|standing|sitting|outside|inside)\b
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    /// <summary>True when the sentence is a photo caption, not reporting.</summary>
    public static bool Is(string sentence) => sentence.Length > 0 && Pattern().IsMatch(sentence);
}
