using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Extractive;

/// <summary>
/// Which articles support a sentence: one of the article's sentences holds at least
/// <see cref="MinTermOverlap"/> of the sentence's content terms, and something of its own beyond
/// the story's topic words (<see cref="TopicWords"/>), and the article's text holds every name and
/// every number of the sentence. A sentence cites all the articles that support it.
/// </summary>
internal static class Support
{
    /// <summary>Share of the sentence's content terms one sentence of the article must hold.</summary>
    internal const double MinTermOverlap = 0.6;

    /// <summary>
    /// A term held by at least this share of the story's articles (and by <see cref="MinTopicArticles"/>
    /// or more) is one of the story's topic words: it says what the story is about, not what one
    /// sentence says. On the real feeds (27 May 2020) "Few likes for Twitter's experiment in fact
    /// checking." cited 17 of its story's 19 articles: each holds "Twitter", "fact" and "checking"
    /// in one sentence, 3 of its 5 terms, and nothing of "few likes" or "experiment".
    /// </summary>
    internal const double TopicShare = 0.5;

    /// <summary>Fewest articles holding a term for it to be a topic word: two articles make no topic.</summary>
    internal const int MinTopicArticles = 3;

    /// <summary>
    /// Whether the article supports the sentence: its names and numbers are in the article's text,
    /// and one sentence of the article holds <see cref="MinTermOverlap"/> of its terms, among them one
    /// that is no <paramref name="topic"/> word (else <see cref="TopicOnlyOverlap"/> of its terms)
    /// when the sentence has such terms and no number (a
    /// number the article must hold anyway ties the sentence to what the article reports: "died at
    /// the age of 87"). No topic given: the overlap alone.
    /// </summary>
    public static bool Supports(ArticleEvidence article, IReadOnlyList<string> terms, IReadOnlyList<string> names, IReadOnlyList<string> numbers, IReadOnlySet<string>? topic = null)
    {
        if (!names.All(article.Words.Contains) || !numbers.All(article.Numbers.Contains))
        {
            return false;
        }

        var distinct = terms.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return true;
        }

        var needed = Math.Ceiling(distinct.Count * MinTermOverlap);
        var own = topic is null || numbers.Count > 0 ? [] : distinct.Where(t => !topic.Contains(t)).ToList();
        return article.SentenceTerms.Any(sentence => distinct.Count(sentence.Contains) is var held && held >= needed
            && (own.Count == 0 || own.Exists(sentence.Contains) || held >= distinct.Count * TopicOnlyOverlap));
    }

    /// <summary>
    /// Share of the sentence's terms a source sentence holding only topic words of it must hold: it
    /// says nearly all of it ("California to Mail All Voters Ballots for November Election" for "All
    /// California voters will receive mail-in ballots for the November election", 6 of 7).
    /// </summary>
    internal const double TopicOnlyOverlap = 0.8;

    /// <summary>The story's topic words among <paramref name="terms"/> (<see cref="TopicShare"/>).</summary>
    public static HashSet<string> TopicWords(IEnumerable<string> terms, StoryCorpus corpus)
    {
        var needed = Math.Max(MinTopicArticles, corpus.Evidence.Count * TopicShare);
        return terms.Where(t => corpus.Evidence.Count(e => e.Terms.Contains(t)) >= needed).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The ids of the articles that support a text, in article order.</summary>
    public static List<string> Cites(string text, StoryCorpus corpus, int? origin = null)
    {
        var terms = Tokens.Terms(text);
        var names = SentenceFeatures.Names(text);
        var numbers = SentenceFeatures.Numbers(text);
        var topic = TopicWords(terms, corpus);
        var cites = new List<string>();
        for (var i = 0; i < corpus.Articles.Count; i++)
        {
            if (i == origin || Supports(corpus.Evidence[i], terms, names, numbers, topic))
            {
                cites.Add(corpus.Articles[i].Id);
            }
        }

        return cites;
    }
}
