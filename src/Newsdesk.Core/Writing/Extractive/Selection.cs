namespace Newsdesk.Writing.Extractive;

/// <summary>
/// Maximal marginal relevance (Carbonell and Goldstein, 1998): take the sentence with the best
/// trade-off between centrality and novelty until the word budget is spent.
/// </summary>
internal static class Selection
{
    /// <summary>Weight of centrality against redundancy in the MMR trade-off.</summary>
    internal const double Lambda = 0.7;

    /// <summary>A sentence this similar (cosine) to one already chosen says the same thing: never chosen.</summary>
    internal const double RedundancyCeiling = 0.5;

    /// <summary>Best-scored sentences MMR looks at; bounds the quadratic step.</summary>
    internal const int Pool = 400;

    public static List<SourceSentence> Choose(IEnumerable<SourceSentence> candidates, IReadOnlyList<SourceSentence> already, int budgetWords)
    {
        var pool = candidates.OrderByDescending(s => s.Score).Take(Pool).ToList();
        var chosen = new List<SourceSentence>();
        var all = new List<SourceSentence>(already);
        var words = 0;
        var repeated = new HashSet<SourceSentence>();
        while (words < budgetWords && pool.Count > 0)
        {
            SourceSentence? best = null;
            var bestValue = double.NegativeInfinity;
            foreach (var candidate in pool)
            {
                var needed = Needed(candidate, all);
                // A quotation taken whole (Quotations) is also compared whole: what it says runs over its sentences.
                var compared = candidate.QuotationWhole is { } whole ? needed.Prepend(candidate).Append(whole).ToList() : needed.Prepend(candidate).ToList();
                var redundancy = compared.Max(s => Redundancy(s, all));
                if (redundancy > RedundancyCeiling)
                {
                    continue;
                }

                var said = Repeats(candidate, all);
                if (said is not null || compared.Exists(s => Repeats(s, all) is not null))
                {
                    // Said already, in other words: the outlet is credited beside the sentence kept.
                    if (said is not null && said.Article != candidate.Article)
                    {
                        said.AlsoReportedBy.Add(candidate.Article);
                    }

                    repeated.Add(candidate);
                    continue;
                }

                var score = needed.Prepend(candidate).Average(s => s.Score);
                var value = (Lambda * score) - ((1 - Lambda) * redundancy);
                if (value > bestValue)
                {
                    bestValue = value;
                    best = candidate;
                }
            }

            pool.RemoveAll(repeated.Contains);
            repeated.Clear();
            if (best is null)
            {
                break;
            }

            pool.Remove(best);
            foreach (var predecessor in Enumerable.Reverse(Needed(best, all)))
            {
                pool.Remove(predecessor);
                chosen.Add(predecessor);
                all.Add(predecessor);
                words += predecessor.Words;
            }

            chosen.Add(best);
            all.Add(best);
            if (best.QuotationWhole is { } chosenWhole)
            {
                all.Add(chosenWhole);   // compared with what comes later, not published apart
            }

            words += best.Words;
        }

        return chosen;
    }

    /// <summary>The sentences <paramref name="candidate"/> leans on that are not chosen yet, nearest first.</summary>
    private static List<SourceSentence> Needed(SourceSentence candidate, List<SourceSentence> chosen) =>
        candidate.Predecessors.TakeWhile(p => !chosen.Contains(p)).ToList();

    /// <summary>The sentence already chosen that says what <paramref name="candidate"/> says, if any.</summary>
    private static SourceSentence? Repeats(SourceSentence candidate, List<SourceSentence> chosen) =>
        chosen.FirstOrDefault(s => Paraphrases.Same(candidate.Gist, s.Gist));

    private static double Redundancy(SourceSentence candidate, List<SourceSentence> chosen) =>
        chosen.Count == 0 ? 0 : chosen.Max(s => Vectors.Cosine(s.Vector, candidate.Vector));
}
