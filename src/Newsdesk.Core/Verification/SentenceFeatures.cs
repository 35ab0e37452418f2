using Newsdesk.Text;

namespace Newsdesk.Verification;

/// <summary>
/// What the checker measured for one sentence against its cited sources: the inputs of the
/// calibrated score (<see cref="Calibration"/>) and the reasons shown to a reader.
/// </summary>
internal sealed record SentenceFeatures(
    double WindowCoverage,
    double SourceCoverage,
    int MissingNames,
    int NamesOutsideWindow,
    int MissingNumbers,
    int MissingDates,
    int MissingQuotes,
    bool NegationDiffers,
    bool AntonymSwapped,
    int NovelVerbs,
    int NovelOthers,
    IReadOnlyList<string> Reasons)
{
    /// <summary>Whether a hard check failed: a name, number, date or quote absent from the sources, a flipped negation or a swapped antonym.</summary>
    public bool HardFailure =>
        MissingNames > 0 || MissingNumbers > 0 || MissingDates > 0 || MissingQuotes > 0 || NegationDiffers || AntonymSwapped;
}

/// <summary>Measures a sentence against its cited sources and their best support window.</summary>
internal static class FeatureExtractor
{
    /// <summary>
    /// Coverage of the best window above which the window is taken to restate the sentence, so a
    /// negation present on one side only is a contradiction rather than an unrelated clause.
    /// </summary>
    public const double NegationMinCoverage = 0.3;

    public static SentenceFeatures Measure(AnalyzedSentence sentence, IReadOnlyList<SourceArticle> cited, SupportWindow? window, PreparedSources sources)
    {
        var reasons = new List<string>();
        var windowSentences = window?.Sentences.ToList() ?? [];
        var windowKeys = Union(windowSentences, s => s.Keys);
        var windowStems = Union(windowSentences, s => s.AllStems);

        var missingNames = 0;
        var outside = 0;
        foreach (var name in sentence.Names)
        {
            if (NameMatching.Found(name.Key, windowKeys.Contains, windowKeys))
            {
                continue;
            }

            if (cited.Any(a => NameMatching.Found(name.Key, k => a.Keys.Contains(k) || a.ContentStems.Contains(Stemmer.Stem(k)), a.Keys)))
            {
                outside++;
            }
            else
            {
                missingNames++;
                reasons.Add($"name not in sources: {name.Text}");
            }
        }

        var missingNumbers = 0;
        foreach (var quantity in sentence.Quantities)
        {
            var inWindow = windowSentences.Any(s => s.Quantities.Any(quantity.IsSupportedBy));
            if (!inWindow && !cited.Any(a => a.Sentences.Any(s => s.Quantities.Any(q => quantity.IsSupportedBy(q) && quantity.SharesContextWith(q)))))
            {
                missingNumbers++;
                reasons.Add($"number not in sources: {quantity.Surface}");
            }
        }

        var missingDates = 0;
        foreach (var date in sentence.Dates.Distinct(StringComparer.Ordinal))
        {
            if (!cited.Any(a => a.Dates.Contains(date)))
            {
                missingDates++;
                reasons.Add($"date not in sources: {date}");
            }
        }

        var missingQuotes = 0;
        foreach (var quotation in sentence.Quotations)
        {
            if (!cited.Any(a => a.QuoteText.Contains(quotation, StringComparison.Ordinal)))
            {
                missingQuotes++;
            }
        }

        if (missingQuotes > 0)
        {
            reasons.Add("quote not found");
        }

        var coverage = window?.Coverage ?? 0;
        var negationDiffers = window is not null && coverage >= NegationMinCoverage && sentence.Negated != window.Best.Negated;
        if (negationDiffers)
        {
            reasons.Add("negation differs");
        }

        string? swapped = null;
        foreach (var stem in sentence.AllStems)
        {
            if (windowStems.Contains(stem) || !Polarity.Antonyms.TryGetValue(stem, out var opposites))
            {
                continue;
            }

            swapped = opposites.FirstOrDefault(windowStems.Contains);
            if (swapped is not null)
            {
                reasons.Add($"antonym: {stem} vs {swapped}");
                break;
            }
        }

        var sourceCoverage = WeightedShare(sentence, cited, sources);
        var novel = sentence.ContentWords.Where(w => !w.Capitalized && !cited.Any(a => a.ContentStems.Contains(w.Stem))).ToList();
        var novelVerbs = novel.Count(w => w.VerbLike);
        if (coverage < Calibration.LowOverlap)
        {
            reasons.Add($"low overlap {coverage:0.00}");
        }

        return new SentenceFeatures(coverage, sourceCoverage, missingNames, outside, missingNumbers, missingDates, missingQuotes, negationDiffers, swapped is not null, novelVerbs, novel.Count - novelVerbs, reasons);
    }

    private static double WeightedShare(AnalyzedSentence sentence, IReadOnlyList<SourceArticle> cited, PreparedSources sources)
    {
        double total = 0, matched = 0;
        foreach (var stem in sentence.ContentStems)
        {
            var w = sources.Weight(stem);
            total += w;
            if (cited.Any(a => a.ContentStems.Contains(stem)))
            {
                matched += w;
            }
        }

        return total > 0 ? matched / total : 1.0;
    }

    private static HashSet<string> Union(IEnumerable<AnalyzedSentence> sentences, Func<AnalyzedSentence, IEnumerable<string>> select)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            set.UnionWith(select(sentence));
        }

        return set;
    }
}
