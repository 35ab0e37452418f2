using Newsdesk.Core.Tests.Verification.Injection;
using Newsdesk.Testing;
using Newsdesk.Verification;
using Newsdesk.Writing.Evaluation;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>
/// The injection gate (issue #16): stories written from the first Multi-News validation clusters,
/// each extracted sentence checked untouched (none may be flagged) and with each kind of error
/// planted (a share at least the floor must be caught). The same run as `bench/verify/run inject`.
/// Floors: issue #16's goals where they are met (99% for names, attributions, numbers and
/// quotations; 90% for negations and swapped roles, measured 93.5% since an exchanged name is read
/// with the words opening its phrase, was 87.0%); above a goal, just under the measured share
/// (exchanged numbers, measured 97.7%); changed dates (no goal), measured 96.6%.
/// </summary>
public sealed class InjectionGateTests
{
    /// <summary>Clusters written: the first 60 of the validation file (824 extracted sentences).</summary>
    private const int Clusters = 60;

    public static TheoryData<Corruption, double> Floors => new()
    {
        { Corruption.ChangedNumber, 0.99 },
        { Corruption.InventedName, 0.99 },
        { Corruption.InventedAttribution, 0.99 },
        { Corruption.ChangedQuote, 0.99 },
        { Corruption.Negation, 0.90 },
        { Corruption.ExchangedNumbers, 0.95 },
        { Corruption.SwappedRoles, 0.90 },
        { Corruption.ChangedDate, 0.95 },
    };

    private static readonly Lazy<InjectionRun> Run = new(() =>
    {
        var csv = Path.Combine(TestEnvironment.BenchData("multinews-sample"), "validation.csv");
        return InjectionRun.Run(MultiNews.Read(csv, Clusters), new Verifier());
    });

    [SkippableTheory]
    [MemberData(nameof(Floors))]
    public void EachKindOfPlantedErrorIsCaught(Corruption kind, double floor)
    {
        var (_, planted, caught) = Run.Value.ByKind().Single(k => k.Kind == kind);
        Assert.True(planted >= 20, $"{kind}: only {planted} sentences could be corrupted");
        var share = (double)caught / planted;
        Assert.True(share >= floor, $"{kind}: caught {caught}/{planted} = {share:0.000} < floor {floor}");
    }

    /// <summary>
    /// An invented place or name where the sentence opens ("The police said" -> "Kestrelford police
    /// said"; <see cref="Corruption.InventedOpening"/>): only the opening-word check sees it, and that
    /// check needs WordNet's common words (<see cref="CommonWords"/>), which CI does not install, so
    /// there it skips. Measured 316/316 with WordNet (session 12); without it the planted word passes.
    /// </summary>
    [SkippableFact]
    public void AnInventedOpeningIsCaughtWithWordNet()
    {
        Skip.If(CommonWords.Installed is null, "WordNet (Debian's wordnet-base) is not installed");
        var (_, planted, caught) = Run.Value.ByKind().Single(k => k.Kind == Corruption.InventedOpening);
        Assert.True(planted >= 100, $"only {planted} sentences could be opened by an invented place");
        var missed = Run.Value.Cases.Where(c => c.Kind == Corruption.InventedOpening && c.Verdict.Supported).Select(c => c.Corrupted);
        Assert.True((double)caught / planted >= 0.99, $"caught {caught}/{planted}; missed: {string.Join(" | ", missed)}");
    }

    /// <summary>
    /// A death made a crime or a punishment ("died" -> "was murdered", "killed" -> "executed";
    /// <see cref="Corruption.KillingForDeath"/>): the check reads WordNet's verbs below kill.v.01, so
    /// without WordNet it skips. Measured 11/11 with WordNet (session 13; 2/11 without).
    /// </summary>
    [SkippableFact]
    public void AKillingForADeathIsCaughtWithWordNet()
    {
        Skip.If(CommonWords.Installed is null, "WordNet (Debian's wordnet-base) is not installed");
        var (_, planted, caught) = Run.Value.ByKind().Single(k => k.Kind == Corruption.KillingForDeath);
        Assert.True(planted >= 10, $"only {planted} sentences say that someone died or was killed");
        var missed = Run.Value.Cases.Where(c => c.Kind == Corruption.KillingForDeath && c.Verdict.Supported).Select(c => c.Corrupted);
        Assert.True((double)caught / planted >= 0.99, $"caught {caught}/{planted}; missed: {string.Join(" | ", missed)}");
    }

    /// <summary>
    /// Errors planted in the writer's key-fact rows with a number (<see cref="FactCorruptions"/>):
    /// a number no source holds, another row's number, another row's label. Measured 75/75, 45/46
    /// (the miss: "opening weekend gross at just £7", which a source does state, of another film)
    /// and 43/43 since rows are checked as claims (<see cref="Verifier.CheckFact"/>).
    /// </summary>
    public static TheoryData<FactCorruption, double> FactFloors => new()
    {
        { FactCorruption.ChangedNumber, 0.99 },
        { FactCorruption.OtherRowsNumber, 0.95 },
        { FactCorruption.OtherRowsLabel, 0.95 },
    };

    [SkippableTheory]
    [MemberData(nameof(FactFloors))]
    public void EachKindOfErrorPlantedInAFactRowIsCaught(FactCorruption kind, double floor)
    {
        var (_, planted, caught) = Run.Value.FactsByKind().Single(k => k.Kind == kind);
        Assert.True(planted >= 20, $"{kind}: only {planted} fact rows could be corrupted");
        var share = (double)caught / planted;
        var missed = Run.Value.FactCases.Where(c => c.Kind == kind && c.Verdict.Supported).Select(c => c.Verdict.Text);
        Assert.True(share >= floor, $"{kind}: caught {caught}/{planted} = {share:0.000} < floor {floor}; missed: {string.Join(" | ", missed)}");
    }

    [SkippableFact]
    public void NoUntouchedFactRowWithANumberIsRefused()
    {
        var run = Run.Value;
        Assert.True(run.FactRowsChecked > 50, $"only {run.FactRowsChecked} fact rows checked");
        Assert.True(run.FactRowsFlagged.Count == 0, "refused: " + string.Join(" | ", run.FactRowsFlagged.Select(f => f.Verdict.Text + " -> " + string.Join("; ", f.Verdict.Reasons))));
    }

    [SkippableFact]
    public void NoUntouchedExtractedSentenceIsFlagged()
    {
        var run = Run.Value;
        Assert.True(run.UntouchedChecked > 500, $"only {run.UntouchedChecked} sentences checked");
        Assert.True(run.UntouchedFlagged.Count == 0, "flagged: " + string.Join(" | ", run.UntouchedFlagged.Select(f => f.Verdict.Text + " -> " + string.Join("; ", f.Verdict.Reasons))));
    }
}
