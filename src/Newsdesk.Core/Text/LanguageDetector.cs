using System.Collections.Frozen;

namespace Newsdesk.Text;

/// <summary>
/// Detects the language of a text from stop-word profiles: the share of the first words that are
/// the most frequent function words of each language. Profiles: the most frequent words of each
/// language as listed in the Snowball project's stop-word lists (snowballstem.org), cut to the
/// commonest thirty or so, with words shared between languages left out where they would mislead.
/// The one language detector: extraction asks it when a page declares no language, and the writer
/// asks it for each article's language before keeping the language most of a story's sources use.
/// </summary>
public static class LanguageDetector
{
    /// <summary>Words read at most.</summary>
    internal const int MaxWords = 1000;

    /// <summary>Fewest stop-word hits for a verdict.</summary>
    internal const int MinHits = 5;

    /// <summary>The winner's hits must exceed the runner-up's by this factor.</summary>
    internal const double MinMargin = 1.3;

    private static readonly FrozenDictionary<string, FrozenSet<string>> Profiles = new Dictionary<string, FrozenSet<string>>
    {
        ["en"] = Set("the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "on", "are", "with", "as", "his", "they", "be", "at", "this", "have", "from", "or", "had", "by", "but", "not", "what", "were", "we", "which", "their", "has", "would", "there", "been", "who", "will"),
        ["de"] = Set("der", "die", "und", "das", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "sich", "des", "auf", "für", "im", "dem", "auch", "es", "an", "als", "noch", "wie", "bei", "aus", "er", "sie", "wird", "sind", "oder", "nach", "werden", "einer", "dass", "wir", "ich", "über"),
        ["fr"] = Set("le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "dans", "que", "qui", "pour", "pas", "sur", "au", "avec", "ce", "il", "sont", "par", "plus", "ne", "se", "nous", "mais", "ou", "été", "cette", "aux", "elle", "ses", "leur"),
        ["es"] = Set("el", "la", "los", "las", "de", "del", "y", "que", "en", "es", "un", "una", "por", "con", "para", "se", "no", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "fue", "este", "ha", "sí", "porque", "esta", "entre", "cuando", "muy"),
        ["it"] = Set("il", "di", "che", "è", "e", "la", "per", "un", "una", "non", "sono", "del", "della", "in", "con", "gli", "le", "si", "anche", "dei", "delle", "al", "alla", "ha", "come", "più", "questo", "nel", "nella", "ma", "lo", "ci", "essere"),
        ["pt"] = Set("o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "que", "em", "um", "uma", "para", "com", "não", "no", "na", "por", "mais", "se", "foi", "ao", "como", "mas", "seu", "sua", "ou", "são", "também", "pelo", "pela"),
        ["nl"] = Set("de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "zijn", "voor", "met", "niet", "aan", "er", "ook", "als", "bij", "door", "maar", "om", "nog", "wordt", "naar", "uit", "dan", "deze", "heeft", "worden", "ze", "hij", "wij"),
        ["pl"] = Set("i", "w", "na", "się", "z", "do", "nie", "że", "to", "jest", "o", "jak", "po", "co", "od", "za", "przez", "dla", "tak", "jego", "ale", "czy", "oraz", "jej", "tym", "był", "są", "może", "ich", "już", "które", "który", "była"),
        ["sv"] = Set("och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "inte", "om", "ett", "var", "jag", "men", "så", "kan", "de", "vi", "från", "eller", "när", "skulle", "hade", "sig", "efter"),
        ["ru"] = Set("и", "в", "не", "на", "что", "с", "по", "как", "это", "к", "из", "за", "от", "о", "но", "так", "его", "для", "же", "то", "у", "бы", "все", "она", "он", "они", "был", "было", "уже", "только"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The languages in <see cref="Profiles"/>, in a fixed order: a word's bit in <see cref="WordLanguages"/> is its index here.</summary>
    private static readonly string[] Languages = [.. Profiles.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Each profile word with the languages whose profile holds it (one bit per language of <see cref="Languages"/>), so a word costs one lookup.</summary>
    private static readonly FrozenDictionary<string, int> WordLanguages = Profiles
        .SelectMany(p => p.Value.Select(word => (Word: word, Bit: 1 << Array.IndexOf(Languages, p.Key))))
        .GroupBy(w => w.Word, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Aggregate(0, (bits, w) => bits | w.Bit), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WordLanguagesBySpan =
        WordLanguages.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Longest profile word: a longer word is counted but not looked up.</summary>
    private static readonly int LongestWord = WordLanguages.Keys.Max(w => w.Length);

    /// <summary>The ISO 639-1 code of the text's language, or null when too few words tell.</summary>
    /// <remarks>Reads without allocating (the words are lower-cased into a buffer and looked up by span): the clusterer asks it for every article.</remarks>
    public static string? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<int> hits = stackalloc int[Languages.Length];
        Span<char> lower = stackalloc char[LongestWord];
        var words = 0;
        foreach (var range in text.AsSpan().SplitAny(" \n\t\r.,;:!?\"'()[]«»„“”"))
        {
            var word = text.AsSpan()[range];
            if (word.Length == 0)
            {
                continue;
            }

            if (++words > MaxWords)
            {
                break;
            }

            if (word.Length > LongestWord)
            {
                continue;
            }

            for (var i = 0; i < word.Length; i++)
            {
                lower[i] = char.ToLowerInvariant(word[i]);
            }

            if (WordLanguagesBySpan.TryGetValue(lower[..word.Length], out var bits))
            {
                for (var l = 0; l < Languages.Length; l++)
                {
                    if ((bits & (1 << l)) != 0)
                    {
                        hits[l]++;
                    }
                }
            }
        }

        // The language with the most hits, if it has enough and clearly more than the next (a tie is no verdict).
        var (best, second) = (-1, 0);
        for (var l = 0; l < Languages.Length; l++)
        {
            if (best < 0 || hits[l] > hits[best])
            {
                second = best < 0 ? 0 : Math.Max(second, hits[best]);
                best = l;
            }
            else
            {
                second = Math.Max(second, hits[l]);
            }
        }

        if (hits[best] < MinHits)
        {
            return null;
        }

        return hits[best] >= second * MinMargin ? Languages[best] : null;
    }

    /// <summary>A declared language tag ("de-DE", "en_US", "EN") as its primary subtag, or null.</summary>
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_', ',', ';', ' ')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
