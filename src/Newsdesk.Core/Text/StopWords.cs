using System.Collections.Frozen;

namespace Newsdesk.Text;

/// <summary>
/// English function words that carry no content of their own; left out of overlap and name checks.
/// A compact list in the spirit of the SMART and Lucene English stop lists, written for this project.
/// Negation words are deliberately absent: they are checked on their own (<c>Negation</c>).
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

    public static bool Contains(string key) => English.Contains(key);
}
