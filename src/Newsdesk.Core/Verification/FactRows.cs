using Newsdesk.Text;
using Newsdesk.Writing;

namespace Newsdesk.Verification;

/// <summary>
/// A key-fact row ("Men: 17 men", "Gust: a gust of 94 mph", "When: Dec. 29, 2017") checked as the
/// claim it makes: its value's numbers and dates stand in one cited source sentence, the row's
/// evidence, with the label's words bound to the number there; the value is then measured against
/// that sentence like any sentence (names, quotations, negation, closed-class words, score).
/// <para>
/// Why not as the sentence "label: value": a short row's best window by word coverage is often
/// another sentence on the same word ("men" in "toppling piggish men"), and the label then reads as
/// the number's binder ("Bigger: 7 per cent bigger" against "appears 7 per cent bigger and 12 to 14
/// per cent brighter"), so true rows were refused; and a wrong label passed whenever its word stood
/// anywhere in the window. Here the evidence is found among the sentences holding the row's number,
/// and a label counts only when each of its words stands near that number in the same clause.
/// </para>
/// Rows whose value has no number and no date ("Where: Nice") and the outlets' account of a
/// disputed figure (<see cref="OutletClaims"/>) are checked as sentences, as before.
/// </summary>
internal static class FactRows
{
    /// <summary>
    /// Tokens at most between the number and each word of its label in the evidence. The writer
    /// reads a label from at most five words right after the number ("12 people were injured") or
    /// before it through a connector and qualifiers ("its base rate to about 4.75%"); eight covers
    /// both without reaching into the next phrase.
    /// </summary>
    public const int LabelReach = 8;

    /// <summary>
    /// Words that join two phrases: a label word on the far side of one belongs to the other phrase
    /// ("killed 12 people and injured 40 others" does not label 12 "injured"; "7 per cent bigger and
    /// 12 to 14 per cent brighter" does not label 12 "bigger").
    /// </summary>
    private static readonly HashSet<string> Coordinators = new(StringComparer.Ordinal) { "and", "or", "but", "nor", "while", "whereas" };

