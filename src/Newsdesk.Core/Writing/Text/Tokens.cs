using System.Collections.Frozen;

namespace Newsdesk.Writing.Text;

/// <summary>
/// Word tokens as the writer compares them: lowercase runs of letters and digits; content
/// terms are those tokens minus English function words, Porter-stemmed.
/// </summary>
internal static class Tokens
{
    /// <summary>Lowercase alphanumeric tokens, in order.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    /// <summary>Stemmed content terms: function words dropped, one-letter tokens dropped.</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        foreach (var word in Words(text))
        {
            if (word.Length > 1 && !StopWords.English.Contains(word))
            {
                terms.Add(PorterStemmer.Stem(word));
            }
        }

        return terms;
    }

    /// <summary>Number of whitespace-separated words, as a reader counts them.</summary>
    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}

/// <summary>
/// Function words by language. The English list is the common SMART/Lucene core; the others are
/// the most frequent function words of each language, used only to guess an article's language.
/// </summary>
internal static class StopWords
{
    public static readonly FrozenSet<string> English = FrozenSet.ToFrozenSet(
    [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
        "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "said",
        "says", "say", "s", "t", "mr", "ms", "mrs", "one", "like", "get", "got", "may", "might", "must", "shall", "us",
        "many", "much", "even", "still", "yet", "however", "since", "though", "although", "upon", "via", "per", "new",
    ]);

    /// <summary>The most frequent function words of each language the writer recognises.</summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> ByLanguage = new Dictionary<string, FrozenSet<string>>
    {
        ["en"] = FrozenSet.ToFrozenSet(["the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "he", "it", "as", "said", "by", "at", "from", "his", "have"]),
        ["fr"] = FrozenSet.ToFrozenSet(["le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "dans", "pour", "qui", "sur", "au", "pas", "par", "ce", "il", "avec"]),
        ["de"] = FrozenSet.ToFrozenSet(["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "von", "sich", "des", "auf", "für", "im", "dem", "auch", "wurde"]),
        ["es"] = FrozenSet.ToFrozenSet(["el", "la", "los", "las", "y", "de", "que", "en", "un", "una", "por", "con", "para", "se", "del", "es", "al", "lo", "como", "su"]),
        ["it"] = FrozenSet.ToFrozenSet(["il", "di", "che", "e", "la", "per", "un", "una", "non", "sono", "del", "della", "con", "gli", "nel", "alla", "si", "le", "da", "è"]),
        ["pt"] = FrozenSet.ToFrozenSet(["o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "no", "na", "se", "por", "mais"]),
        ["nl"] = FrozenSet.ToFrozenSet(["de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met", "die", "ook", "als", "er", "aan", "om", "werd"]),
    }.ToFrozenDictionary();
}
