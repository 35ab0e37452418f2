using System.Globalization;
using Newsdesk.Core.Tests.Verification.Injection;
using Newsdesk.Verification;
using Newsdesk.Writing.Evaluation;

namespace Newsdesk.Bench;

/// <summary>
/// The injection test as a bench: stories written from the Multi-News validation clusters, every
/// extracted sentence checked untouched and with each kind of error planted (see
/// <see cref="Corruptions"/>). Prints the share caught per kind, the untouched sentences flagged,
/// and the verifier's cost per sentence. `verify inject CSV [--clusters N] [--show KIND|all:KIND|untouched|built|facts]`.
/// </summary>
internal static class InjectBench
{
    /// <summary>Clusters read by default: the first 60 of the validation file, as in the issue's own test.</summary>
    private const int DefaultClusters = 60;

    public static int Run(string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: verify inject VALIDATION.csv [--clusters N] [--show KIND|untouched|built|facts]");
            return 2;
        }

        var at = Array.IndexOf(args, "--clusters");
        var max = at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var n) ? n : DefaultClusters;
        var showAt = Array.IndexOf(args, "--show");
        var show = showAt >= 0 && showAt + 1 < args.Length ? args[showAt + 1] : null;
        var clusters = MultiNews.Read(args[0], max);
        var verifier = new Verifier();
        _ = InjectionRun.Run(clusters.Take(1), verifier);   // warm-up (JIT), untimed
        var run = InjectionRun.Run(clusters, verifier);

        Console.WriteLine($"Injection on {run.Stories} stories from {Path.GetFileName(args[0])} (first {max} clusters), {run.UntouchedChecked} extracted sentences");
        Console.WriteLine();
        Console.WriteLine("| error planted | sentences | caught | share caught |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (kind, planted, caught) in run.ByKind())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {planted} | {caught} | {(planted == 0 ? 0 : 100.0 * caught / planted):0.0}% |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| (untouched extracted sentences flagged) | {run.UntouchedChecked} | {run.UntouchedFlagged.Count} | {100.0 * run.UntouchedFlagged.Count / Math.Max(1, run.UntouchedChecked):0.0}% |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| (headlines and fact rows flagged) | {run.BuiltChecked} | {run.BuiltFlagged.Count} | {100.0 * run.BuiltFlagged.Count / Math.Max(1, run.BuiltChecked):0.0}% |"));
        Console.WriteLine();
        Console.WriteLine("| error planted in a key-fact row | rows | caught | share caught |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (kind, planted, caught) in run.FactsByKind())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {planted} | {caught} | {(planted == 0 ? 0 : 100.0 * caught / planted):0.0}% |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| (untouched rows with a number refused) | {run.FactRowsChecked} | {run.FactRowsFlagged.Count} | {100.0 * run.FactRowsFlagged.Count / Math.Max(1, run.FactRowsChecked):0.0}% |"));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Verifier cost: {run.CheckTime.TotalMilliseconds / Math.Max(1, run.Checks):0.000} ms per sentence checked ({run.Checks} checks, sources prepared once per story included), {run.CheckTime.TotalMilliseconds / Math.Max(1, run.Stories):0.0} ms per story"));

        if (show is not null)
        {
            Show(run, show);
        }

        return 0;
    }

    private static void Show(InjectionRun run, string what)
    {
        Console.WriteLine();
        if (what == "untouched" || what == "built")
        {
            foreach (var (cluster, verdict) in what == "untouched" ? run.UntouchedFlagged : run.BuiltFlagged)
            {
                Console.WriteLine($"[{cluster}] {verdict.Text}\n      {verdict.Score:0.00} {string.Join("; ", verdict.Reasons)}");
            }

            return;
        }

        if (what == "facts")
        {
            foreach (var (cluster, verdict) in run.FactRowsFlagged)
            {
                Console.WriteLine($"[{cluster}] REFUSED {verdict.Text}\n      {string.Join("; ", verdict.Reasons)}");
            }

            foreach (var c in run.FactCases)
            {
                Console.WriteLine($"[{c.Cluster}] {c.Kind} {(c.Verdict.Supported ? "MISSED" : "caught")}: {c.Original.Label}: {c.Original.Value} -> {c.Verdict.Text}\n      {string.Join("; ", c.Verdict.Reasons)}");
            }

            return;
        }

        // "--show KIND" prints the misses; "--show all:KIND" every planted case with its verdict.
        var all = what.StartsWith("all:", StringComparison.Ordinal);
        var kind = all ? what[4..] : what;
        foreach (var c in run.Cases.Where(c => c.Kind.ToString().Equals(kind, StringComparison.OrdinalIgnoreCase) && (all || c.Verdict.Supported)))
        {
            Console.WriteLine($"[{c.Cluster}] {(c.Verdict.Supported ? "MISSED" : "caught")} - {c.Original}\n     + {c.Corrupted}\n      {c.Verdict.Score:0.00} {string.Join("; ", c.Verdict.Reasons)}");
        }
    }
}
