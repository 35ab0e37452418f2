using System.Text.RegularExpressions;

namespace Newsdesk.Writing.Text;

/// <summary>
/// A page's time stamp or byline left at the start of a sentence: "May 09, 2020 5:00 AM The
/// Covid-19 pandemic has hit the world hard." (The Straits Times' feed puts the stamp and the
/// summary in one description, parted only by line-break markup), "Published: 12:34 EDT, 3 May 2016
/// | Updated: 13:00 EDT, 3 May 2016", "Last updated at 08:13 19 October 2006", "By ZEKE MILLER and
/// JILL COLVIN Associated Press". The stamp is furniture, the sentence after it is reporting: the
/// writer keeps the sentence and drops the stamp (<see cref="Strip"/>), so what it publishes is
/// still a span of its source's text, which the verifier finds there.
/// </summary>
internal static partial class StampPrefix
{
    private const string Month = @"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

    private const string Weekday = @"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?";

    private const string Date = @"(?:" + Weekday + @",?\s+)?(?:" + Month + @"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+" + Month + @",?\s+\d{4}|\d{4}-\d{2}-\d{2})\b";

    private const string Time = @"\d{1,2}(?::\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?|\.\d{2}\s*[AaPp]\.?[Mm]\.?|\s*[AaPp]\.?[Mm]\.?(?=\s))(?:\s+(?:GMT|UTC|BST|EDT|EST|CDT|CST|MDT|MST|PDT|PST|ET|PT|CET|CEST|SGT|AEST|AEDT|NZST|NZDT|HKT|IST)\b)?";

    private const string Label = @"(?i:(?:last\s+)?updated|published|posted|first\s+published|modified)(?:\s+(?i:on|at))?\s*:?\s*(?:(?:about\s+)?\d+(?:\.\d+)?\s+(?i:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b|(?=\d|" + Month + "|" + Weekday + "))";

    private const string Name = @"[A-Z][\w.'\u2019\-]+";

    private const string CapitalsByline = @"By\s+(?:[A-Z][A-Z.'\u2019\-]+\s+(?:(?:and|AND)\s+)?){2,8}(?:(?i:Associated\s+Press|Reuters|AFP|Bloomberg)\b)?";

    private const string NamedByline = @"By\s+" + Name + @"(?:\s+" + Name + @"){0,3}(?:\s+and\s+" + Name + @"(?:\s+" + Name + @"){0,3})?(?:,\s*" + Name + @"(?:\s+" + Name + @"){0,2})?\s*(?=[|\u2022\u00b7\-\u2013\u2014]|(?i:updated|published|posted)\b|" + Month + @"\s+\d|\d{1,2}[:.]\d{2})";

    /// <summary>
    /// One to eight pieces, each a date (with its time), a time (with its date), an "Updated"/"Published"
    /// label with its date, time or age ("about 1.5 hours ago"), or a byline that ends clearly (names in
    /// capitals, or names followed by a separator or a stamp); parted by "|", "-", "·" or commas; then
    /// the rest, which must open as a sentence does (a capital or an opening quotation mark).
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:\s*(?:[|\u2022\u00b7,;\-\u2013\u2014]\s*)?)(?:(?<label>" + Label + @")|(?<!\w)" + Date + @"|(?<!\w)(?<time>" + Time + ")|(?<by>" + CapitalsByline + "|" + NamedByline + @"))){1,8}\s*(?:[|\u2022\u00b7:\-\u2013\u2014]\s*)?(?=[\p{Lu}""\u201c\u2018'])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>
    /// A columnist's name in capitals and a colon before the column's text, as the Daily Mail's feed
    /// opens its comment pieces: "DOUGLAS MURRAY: Newsnight presenter, Emily Maitlis, was visibly
    /// angered...", "SARAH VINE: With women in charge, ...". Two to four words in capitals.
    /// </summary>
    [GeneratedRegex(@"^\s*[A-Z][A-Z.'\u2019\-]+(?:\s+[A-Z][A-Z.'\u2019\-]+){1,3}:\s+(?=[\p{L}""\u201c\u2018'])", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnByline();

    /// <summary>
    /// A content warning before the text, as the Daily Mail's feed opens its video items: "WARNING -
    /// GRAPHIC CONTENT: A defenceless puppy...", "GRAPHIC CONTENT WARNING: ...", "WARNING GRAPHIC
    /// CONTENT. ..." (17 items in the May 2020 feeds).
    /// </summary>
    [GeneratedRegex(@"^\s*(?:WARNING\s*[:\-\u2013\u2014]?\s*)?(?:GRAPHIC|DISTRESSING)\s+(?:CONTENT|IMAGES|FOOTAGE)(?:\s+WARNING)?\s*(?:[:.\-\u2013\u2014]\s*|\s+(?=\p{Lu}\p{Ll}))", RegexOptions.CultureInvariant)]
    private static partial Regex ContentWarning();

    /// <summary>
    /// A label in capitals that sells the item before its text: "EXCLUSIVE: The midfielder, 21, was filmed...", "EXCLUSIVE Boris Johnson was strolling...",
    /// "REVEALED: ...", "BREAKING: ..." (the Daily Mail's feed, 15 items in 1-16 May 2020). The label is the
    /// page's, the sentence after it is reporting.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:EXCLUSIVE|REVEALED|BREAKING(?:\s+NEWS)?|UPDATE|UPDATED|JUST\s+IN)(?:\s*[:\-\u2013\u2014]\s*(?=[\p{Lu}""\u201c\u2018'\d])|\s+(?=\p{Lu}\p{Ll}|[""\u201c\u2018']))", RegexOptions.CultureInvariant)]
    private static partial Regex SellingLabel();

    /// <summary>
    /// The sentence without a leading content warning, selling label, stamp, byline or columnist's name; the sentence itself when it
    /// has none, or when the "stamp" is a date alone.
    /// </summary>
    public static string Strip(string sentence)
    {
        sentence = SellingLabel().Replace(ContentWarning().Replace(sentence, ""), "");
        // A column's text after the name may open in lower case ("GUY ADAMS: we produce more varieties of
        // cheese..."): cut, it is the tail of a teaser, which the lower-case rule then leaves out.
        var column = ColumnByline().Match(sentence);
        if (column.Success)
        {
            sentence = sentence[column.Length..];
        }

        var m = Pattern().Match(sentence);
        // A date alone may be a timeline's entry ("Jan. 20, 2017 Trump is sworn in."), whose sentence
        // needs it; a page's stamp has a time, a label or a byline with it.
        if (!m.Success || !(m.Groups["label"].Success || m.Groups["time"].Success || m.Groups["by"].Success))
        {
            return sentence;
        }

        // What is left may be too short to be a sentence ("Good morning!"): then the length rule drops it.
        return sentence[m.Length..];
    }
}
