using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Articles;
using Newsdesk.Articles.Evaluation;

namespace Newsdesk.Bench;

/// <summary>
/// Extraction over the trafilatura evaluation set: our extractor in-process and, when given its
/// output, Mozilla Readability (bench/extract/readability.mjs), scored by the same snippet matcher.
/// Pages are streamed from the archive one at a time (memory stays bounded); each extraction is
/// timed by wall clock and by process CPU time. Prints one Markdown table.
/// Usage: extract --data DIR [--peer readability.jsonl] [--misses FILE] | extract --show PAGE.html
/// | extract --data DIR --decode OUT.jsonl (each page as text, decoded as our extractor decodes it,
/// for the peer: handed raw bytes, jsdom's own sniffing misread the charset of 62 pages).
/// </summary>
internal static class ExtractBench
{
    /// <summary>Pages extracted untimed first, so the timed pass does not pay for JIT compilation.</summary>
    private const int WarmUpPages = 50;

    public static int Run(string[] args)
    {
        var data = Arg(args, "--data") ?? "../shared/bench-data/trafilatura-eval";
        var peer = Arg(args, "--peer");
        var misses = Arg(args, "--misses");
        if (Arg(args, "--decode") is { } decodedOut)
        {
            return Decode(data, decodedOut);
        }

        if (Arg(args, "--show") is { } show)
        {
            var result = ArticleExtractor.Extract(File.ReadAllBytes(show), null);
            Console.WriteLine(JsonSerializer.Serialize(result with { Text = "" }));
            Console.WriteLine(result.Text);
            return 0;
        }

        foreach (var page in EvalCorpus.Stream(data).Take(WarmUpPages))
        {
            Extract(page);
        }

        var peerRun = peer is not null && File.Exists(peer) ? PeerRun.Read(peer) : null;
        var ours = new Tally();
        var theirs = new Tally();
        using var writer = misses is null ? null : new StreamWriter(misses);
        var wall = new Stopwatch();
        foreach (var page in EvalCorpus.Stream(data))
        {
            var cpuBefore = Environment.CpuUsage.TotalTime;
            wall.Restart();
            var text = Extract(page);
            wall.Stop();
            ours.Add(page, text, wall.Elapsed, Environment.CpuUsage.TotalTime - cpuBefore, writer);
            if (peerRun is not null)
            {
                var (peerText, peerWall, peerCpu) = peerRun.Pages.GetValueOrDefault(page.File);
                theirs.Add(page, peerText, peerWall, peerCpu, null);
            }
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"Extraction on trafilatura-eval ({ours.Pages} pages streamed from the archive), one thread, same machine, same run;");
        Console.WriteLine("pages/s = pages / time spent extracting (CPU: process user+sys; wall: elapsed); speed relative to Mozilla Readability");
        Console.WriteLine();
        Console.WriteLine("| extractor | pages/s (CPU) | pages/s (wall) | speed (CPU) | speed (wall) | F1 | precision | recall | failed pages | peak memory |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        string cpuRatio = "", wallRatio = "";
        if (peerRun is not null)
        {
            cpuRatio = F(ours.CpuRate / theirs.CpuRate, "0.0") + "x";
            wallRatio = F(ours.WallRate / theirs.WallRate, "0.0") + "x";
        }

        Console.WriteLine($"| Newsdesk ArticleExtractor | {F(ours.CpuRate, "0.0")} | {F(ours.WallRate, "0.0")} | {cpuRatio} | {wallRatio} | {F(ours.Score.F1)} | {F(ours.Score.Precision)} | {F(ours.Score.Recall)} | {ours.Failed} | {peak / (1024 * 1024)} MB |");
        if (peerRun is not null)
        {
            Console.WriteLine($"| Mozilla Readability 0.6 (jsdom 29, node) | {F(theirs.CpuRate, "0.0")} | {F(theirs.WallRate, "0.0")} | 1.0x | 1.0x | {F(theirs.Score.F1)} | {F(theirs.Score.Precision)} | {F(theirs.Score.Recall)} | {theirs.Failed} ({peerRun.TimedOut} timed out) | {peerRun.PeakBytes / (1024 * 1024)} MB |");
        }

        Console.WriteLine("| trafilatura 2.2.0 (published, evaluation.rst) | | | | | 0.924 | 0.906 | 0.943 | | |");
        Console.WriteLine("| readability-lxml (published) | | | | | 0.826 | | | | |");
        Console.WriteLine();
        Console.WriteLine($"Newsdesk: {ours.Pages} pages, {F(ours.Cpu.TotalSeconds, "0.00")} s CPU, {F(ours.Wall.TotalSeconds, "0.00")} s wall extracting.");
        if (peerRun is not null)
        {
            Console.WriteLine($"Readability: {theirs.Pages} pages, {F(theirs.Cpu.TotalSeconds, "0.00")} s CPU, {F(theirs.Wall.TotalSeconds, "0.00")} s wall extracting (a timed-out page counts its full timeout); per-page timeout {F(peerRun.TimeoutSeconds, "0")} s of CPU time.");
        }

        return 0;
    }

    /// <summary>
    /// Writes every page as JSON Lines {file, url, html}: the text our extractor parses (the same
    /// byte bound, then <see cref="PageDecoder.Decode"/>), or html null for bytes that are not HTML.
    /// </summary>
    private static int Decode(string data, string path)
    {
        using var output = new StreamWriter(path);
        int pages = 0, notHtml = 0;
        var maxBytes = ExtractionOptions.Default.MaxHtmlChars * 2L;   // as ArticleExtractor.Extract bounds its input
        foreach (var page in EvalCorpus.Stream(data))
        {
            var bytes = page.Html.Length > maxBytes ? page.Html[..(int)maxBytes] : page.Html;
            var html = PageDecoder.Decode(bytes) is PageDecoding.Decoded decoded ? decoded.Html : null;
            notHtml += html is null ? 1 : 0;
            pages++;
            output.WriteLine(JsonSerializer.Serialize(new { file = page.File, url = page.Url, html }));
        }

        Console.Error.WriteLine($"decoded {pages} pages ({notHtml} not HTML) to {path}");
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

    private static string F(double value, string format = "0.000") => value.ToString(format, CultureInfo.InvariantCulture);

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>Running totals for one extractor: scores, time, failures.</summary>
    private sealed class Tally
    {
        public ExtractionScore Score { get; private set; }

        public TimeSpan Wall { get; private set; }

        public TimeSpan Cpu { get; private set; }

        public int Pages { get; private set; }

        public int Failed { get; private set; }

        public double WallRate => Pages / Wall.TotalSeconds;

        public double CpuRate => Pages / Cpu.TotalSeconds;

        public void Add(EvalPage page, string? text, TimeSpan wall, TimeSpan cpu, StreamWriter? misses)
        {
            var score = ExtractionScore.Of(text, page.With, page.Without);
            Score += score;
            Wall += wall;
            Cpu += cpu;
            Pages++;
            Failed += text is null ? 1 : 0;
            if (misses is not null && (score.FalseNegatives > 0 || score.FalsePositives > 0))
            {
                var norm = text is null ? "" : TextNormalizer.Collapse(text);
                misses.WriteLine($"== {page.File} TP={score.TruePositives} FN={score.FalseNegatives} FP={score.FalsePositives} chars={norm.Length}");
                foreach (var w in page.With.Where(w => !norm.Contains(TextNormalizer.Collapse(w), StringComparison.Ordinal)))
                {
                    misses.WriteLine($"  missing: {w}");
                }

                foreach (var w in page.Without.Where(w => norm.Contains(TextNormalizer.Collapse(w), StringComparison.Ordinal)))
                {
                    misses.WriteLine($"  unwanted: {w}");
                }
            }
        }
    }

    /// <summary>The peer's JSON Lines: per page {file, text, wallMs, cpuMs, error?}, last {summary:true, timeoutSeconds, peakBytes, ...}.</summary>
    private sealed record PeerRun(Dictionary<string, (string? Text, TimeSpan Wall, TimeSpan Cpu)> Pages, int TimedOut, double TimeoutSeconds, long PeakBytes)
    {
        public static PeerRun Read(string path)
        {
            var pages = new Dictionary<string, (string? Text, TimeSpan Wall, TimeSpan Cpu)>(StringComparer.Ordinal);
            int timedOut = 0;
            double timeout = 0;
            long peak = 0;
            foreach (var line in File.ReadLines(path))
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                if (root.TryGetProperty("summary", out _))
                {
                    timeout = root.GetProperty("timeoutSeconds").GetDouble();
                    peak = root.GetProperty("peakBytes").GetInt64();
                    timedOut = root.GetProperty("timedOut").GetInt32();
                    continue;
                }

                var text = root.GetProperty("text");
                pages[root.GetProperty("file").GetString()!] = (
                    text.ValueKind == JsonValueKind.String ? text.GetString() : null,
                    TimeSpan.FromMilliseconds(root.GetProperty("wallMs").GetDouble()),
                    TimeSpan.FromMilliseconds(root.GetProperty("cpuMs").GetDouble()));
            }

            return new PeerRun(pages, timedOut, timeout, peak);
        }
    }
}
