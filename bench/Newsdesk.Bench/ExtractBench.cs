using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Articles;
using Newsdesk.Articles.Evaluation;

namespace Newsdesk.Bench;

/// <summary>
/// Extraction over the trafilatura evaluation set: our extractor in-process and, when given its
/// output, Mozilla Readability (bench/extract/readability.mjs), scored by the same snippet matcher.
/// Prints one Markdown table. Usage: extract --data DIR [--peer readability.jsonl] [--misses FILE].
/// </summary>
internal static class ExtractBench
{
    public static int Run(string[] args)
    {
        var data = Arg(args, "--data") ?? "../shared/bench-data/trafilatura-eval";
        var peer = Arg(args, "--peer");
        var misses = Arg(args, "--misses");
        if (Arg(args, "--show") is { } show)
        {
            var result = ArticleExtractor.Extract(File.ReadAllBytes(show), null);
            Console.WriteLine(JsonSerializer.Serialize(result with { Text = "" }));
            Console.WriteLine(result.Text);
            return 0;
        }

        List<EvalPage> pages;
        using (var json = File.OpenRead(Path.Combine(data, "evaldata.json")))
        using (var tar = File.OpenRead(Path.Combine(data, "html-docs.tar.gz")))
        {
            pages = EvalCorpus.Load(json, tar);
        }

        // Warm-up pass (JIT), then the timed pass.
        foreach (var page in pages.Take(50))
        {
            Extract(page);
        }

        var texts = new string?[pages.Count];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < pages.Count; i++)
        {
            texts[i] = Extract(pages[i]);
        }

        clock.Stop();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var ours = Score(pages, texts, misses);
        var oursRate = pages.Count / clock.Elapsed.TotalSeconds;

        Console.WriteLine($"Extraction on trafilatura-eval ({pages.Count} pages), one thread, same machine, same run");
        Console.WriteLine();
        Console.WriteLine("| extractor | pages/s | relative speed | F1 | precision | recall | peak memory |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        string? peerRow = null;
        var ratio = "1.0x";
        if (peer is not null && File.Exists(peer))
        {
            var (peerTexts, seconds, peakBytes) = ReadPeer(peer, pages);
            var peerScore = Score(pages, peerTexts, null);
            var peerRate = pages.Count / seconds;
            ratio = F(oursRate / peerRate, "0.0") + "x";
            peerRow = $"| Mozilla Readability (jsdom) | {F(peerRate, "0.0")} | 1.0x | {F(peerScore.F1)} | {F(peerScore.Precision)} | {F(peerScore.Recall)} | {peakBytes / (1024 * 1024)} MB |";
        }

        Console.WriteLine($"| Newsdesk ArticleExtractor | {F(oursRate, "0.0")} | {ratio} | {F(ours.F1)} | {F(ours.Precision)} | {F(ours.Recall)} | {peak / (1024 * 1024)} MB |");
        if (peerRow is not null)
        {
            Console.WriteLine(peerRow);
        }

        Console.WriteLine("| trafilatura 2.2.0 (published, evaluation.rst) | | | 0.924 | 0.906 | 0.943 | |");
        Console.WriteLine("| readability-lxml (published) | | | 0.826 | | | |");
        return 0;
    }

    private static string? Extract(EvalPage page)
    {
        try
        {
            return ArticleExtractor.Extract(page.Html, Uri.TryCreate(page.Url, UriKind.Absolute, out var u) ? u : null).Text;
        }
        catch (NotHtmlException)
        {
            return null;
        }
    }

    private static ExtractionScore Score(List<EvalPage> pages, IReadOnlyList<string?> texts, string? missesFile)
    {
        var total = default(ExtractionScore);
        using var writer = missesFile is null ? null : new StreamWriter(missesFile);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var score = ExtractionScore.Of(texts[i], page.With, page.Without);
            total += score;
            if (writer is not null && (score.FalseNegatives > 0 || score.FalsePositives > 0))
            {
                var norm = texts[i] is null ? "" : TextNormalizer.Collapse(texts[i]!);
                writer.WriteLine($"== {page.File} FN={score.FalseNegatives} FP={score.FalsePositives} chars={norm.Length}");
                foreach (var w in page.With.Where(w => !norm.Contains(TextNormalizer.Collapse(w), StringComparison.Ordinal)))
                {
                    writer.WriteLine($"  missing: {w}");
                }

                foreach (var w in page.Without.Where(w => norm.Contains(TextNormalizer.Collapse(w), StringComparison.Ordinal)))
                {
                    writer.WriteLine($"  unwanted: {w}");
                }
            }
        }

        return total;
    }

    private static (string?[] Texts, double Seconds, long PeakBytes) ReadPeer(string path, List<EvalPage> pages)
    {
        var byFile = new Dictionary<string, string?>(StringComparer.Ordinal);
        double seconds = 0;
        long peak = 0;
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.TryGetProperty("seconds", out var s))
            {
                seconds = s.GetDouble();
                peak = root.GetProperty("peakBytes").GetInt64();
                continue;
            }

            var text = root.GetProperty("text");
            byFile[root.GetProperty("file").GetString()!] = text.ValueKind == JsonValueKind.String ? text.GetString() : null;
        }

        return ([.. pages.Select(p => byFile.GetValueOrDefault(p.File))], seconds, peak);
    }

    private static string F(double value, string format = "0.000") => value.ToString(format, CultureInfo.InvariantCulture);

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
