using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Newsdesk.Articles;
using Newsdesk.Verification;

namespace Newsdesk.Bench;

/// <summary>
/// The verifier on QAGS (Wang, Cho and Lewis 2020): each summary sentence against its article,
/// inconsistent when most of its three workers said no. Each file is cut in two by article (session
/// 17): the <b>dev half</b> (first byte of the SHA-256 of the article text even) may be read while
/// designing; the <b>held-out half</b> is printed only as counts, never listed.
/// </summary>
internal static class QagsBench
{
    /// <summary>The two QAGS files and the names the bench prints for them.</summary>
    internal static readonly (string File, string Name, string Key)[] Files =
    [
        ("mturk_cnndm.jsonl", "QAGS CNN/DM", "cnndm"),
        ("mturk_xsum.jsonl", "QAGS XSum", "xsum"),
    ];

    /// <summary>One judged summary sentence: its article's index in the file, its own index, its article and its label.</summary>
    internal sealed record Judged(int Document, int Index, string Article, string Sentence, bool Inconsistent, int Yes, int No, bool Dev);

    /// <summary>
    /// Whether an article is in the dev half: the first byte of the SHA-256 of its text (UTF-8) is even.
    /// A cryptographic hash, because the low bit of FNV-1a is only the parity of the odd characters.
    /// </summary>
    internal static bool IsDev(string article) => SHA256.HashData(Encoding.UTF8.GetBytes(article))[0] % 2 == 0;

    /// <summary>The file's judged sentences, in file order.</summary>
    internal static IEnumerable<Judged> Read(string path)
    {
        var document = 0;
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            var article = doc.RootElement.GetProperty("article").GetString() ?? "";
            var dev = IsDev(article);
            var index = 0;
            foreach (var item in doc.RootElement.GetProperty("summary_sentences").EnumerateArray())
            {
                var sentence = item.GetProperty("sentence").GetString() ?? "";
                var yes = item.GetProperty("responses").EnumerateArray().Count(r => r.GetProperty("response").GetString() == "yes");
                var no = item.GetProperty("responses").GetArrayLength() - yes;
                yield return new Judged(document, index++, article, sentence, no > yes, yes, no, dev);
            }

            document++;
        }
    }

    /// <summary>The QAGS file's path beside the SummEdits directory (bench-data/qags), or null when it is not there.</summary>
    internal static string? PathOf(string summeditsDir, string file)
    {
        var path = Path.Combine(summeditsDir, "..", "qags", file);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Prints the dev half's row, then the held-out half's, then the whole file's (comparable with sessions before 17).</summary>
    internal static void Rows(Verifier verifier, string summeditsDir)
    {
        foreach (var (file, name, _) in Files)
        {
            if (PathOf(summeditsDir, file) is not { } path)
            {
                continue;
            }

            var judged = Read(path).ToList();
            Row(verifier, name, "dev half (read since session 17)", judged.Where(j => j.Dev).ToList());
            Row(verifier, name, "held-out half (never read)", judged.Where(j => !j.Dev).ToList());
            Row(verifier, name, "all (both halves; before session 17)", judged);
        }
    }

    private static void Row(Verifier verifier, string name, string portion, List<Judged> judged)
    {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        var clock = Stopwatch.StartNew();
        foreach (var group in judged.GroupBy(j => j.Document))
        {
            var sources = Prepare(verifier, group.First().Article);
            foreach (var j in group)
            {
                var flagged = !verifier.Check(j.Sentence, [], sources).Supported;
                (tp, fp, tn, fn) = (flagged, j.Inconsistent) switch
                {
                    (true, true) => (tp + 1, fp, tn, fn),
                    (true, false) => (tp, fp + 1, tn, fn),
                    (false, false) => (tp, fp, tn + 1, fn),
                    (false, true) => (tp, fp, tn, fn + 1),
                };
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var n = tp + fp + tn + fn;
        var balanced = (Ratio(tp, tp + fn) + Ratio(tn, tn + fp)) / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| newsdesk | {name} | sentences, {portion}: {judged.Select(j => j.Document).Distinct().Count()} articles, consistent flagged {fp}/{fp + tn}, inconsistent caught {tp}/{tp + fn} | {n} | {balanced:0.000} | {Ratio(tp, tp + fp):0.000} | {Ratio(tp, tp + fn):0.000} | {n / Math.Max(seconds, 1e-9):0} |"));
    }

    /// <summary>
    /// `verify dump` lines for QAGS: one per sentence (file, half, article.sentence, label, verdict). A
    /// dev-half line also carries the reasons and the sentence; a held-out line carries only its verdict.
    /// </summary>
    internal static void Dump(Verifier verifier, string summeditsDir)
    {
        foreach (var (file, _, key) in Files)
        {
            if (PathOf(summeditsDir, file) is not { } path)
            {
                continue;
            }

            foreach (var group in Read(path).GroupBy(j => j.Document))
            {
                var sources = Prepare(verifier, group.First().Article);
                foreach (var j in group)
                {
                    var verdict = verifier.Check(j.Sentence, [], sources);
                    var label = j.Inconsistent ? 0 : 1;
                    var tail = j.Dev ? $"\t{string.Join(" | ", verdict.Reasons)}\t{j.Sentence}" : "";
                    Console.WriteLine($"qags_{key}\t{(j.Dev ? "dev" : "heldout")}\t{j.Document}.{j.Index}\t{label}\t{(verdict.Supported ? "passed" : "flagged")}{tail}");
                }
            }
        }
    }

    /// <summary>
    /// `verify qags DIR [cnndm|xsum] [all]`: the dev half's misjudged sentences (with `all`, every dev
    /// sentence), each with its votes, the verdict's reasons and the support window the checks read.
    /// The held-out half is never listed.
    /// </summary>
    internal static int Errors(string summeditsDir, string key, bool all)
    {
        var verifier = new Verifier();
        foreach (var (file, name, fileKey) in Files.Where(f => key.Length == 0 || f.Key == key))
        {
            if (PathOf(summeditsDir, file) is not { } path)
            {
                Console.Error.WriteLine($"{name}: not found");
                return 1;
            }

            foreach (var group in Read(path).Where(j => j.Dev).GroupBy(j => j.Document))
            {
                var sources = Prepare(verifier, group.First().Article);
                foreach (var j in group)
                {
                    var verdict = verifier.Check(j.Sentence, [], sources);
                    var wrong = verdict.Supported == j.Inconsistent;
                    if (!wrong && !all)
                    {
                        continue;
                    }

                    var kind = (verdict.Supported, j.Inconsistent) switch
                    {
                        (false, false) => "FALSE ALARM",
                        (true, true) => "MISS",
                        (false, true) => "caught",
                        (true, false) => "passed",
                    };
                    var measured = verifier.Measure(j.Sentence, [], sources);
                    var window = SupportFinder.Find(Newsdesk.Verification.AnalyzedSentence.Analyze(j.Sentence, sources.Language), sources.Articles, sources);
                    Console.WriteLine($"{kind} {fileKey} {j.Document}.{j.Index} yes={j.Yes} no={j.No} coverage={measured.WindowCoverage:0.00}");
                    Console.WriteLine($"   sentence: {j.Sentence}");
                    Console.WriteLine($"   reasons:  {string.Join("; ", verdict.Reasons)}");
                    Console.WriteLine($"   window:   {window?.Text ?? "(none)"}");
                }
            }
        }

        return 0;
    }

    private static PreparedSources Prepare(Verifier verifier, string article) =>
        verifier.Prepare([new Article("doc", "", "qags", "", article, null)]);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
