using Newsdesk.Text;

namespace Newsdesk.Stories;

/// <summary>
/// Word forms seen so far, looked up by their lower-cased characters without allocating, so a
/// word met again costs one hash lookup instead of a string, a stem and a stop-word check.
/// Bounded: past <see cref="MaxWords"/> forms it starts afresh (the forms are recomputed, never different).
/// </summary>
internal sealed class Lexicon
{
    /// <summary>Word forms kept before the lexicon is cleared.</summary>
    public const int MaxWords = 500_000;

    private readonly Dictionary<string, Word> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Lexicon() => _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    public Word Get(ReadOnlySpan<char> lower)
    {
        if (_lookup.TryGetValue(lower, out var word))
        {
            return word;
        }

        if (_words.Count >= MaxWords)
        {
            _words.Clear();
        }

        var surface = lower.ToString();
        var stop = surface.Length < ArticleWords.MinTermChars || StopWords.EnglishAndNegations.Contains(surface) || HeadlineFiller.Words.Contains(surface) || ArticleWords.IsSmallNumber(surface);
        word = new Word(surface, stop ? surface : Stemmer.Stem(surface), stop);
        _words.Add(surface, word);
        return word;
    }
}
