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

    [SkippableFact]
    public void NoUntouchedExtractedSentenceIsFlagged()
    {
        var run = Run.Value;
        Assert.True(run.UntouchedChecked > 500, $"only {run.UntouchedChecked} sentences checked");
        Assert.True(run.UntouchedFlagged.Count == 0, "flagged: " + string.Join(" | ", run.UntouchedFlagged.Select(f => f.Verdict.Text + " -> " + string.Join("; ", f.Verdict.Reasons))));
    }
}
