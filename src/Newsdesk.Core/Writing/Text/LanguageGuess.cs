using System.Collections.Frozen;

namespace Newsdesk.Writing.Text;

/// <summary>Guesses a text's language from the share of each language's function words.</summary>
internal static class LanguageGuess
{
    /// <summary>Fewer words than this and the guess is "" (unknown).</summary>
    internal const int MinWords = 8;

    /// <summary>Words read per text; enough for a stable guess, bounded for long articles.</summary>
    internal const int MaxWords = 400;

    /// <summary>The best language's function words must be at least this share of the words.</summary>
    internal const double MinShare = 0.08;

    /// <summary>The most frequent function words of each language the writer recognises.</summary>
    private static readonly FrozenDictionary<string, FrozenSet<string>> Profiles = new Dictionary<string, FrozenSet<string>>
    {
        ["en"] = FrozenSet.ToFrozenSet(["the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "he", "it", "as", "said", "by", "at", "from", "his", "have"]),
        ["fr"] = FrozenSet.ToFrozenSet(["le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "dans", "pour", "qui", "sur", "au", "pas", "par", "ce", "il", "avec"]),
        ["de"] = FrozenSet.ToFrozenSet(["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "von", "sich", "des", "auf", "für", "im", "dem", "auch", "wurde"]),
        ["es"] = FrozenSet.ToFrozenSet(["el", "la", "los", "las", "y", "de", "que", "en", "un", "una", "por", "con", "para", "se", "del", "es", "al", "lo", "como", "su"]),
        ["it"] = FrozenSet.ToFrozenSet(["il", "di", "che", "e", "la", "per", "un", "una", "non", "sono", "del", "della", "con", "gli", "nel", "alla", "si", "le", "da", "è"]),
        ["pt"] = FrozenSet.ToFrozenSet(["o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "no", "na", "se", "por", "mais"]),
        ["nl"] = FrozenSet.ToFrozenSet(["de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met", "die", "ook", "als", "er", "aan", "om", "werd"]),
    }.ToFrozenDictionary();

    public static string Guess(string text)
    {
        var words = Tokens.Words(text);
        if (words.Count < MinWords)
        {
            return "";
        }

        var sample = words.Count > MaxWords ? words.GetRange(0, MaxWords) : words;
        var best = "";
        var bestHits = 0;
        foreach (var (language, functionWords) in Profiles)
        {
            var hits = sample.Count(functionWords.Contains);
            if (hits > bestHits || (hits == bestHits && language == "en"))
            {
                best = language;
                bestHits = hits;
            }
        }

        return bestHits >= sample.Count * MinShare ? best : "";
    }
}
