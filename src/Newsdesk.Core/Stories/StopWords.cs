using System.Collections.Frozen;

namespace Newsdesk.Stories;

/// <summary>
/// English function words that carry no topic. Written for this project from the commonest
/// function words of English news text (articles, pronouns, auxiliaries, prepositions,
/// conjunctions, and reporting verbs such as "says"); topic words are left to the learned IDF.
/// </summary>
internal static class StopWords
{
    public static readonly FrozenSet<string> English = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
        "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from",
        "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
        "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me",
        "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only",
        "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so",
        "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
        "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was",
        "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
        "would", "you", "your", "yours", "yourself", "yourselves", "may", "might", "must", "shall",
        "say", "says", "said", "saying", "new", "get", "gets", "got", "make", "makes", "made", "one",
        "two", "three", "first", "last", "year", "years", "week", "day", "days", "today", "yesterday",
        "tomorrow", "time", "like", "via", "per", "amid", "among", "within", "without", "upon", "yet",
        "still", "even", "much", "many", "another", "every", "us", "vs", "mr", "mrs", "ms", "dr", "s",
        "t", "don", "won", "can't", "report", "reports", "news", "update", "updated", "video", "photos",
        "watch", "read", "more", "here's", "what's", "it's", "he's", "she's", "that's", "there's",
    }.ToFrozenSet(StringComparer.Ordinal);
}
