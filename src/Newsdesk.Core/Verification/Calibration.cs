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
    // descent, on the worst sentence of each summary) on the SummEdits "test" split of the
    // podcast, ectsum, qmsumm and sales_call domains (1,634 summaries); news is never fitted on.
    // Coverage and novel-word weights came out near zero: SummEdits' consistent and inconsistent
    // edits of one summary share nearly all their words, so the counts of failed checks carry it.
    internal const double Intercept = 0.282;
    internal const double WindowCoverageWeight = 0.185;
    internal const double SourceCoverageWeight = -0.274;
    internal const double MissingNameWeight = 0.079;
    internal const double NameOutsideWindowWeight = -0.006;
    internal const double MissingNumberWeight = -0.81;
    internal const double MissingDateWeight = -0.096;
    internal const double MissingQuoteWeight = -0.581;
    internal const double NegationWeight = -1.504;
    internal const double AntonymWeight = -1.069;
    internal const double MissingClosedClassWeight = -0.071;
    internal const double NovelVerbWeight = 0.21;
    internal const double NovelOtherWeight = 0.017;

    /// <summary>
    /// Score at or above which a sentence without a hard failure is supported: the value (swept
    /// 0.30-0.70) that maximises balanced accuracy on the calibration split with the hard checks
    /// applied. It lands at the bottom of the sweep: on SummEdits the hard checks decide.
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
    internal static double[] Vector(SentenceFeatures f) =>
    [
        f.WindowCoverage,
        f.SourceCoverage,
        f.MissingNames,
        f.NamesOutsideWindow,
        f.MissingNumbers,
        f.MissingDates,
        f.MissingQuotes,
        f.NegationDiffers ? 1 : 0,
        f.AntonymSwapped ? 1 : 0,
        f.MissingClosedClass,
        f.NovelVerbs,
        f.NovelOthers,
    ];

    internal static readonly string[] FeatureNames =
    [
        "WindowCoverage", "SourceCoverage", "MissingName", "NameOutsideWindow", "MissingNumber", "MissingDate",
        "MissingQuote", "Negation", "Antonym", "MissingClosedClass", "NovelVerb", "NovelOther",
    ];

    internal static double[] Weights =>
    [
        WindowCoverageWeight, SourceCoverageWeight, MissingNameWeight, NameOutsideWindowWeight, MissingNumberWeight,
        MissingDateWeight, MissingQuoteWeight, NegationWeight, AntonymWeight, MissingClosedClassWeight, NovelVerbWeight, NovelOtherWeight,
    ];

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
