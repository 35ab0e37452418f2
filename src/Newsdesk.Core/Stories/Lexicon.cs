using System.Collections.Frozen;
using Newsdesk.Text;

namespace Newsdesk.Stories;

/// <summary>
/// Word forms seen so far, looked up by their lower-cased characters without allocating, so a
/// word met again costs one hash lookup instead of a string, a stem and a stop-word check.
/// Bounded: past <see cref="MaxWords"/> forms it starts afresh (the forms are recomputed, never different).
/// One lexicon per language (<paramref name="language"/>, ISO 639-1; null is English): its stop list
/// (<see cref="StopWords.For"/>) and its Snowball stemmer. English adds the headline filler and the
/// negations the clusterer was tuned with.
/// </summary>
internal sealed class Lexicon
{
    /// <summary>Word forms kept before the lexicon is cleared.</summary>
    public const int MaxWords = 500_000;

    private readonly Dictionary<string, Word> _words = new(StringComparer.Ordinal);

    private readonly Dictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Null for English.</summary>
    private readonly string? _language;

    private readonly FrozenSet<string> _stopWords;

    public Lexicon(string? language = null)
    {
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _language = language is null or "en" ? null : language;
        _stopWords = _language is null ? StopWords.EnglishAndNegations : StopWords.For(_language);
    }

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
        var stop = surface.Length < ArticleWords.MinTermChars || _stopWords.Contains(surface)
            || (_language is null && HeadlineFiller.Words.Contains(surface)) || ArticleWords.IsSmallNumber(surface);
        word = new Word(surface, stop ? surface : Stemmer.Stem(surface, _language), stop);
        _words.Add(surface, word);
        return word;
    }
}
