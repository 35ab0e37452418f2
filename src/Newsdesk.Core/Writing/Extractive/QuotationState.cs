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
    private int openFor;

    /// <summary>Whether <paramref name="sentence"/> begins inside a quotation opened earlier; then moves past it.</summary>
    public bool Next(string sentence)
    {
        var inside = open;
        var straight = sentence.Count(c => c == '"');
        var opening = sentence.Count(c => c == '\u201c');
        var closing = sentence.Count(c => c == '\u201d');
        var toggles = straight % 2 == 1 || opening != closing;
        if (toggles)
        {
            // Curly marks say which way they go; a lone straight mark flips the state.
            open = opening != closing ? opening > closing : !open;
            openFor = 0;
        }
        else if (open && ++openFor > MaxOpenSentences)
        {
            open = false;
        }

        return inside;
    }
}
