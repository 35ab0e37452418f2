namespace Newsdesk.Verification;

/// <summary>
/// The best support found for a sentence: a run of adjacent sentences of one article, its
/// weighted coverage of the sentence's content, and the single sentence in it that covers most.
/// </summary>
internal sealed record SupportWindow(
    SourceArticle Article,
    int Start,
    int Count,
    double Coverage,
    AnalyzedSentence Best)
{
    public IEnumerable<AnalyzedSentence> Sentences => Article.Sentences.Skip(Start).Take(Count);

    public string Text => string.Join(' ', Sentences.Select(s => s.Text));
}

/// <summary>Finds the best window of adjacent source sentences for a sentence.</summary>
internal static class SupportFinder
{
    /// <summary>Longest run of adjacent source sentences that may jointly support one sentence.</summary>
    public const int MaxWindow = 3;

    /// <summary>
    /// Coverage a window must gain per extra sentence to be preferred over a shorter one: a longer
    /// window always covers at least as much, so it has to earn its length.
    /// </summary>
    public const double WindowPenalty = 0.04;

    /// <summary>Difference in value below which two windows cover a sentence equally (sums of the same weights in another order).</summary>
    internal const double TieTolerance = 1e-9;

    public static SupportWindow? Find(AnalyzedSentence sentence, IReadOnlyList<SourceArticle> articles, PreparedSources sources)
    {
        var stems = sentence.ContentStems.ToArray();
        var weights = stems.Select(sources.Weight).ToArray();
        var total = weights.Sum();
        SupportWindow? best = null;
        var bestValue = double.NegativeInfinity;
        var bestCopied = false;   // whether the best window is one sentence that holds the sentence as written
        var covered = new bool[stems.Length];
        foreach (var article in articles)
        {
            var list = article.Sentences;
            for (var start = 0; start < list.Count; start++)
            {
                Array.Clear(covered);
                var matched = 0.0;
                AnalyzedSentence bestSingle = list[start];
                var bestSingleCoverage = -1.0;
                for (var count = 1; count <= MaxWindow && start + count <= list.Count; count++)
                {
                    var candidate = list[start + count - 1];
                    var single = 0.0;
                    for (var k = 0; k < stems.Length; k++)
                    {
                        if (!candidate.ContentStems.Contains(stems[k]))
                        {
                            continue;
                        }

                        single += weights[k];
                        if (!covered[k])
                        {
                            covered[k] = true;
                            matched += weights[k];
                        }
                    }

                    if (single > bestSingleCoverage)
                    {
                        bestSingleCoverage = single;
                        bestSingle = candidate;
                    }

                    var coverage = total > 0 ? matched / total : 1.0;
                    var value = coverage - (WindowPenalty * (count - 1));
                    if (value > bestValue + TieTolerance)
                    {
                        bestValue = value;
                        bestCopied = count == 1 && coverage >= 1 - TieTolerance && Copies(candidate, sentence);
                        best = new SupportWindow(article, start, count, coverage, bestSingle);
                    }
                    else if (count == 1 && coverage >= 1 - TieTolerance && value >= bestValue - TieTolerance && !bestCopied && Copies(candidate, sentence))
                    {
                        // Equal coverage: the sentence's own source sentence, when it was copied, is its support.
                        bestCopied = true;
                        best = new SupportWindow(article, start, count, coverage, bestSingle);
                    }

                    if (single == 0 && count > 1)
                    {
                        break;
                    }
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Whether a source sentence holds the sentence as written: all its tokens, in order, adjacent.
    /// Between windows that cover its content words equally, that one is its support. Content stems
    /// alone tied "Rihanna trails only Madonna, with 43 No. 1s." with an earlier "Rihanna now trails
    /// only Madonna for the all-time chart record", which lacks its numbers, and "I will not be a
    /// part of it." with "the leaders of both parties" (stem "part"), so sentences copied from the
    /// sources were refused (session 15).
    /// </summary>
    internal static bool Copies(AnalyzedSentence source, AnalyzedSentence sentence)
    {
        var words = sentence.Sequence;
        var text = source.Sequence;
        if (words.Count == 0)
        {
            return false;
        }

        for (var i = 0; i + words.Count <= text.Count; i++)
        {
            var k = 0;
            while (k < words.Count && string.Equals(text[i + k], words[k], StringComparison.Ordinal))
            {
                k++;
            }

            if (k == words.Count)
            {
                return true;
            }
        }

        return false;
    }
}
