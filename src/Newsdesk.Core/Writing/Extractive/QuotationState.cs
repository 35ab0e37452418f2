namespace Newsdesk.Writing.Extractive;

/// <summary>
/// Follows quotation marks across the sentences of one article, so that a sentence in the middle
/// of a quotation that runs over several sentences ("This is not about crime. This is about values.
/// Take your gang conflict away from a 7-year-old.") is known to be someone's words although it
/// holds no quotation mark itself. Read the sentences in order with <see cref="Next"/>.
/// </summary>
internal sealed class QuotationState
{
    /// <summary>
    /// A quotation left open longer than this many sentences is taken for a stray mark (a typo, an
    /// inch sign) and closed, so one stray mark cannot silence the rest of an article.
    /// </summary>
    internal const int MaxOpenSentences = 6;

    private bool open;
    private bool openedLow;
    private int openFor;

    /// <summary>Whether a quotation is open after the sentences read so far.</summary>
    public bool Open => open;

    /// <summary>Whether <paramref name="sentence"/> begins inside a quotation opened earlier; then moves past it.</summary>
    public bool Next(string sentence)
    {
        var inside = open;
        var marked = false;
        for (var i = 0; i < sentence.Length; i++)
        {
            switch (sentence[i])
            {
                case '\u201e' or '\u00ab':   // „ (German) and « (French) open
                    (open, openedLow, marked) = (true, sentence[i] == '\u201e', true);
                    break;
                case '\u201c':               // “ opens, except where „ opened (German closes with “)
                    (open, openedLow, marked) = (!(open && openedLow), false, true);
                    break;
                case '\u201d' or '\u00bb':   // ” and » close
                    (open, openedLow, marked) = (false, false, true);
                    break;
                case '"':
                    open = Straight(sentence, i) ?? !open;
                    (openedLow, marked) = (false, true);
                    break;
            }
        }

        if (marked)
        {
            openFor = 0;
        }
        else if (open && ++openFor > MaxOpenSentences)
        {
            open = false;
        }

        return inside;
    }

    /// <summary>
    /// Which way a straight mark goes, read from its neighbours: after a space or at the start and
    /// before a word it opens; after a word or a stop and before a space, a stop or the end it closes
    /// ("perfectly."" Hishammuddin said": both marks close; "6' 2" tall": closes). Null when its
    /// neighbours do not tell (it then flips the state).
    /// </summary>
    private static bool? Straight(string sentence, int at)
    {
        var before = at > 0 ? sentence[at - 1] : ' ';
        var after = at + 1 < sentence.Length ? sentence[at + 1] : ' ';
        var opens = (char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '\u2013' or '-') && !char.IsWhiteSpace(after);
        var closes = !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after));
        return opens == closes ? null : opens;
    }
}