    /// <summary>
    /// Words that end the phrase a number counts, read after it: a preposition, a determiner or a
    /// relative word ("4,000 yards in a season", "109 passes this season", "26.1 percent next year",
    /// "$82 a Qualcomm share"). A label word past one counts something else. Units, auxiliaries and
    /// the parts of a hyphenated word are no such word ("7 per cent bigger", "12 people were
    /// injured", "200 pre-made info-graphics").
    /// </summary>
    private static readonly HashSet<string> EndCount = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "for", "of", "from", "with", "by", "to", "into", "over", "under", "after", "before", "during",
        "since", "than", "this", "that", "these", "those", "next", "last", "a", "an", "the", "its", "their", "his", "her",
        "our", "who", "which", "where", "when", "as",
    };

    /// <summary>Evidence sentences measured per row at most (those covering most of the row first): the cost stays bounded.</summary>
    public const int MaxEvidence = 8;

    /// <summary>The verdict on a row, or null when the row is not one this check reads (no number or date, or a disputed figure).</summary>
    public static SentenceVerdict? TryCheck(string label, string value, IReadOnlyList<SourceArticle> cited, PreparedSources sources)
    {
        var text = $"{label}: {value}";
        var row = AnalyzedSentence.Analyze(value, sources.Language);
        if ((row.Quantities.Count == 0 && row.Dates.Count == 0) || OutletClaims.TryCheck(text, cited) is not null)
        {
            return null;
        }

        // The date row's label ("When", "Quand", "Wann") is no word the sources need to write.
        var labelStems = StoryWords.IsWhenLabel(label.Trim()) ? [] : AnalyzedSentence.Analyze(label, sources.Language).ContentStems;
        if (labelStems.Count == 0 && !(row.Dates.Count > 0 && StoryWords.IsWhenLabel(label.Trim())))
        {
            // "When: 2,400 text messages": a label of no content word says what the number is only as a date
            // ("When", "Quand", "Wann": StoryWords).
            return new SentenceVerdict(text, false, 0, [$"the label '{label}' does not say what {Describe(row)} counts"]);
        }

        var stems = row.ContentStems.Concat(labelStems).Distinct(StringComparer.Ordinal).ToArray();
        var candidates = new List<(SupportWindow Window, double Coverage)>();
        foreach (var article in cited)
        {
            for (var i = 0; i < article.Sentences.Count; i++)
            {
                var evidence = article.Sentences[i];
                if (Holds(row, labelStems, evidence))
                {
                    var coverage = Coverage(row.ContentStems, evidence, sources);
                    candidates.Add((new SupportWindow(article, i, 1, coverage, evidence), Coverage(stems, evidence, sources)));
                }
            }
        }

        if (candidates.Count == 0)
        {
            var reasons = new List<string> { $"no cited sentence holds {Describe(row)} with '{label}' bound to it" };
            return new SentenceVerdict(text, false, 0, reasons);
        }

        (SentenceFeatures Features, double Score)? first = null;
        foreach (var (window, _) in candidates.OrderByDescending(c => c.Coverage).Take(MaxEvidence))
        {
            var features = FeatureExtractor.Measure(row, cited, window, sources);
            var score = Calibration.Score(features);
            if (!features.HardFailure && score >= Calibration.SupportThreshold)
            {
                return new SentenceVerdict(text, true, Math.Round(score, 4), []);
            }

            first ??= (features, score);
        }

        var (failed, failedScore) = first!.Value;
        var why = failed.Reasons.Count > 0 ? failed.Reasons.ToList() : [$"low score {failedScore:0.00}"];
        return new SentenceVerdict(text, false, Math.Round(failedScore, 4), why);
    }

    /// <summary>
    /// Whether a source sentence states the row: each of the row's numbers (the same value and
    /// unit, counting the same thing) and dates is in it, and each label word stands within
    /// <see cref="LabelReach"/> tokens of one of those numbers, with no clause punctuation, no other
    /// number and no word joining two phrases between them (so "12 killed and 30 injured" does not
    /// label 12 "injured"), and, after the number, no preposition, determiner or relative word
    /// (<see cref="EndCount"/>: "4,000 yards in a season" does not count seasons).
    /// </summary>
    internal static bool Holds(AnalyzedSentence row, IReadOnlySet<string> labelStems, AnalyzedSentence evidence)
    {
        if (!row.Dates.All(evidence.Dates.Contains))
        {
            return false;
        }

        var anchors = new List<int>();
        foreach (var quantity in row.Quantities)
        {
            var matches = evidence.Quantities.Where(q => quantity.IsSupportedBy(q) && quantity.CountsSameAs(q)).Select(q => q.Start).ToList();
            if (matches.Count == 0)
            {
                return false;
            }

            anchors.AddRange(matches);
        }

        if (anchors.Count == 0)
        {
            // A row of dates only ("When: Dec. 29, 2017"): its dates are in the sentence, and so are its label's words.
            return labelStems.All(evidence.ContentStems.Contains);
        }

        var numbers = evidence.Quantities.Select(q => q.Start).Concat(evidence.Slots.Select(s => s.Index)).ToHashSet();
        return labelStems.All(stem => anchors.Any(at => Bound(stem, at, evidence, numbers)));
    }

    /// <summary>Whether a word of stem <paramref name="stem"/> stands near the number at token <paramref name="at"/>, in its clause.</summary>
    private static bool Bound(string stem, int at, AnalyzedSentence evidence, HashSet<int> numbers)
    {
        var sequence = evidence.Sequence;
        for (var j = Math.Max(0, at - LabelReach); j <= Math.Min(sequence.Count - 1, at + LabelReach); j++)
        {
            if (j == at || AnalyzedSentence.StemIn(sequence[j], evidence.Language) != stem)
            {
                continue;
            }

            var (from, to) = j < at ? (j, at) : (at, j);
            var apart = false;
            for (var k = from + 1; k <= to && !apart; k++)
            {
                apart = evidence.BreakBefore(k) || (k < to && (numbers.Contains(k) || Coordinators.Contains(sequence[k])
                    || (j > at && EndCount.Contains(sequence[k]))));
            }

            if (!apart)
            {
                return true;
            }
        }

        return false;
    }

    private static double Coverage(IReadOnlyCollection<string> stems, AnalyzedSentence evidence, PreparedSources sources)
    {
        double total = 0, matched = 0;
        foreach (var stem in stems)
        {
            var weight = sources.Weight(stem);
            total += weight;
            matched += evidence.ContentStems.Contains(stem) ? weight : 0;
        }

        return total > 0 ? matched / total : 1.0;
    }

    private static string Describe(AnalyzedSentence row) =>
        string.Join(", ", row.Quantities.Select(q => q.Surface).Concat(row.Dates));
}
