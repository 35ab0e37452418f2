using System.Collections.Frozen;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Sv;

namespace Newsdesk.Text;

/// <summary>
/// The one stop list per language: function words that carry no content of their own, left out of
/// term lists, overlap and name checks by every stage. English is the project's own list, a compact
/// one in the spirit of the SMART and Lucene English lists; the other languages are the Snowball
/// project's stop lists as shipped by Lucene.Net.Analysis.Common (snowballstem.org, BSD).
/// Negation words are in no list: the verifier checks them on their own (<c>Polarity</c>); stages
/// that only count terms leave them out as well through <see cref="EnglishAndNegations"/>.
/// </summary>
public static class StopWords
{
    public static readonly FrozenSet<string> English = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "and", "or", "but", "if", "then", "else", "so", "as", "of", "at", "by", "for",
        "with", "about", "against", "between", "into", "through", "during", "before", "after", "above",
        "below", "to", "from", "up", "down", "in", "out", "on", "off", "over", "under", "again", "further",
        "once", "here", "there", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more",
        "most", "other", "some", "such", "only", "own", "same", "than", "too", "very", "s", "t", "can",
        "will", "just", "should", "now", "i", "me", "my", "myself", "we", "our", "ours", "ourselves",
        "you", "your", "yours", "yourself", "he", "him", "his", "himself", "she", "her", "hers", "herself",
        "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "what", "which", "who",
        "whom", "this", "that", "these", "those", "am", "is", "are", "was", "were", "be", "been", "being",
        "have", "has", "had", "having", "do", "does", "did", "doing", "would", "could", "might", "must",
        "shall", "may", "also", "said", "says", "say", "while", "because", "until", "although", "though",
        "whether", "per", "via", "onto", "upon", "within", "without", "among", "across", "along", "around",
        "yet", "still", "even", "ever", "much", "many", "one", "ones", "another", "like", "well", "back",
        "get", "got", "go", "going", "went", "make", "made", "way", "new", "us", "mr", "mrs", "ms", "dr",
        "according", "since", "including", "however", "re", "ll", "ve", "d", "m", "o", "y",
    ], StringComparer.Ordinal);

    /// <summary>Negation words: not stop words for the verifier (a "not" changes a claim), noise to a term count.</summary>
    public static readonly FrozenSet<string> Negations = FrozenSet.ToFrozenSet(["no", "nor", "not"], StringComparer.Ordinal);

    /// <summary>English function words and negations: what the clusterer and the writer leave out of their term lists.</summary>
    public static readonly FrozenSet<string> EnglishAndNegations = English.Union(Negations).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The stop list of each language with one (ISO 639-1 code); read from the library once, on first use.</summary>
    private static readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> ByLanguage = new(() => new Dictionary<string, FrozenSet<string>>
    {
        ["en"] = English,
        ["de"] = GermanAnalyzer.DefaultStopSet.ToFrozenSet(StringComparer.Ordinal),
        ["es"] = SpanishAnalyzer.DefaultStopSet.ToFrozenSet(StringComparer.Ordinal),
        ["fr"] = FrenchAnalyzer.DefaultStopSet.ToFrozenSet(StringComparer.Ordinal),
        ["it"] = ItalianAnalyzer.DefaultStopSet.ToFrozenSet(StringComparer.Ordinal),
        ["nl"] = DutchAnalyzer.DefaultStopSet.ToFrozenSet(StringComparer.Ordinal),
        ["pt"] = PortugueseAnalyzer.DefaultStopSet.ToFrozenSet(StringComparer.Ordinal),
        ["ru"] = RussianAnalyzer.DefaultStopSet.ToFrozenSet(StringComparer.Ordinal),
        ["sv"] = SwedishAnalyzer.DefaultStopSet.ToFrozenSet(StringComparer.Ordinal),
    }.ToFrozenDictionary(StringComparer.Ordinal));

    /// <summary>The languages with a stop list.</summary>
    public static IEnumerable<string> Languages => ByLanguage.Value.Keys;

    /// <summary>
    /// The stop list of a language (ISO 639-1 code): English when the language is unknown (null), an
    /// empty list for a language without one (Polish, say), so that no English word is dropped from it.
    /// </summary>
    public static FrozenSet<string> For(string? language) =>
        language is null ? English : ByLanguage.Value.GetValueOrDefault(language) ?? FrozenSet<string>.Empty;

    public static bool Contains(string key) => English.Contains(key);
}
