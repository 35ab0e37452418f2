using System.Collections.Frozen;
using Newsdesk.Text;

namespace Newsdesk.Stories;

/// <summary>
/// Word forms seen lately, looked up by their lower-cased characters without allocating, so a
/// word met again costs one hash lookup instead of a string, a stem and a stop-word check.
/// Bounded in two generations of <see cref="MaxWords"/> forms: when the current one is full it
/// becomes the previous one and the old previous one is dropped; a form found in the previous
/// generation moves to the current one, so the words a stream keeps using are never recomputed.
/// A dropped form is recomputed when it comes back, never different (a word depends on its
/// characters and the language alone), so the bound changes no output.
/// One lexicon per language (<paramref name="language"/>, ISO 639-1; null is English): its stop list
/// (<see cref="StopWords.For"/>) and its Snowball stemmer. English adds the headline filler and the
/// negations the clusterer was tuned with.
/// </summary>
internal sealed class Lexicon
{
    /// <summary>
    /// Word forms per generation, so at most twice this many: about 210 bytes each with their strings
    /// (heap dumps of `newsdesk cluster`), 21 MB. The real May 2020 feeds use about 31,000 forms in the
    /// whole month, so a real stream never drops one; a stream of ever-new words (random tokens, or the
    /// memory bench's synthetic events with words of their own) is what turns the generations. Was
    /// 500,000 in one generation, cleared when full: 100 MB that a long stream of new words filled
    /// (issue #17: 114,000 forms at 326,000 undated synthetic lines, 177,000 at 516,000, still growing).
    /// </summary>
    public const int MaxWords = 50_000;

    private Dictionary<string, Word> _current = new(StringComparer.Ordinal);
    private Dictionary<string, Word> _previous = new(StringComparer.Ordinal);
    private Dictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> _currentLookup;
    private Dictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> _previousLookup;

    /// <summary>Null for English.</summary>
    private readonly string? _language;

    private readonly FrozenSet<string> _stopWords;

    public Lexicon(string? language = null)
    {
        _currentLookup = _current.GetAlternateLookup<ReadOnlySpan<char>>();
        _previousLookup = _previous.GetAlternateLookup<ReadOnlySpan<char>>();
        _language = language is null or "en" ? null : language;
        _stopWords = _language is null ? StopWords.EnglishAndNegations : StopWords.For(_language);
    }

    /// <summary>Word forms held now (both generations), for tests and the memory bench.</summary>
    public int Count => _current.Count + _previous.Count;

    /// <summary>The lexicon's language (ISO 639-1; "en" for English).</summary>
    public string Language => _language ?? "en";

    public Word Get(ReadOnlySpan<char> lower)
    {
        if (_currentLookup.TryGetValue(lower, out var word))
        {
            return word;
        }

        if (!_previousLookup.TryGetValue(lower, out word))
        {
            var surface = lower.ToString();
            var stop = surface.Length < ArticleWords.MinTermChars || _stopWords.Contains(surface)
                || (_language is null && HeadlineFiller.Words.Contains(surface)) || ArticleWords.IsSmallNumber(surface);
            word = new Word(surface, stop ? surface : Stemmer.Stem(surface, _language), stop);
        }

        if (_current.Count >= MaxWords)
        {
            (_previous, _current) = (_current, _previous);
            (_previousLookup, _currentLookup) = (_currentLookup, _previousLookup);
            _current.Clear();
        }

        _current.Add(word.Surface, word);
        return word;
    }
}
