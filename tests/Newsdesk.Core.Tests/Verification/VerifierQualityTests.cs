using System.Text.Json;
using Newsdesk.Articles;
using Newsdesk.Testing;
using Newsdesk.Text;
using Newsdesk.Verification;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>
/// The verification gate: balanced accuracy on SummEdits (each summary against its document,
/// consistent when every sentence is supported). The coefficients were fitted on the "test"
/// split of the four non-news domains; news is never used for fitting (docs/verification.md).
/// </summary>
public sealed class VerifierQualityTests
{
    /// <summary>Measured 0.801 on summedits_news_dev.json (133 summaries, read while designing: a development figure); the floor sits just below.</summary>
    internal const double NewsFloor = 0.79;

    /// <summary>Measured 0.708 on the held-out "evaluation" split of podcast, ectsum, qmsumm, sales_call together (485 summaries).</summary>
    internal const double OtherDomainsHeldOutFloor = 0.70;

    [SkippableFact]
    public void NewsBalancedAccuracyStaysAboveTheFloor()
    {
        var samples = Load("summedits_news_dev.json");
        var accuracy = BalancedAccuracy(samples);
        Assert.True(accuracy >= NewsFloor, $"news balanced accuracy {accuracy:0.000} < floor {NewsFloor}");
    }

    [SkippableFact]
    public void HeldOutOtherDomainsStayAboveTheFloor()
    {
        var samples = new[] { "podcast", "ectsum", "qmsumm", "sales_call" }
            .SelectMany(d => Load($"summedits_{d}.json"))
            .Where(s => s.Split != "test")
            .ToList();
        var accuracy = BalancedAccuracy(samples);
        Assert.True(accuracy >= OtherDomainsHeldOutFloor, $"held-out balanced accuracy {accuracy:0.000} < floor {OtherDomainsHeldOutFloor}");
    }

    private sealed record Sample(string Doc, string Summary, int Label, string Split);

    private static List<Sample> Load(string file)
    {
        var path = Path.Combine(TestEnvironment.BenchData("summedits"), file);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return doc.RootElement.EnumerateArray().Select(e => new Sample(
            e.GetProperty("doc").GetString() ?? "",
            e.GetProperty("summary").GetString() ?? "",
            e.GetProperty("label").GetInt32(),
            e.TryGetProperty("split", out var s) ? s.GetString() ?? "" : "")).ToList();
    }

    private static double BalancedAccuracy(List<Sample> samples)
    {
        var verifier = new Verifier();
        var prepared = new Dictionary<string, PreparedSources>(StringComparer.Ordinal);
        int consistentRight = 0, consistent = 0, inconsistentRight = 0, inconsistent = 0;
        foreach (var sample in samples)
        {
            if (!prepared.TryGetValue(sample.Doc, out var sources))
            {
                sources = verifier.Prepare([new Article("doc", "", "summedits", "", sample.Doc, null)]);
                prepared[sample.Doc] = sources;
            }

            var flagged = Sentences.Split(sample.Summary).Any(s => !verifier.Check(s, [], sources).Supported);
            if (sample.Label == 1)
            {
                consistent++;
                consistentRight += flagged ? 0 : 1;
            }
            else
            {
                inconsistent++;
                inconsistentRight += flagged ? 1 : 0;
            }
        }

        return (((double)consistentRight / consistent) + ((double)inconsistentRight / inconsistent)) / 2;
    }
}
