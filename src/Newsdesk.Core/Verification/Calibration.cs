namespace Newsdesk.Verification;

/// <summary>
/// The calibrated score: a logistic function of a few features of a sentence and its support.
/// The coefficients move together: they were fitted offline as one set (`bench/verify/run fit`,
/// see docs/verification.md) and are never learned at run time. Re-run the verification gate after
/// changing any of them.
/// </summary>
internal static class Calibration
{
    // Fitted by `bench/verify/run fit` (class-balanced logistic regression, L2 0.01, by gradient
    // descent, on the worst sentence of each summary, each weight held to the sign its reason gives)
    // on the SummEdits "test" split of the podcast, ectsum, qmsumm and sales_call domains (1,634
    // summaries); news is never fitted on. `bench/verify/run folds` fits them on 4 of 5 folds split
    // by document and scores the fifth (docs/verification.md). Three weights, each with its reason:
    internal const double Intercept = 0.618;

    /// <summary>More of the sentence stated in one place of a source is better support (held >= 0).</summary>
    internal const double WindowCoverageWeight = 0.135;

    /// <summary>A content word that no cited source uses is content the sources do not state (held <= 0).</summary>
    /// <remarks>
    /// Fitted to 0: SummEdits' consistent summaries carry more such words than its inconsistent ones
    /// (worst sentences: 4.3 against 3.6), so an unconstrained fit makes it a reward, as the old
    /// calibration did (+0.21 for a novel verb); held at 0 it gives neither.
    /// </remarks>
    internal const double NovelWordWeight = 0;

    /// <summary>Each failed hard check is evidence against the sentence (held <= 0); any one already fails it, this orders the failed.</summary>
    internal const double FailedCheckWeight = -1.142;

    /// <summary>
    /// Score at or above which a sentence without a hard failure is supported: the value (swept
    /// 0.30-0.70) that maximises balanced accuracy on the calibration split with the hard checks
    /// applied. It lands at the bottom of the sweep, on the whole split and in each of the five folds
    /// by document: a sentence with no failed check scores at least 0.65 (the intercept alone), so the
    /// hard checks decide and the score only ranks.
    /// </summary>
    internal const double SupportThreshold = 0.30;

    /// <summary>
    /// Window coverage (share of the sentence's weighted content words found in its best support
    /// window) below which a sentence is unsupported whatever its score, with the reason "low
    /// overlap": SummEdits never shows an unrelated sentence, so the fitted score cannot learn
    /// this. Of 0.1, 0.2 and 0.3, the best on the calibration split (0.705, 0.678, 0.645).
    /// </summary>
    internal const double LowOverlap = 0.1;

    /// <summary>The feature vector the coefficients apply to, in the order of <see cref="Weights"/>.</summary>
    internal static double[] Vector(SentenceFeatures f) => [f.WindowCoverage, f.NovelVerbs + f.NovelOthers, f.FailedChecks];

    internal static readonly string[] FeatureNames = ["WindowCoverage", "NovelWord", "FailedCheck"];

    internal static double[] Weights => [WindowCoverageWeight, NovelWordWeight, FailedCheckWeight];

    /// <summary>The sign each weight is held to while fitting (+1: at least 0, -1: at most 0), from its reason.</summary>
    internal static readonly int[] Signs = [+1, -1, -1];

    /// <summary>The score in [0,1] for these features under the given coefficients (the fitted ones by default).</summary>
    internal static double Score(SentenceFeatures features, double intercept = Intercept, double[]? weights = null)
    {
        weights ??= Weights;
        var x = Vector(features);
        var z = intercept;
        for (var i = 0; i < x.Length; i++)
        {
            z += weights[i] * x[i];
        }

        return 1.0 / (1.0 + Math.Exp(-z));
    }
}
