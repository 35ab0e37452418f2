namespace Newsdesk.Articles.Evaluation;

/// <summary>
/// The trafilatura evaluation's counts: a `with` snippet found in the text is a true positive,
/// one missing a false negative, a `without` snippet found a false positive. Text and snippets are
/// compared after collapsing whitespace, case-sensitively, as trafilatura's evaluate.py does.
/// </summary>
internal readonly record struct ExtractionScore(int TruePositives, int FalseNegatives, int FalsePositives, int TrueNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static ExtractionScore operator +(ExtractionScore a, ExtractionScore b) =>
        new(a.TruePositives + b.TruePositives, a.FalseNegatives + b.FalseNegatives, a.FalsePositives + b.FalsePositives, a.TrueNegatives + b.TrueNegatives);

    public static ExtractionScore Add(ExtractionScore a, ExtractionScore b) => a + b;

    /// <summary>Scores one page's extracted text (null: the extractor failed) against its snippets.</summary>
    public static ExtractionScore Of(string? text, IReadOnlyList<string> with, IReadOnlyList<string> without)
    {
        if (text is null)
        {
            return new(0, with.Count, 0, without.Count);
        }

        var normalized = TextNormalizer.Collapse(text);
        int tp = 0, fn = 0, fp = 0, tn = 0;
        foreach (var snippet in with)
        {
            if (normalized.Contains(TextNormalizer.Collapse(snippet), StringComparison.Ordinal))
            {
                tp++;
            }
            else
            {
                fn++;
            }
        }

        foreach (var snippet in without)
        {
            if (normalized.Contains(TextNormalizer.Collapse(snippet), StringComparison.Ordinal))
            {
                fp++;
            }
            else
            {
                tn++;
            }
        }

        return new(tp, fn, fp, tn);
    }
}
