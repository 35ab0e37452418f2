using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Feeds;

namespace Newsdesk.Bench;

/// <summary>
/// The feeds harness. <c>feeds measure MIN_SECONDS NAME=PATH...</c> times <see cref="FeedParser.Parse"/>
/// over data sets held in memory and prints one JSON line per set (the fastest pass in CPU seconds
/// of this process: the machine is shared, wall time would measure the neighbours).
/// <c>feeds table RESULTS.jsonl</c> merges the rounds of ours and feedparser's
/// (bench/feeds/feedparser_bench.py, same format) and prints one Markdown table with the ratios.
/// </summary>
internal static class FeedsBench
{
    /// <summary>One parser's fastest pass over one data set; <see cref="Capped"/> counts the documents it cut at <see cref="FeedLimits.MaxItems"/>.</summary>
    private sealed record Measure(string Name, string Parser, int Files, long Bytes, long Items, double Seconds, int Passes, int Capped = 0);

    private const string Ours = "newsdesk";

    public static int Run(string[] args) => args switch
    {
        ["measure", var min, .. var sets] when double.TryParse(min, CultureInfo.InvariantCulture, out var minSeconds) && sets.Length > 0 => MeasureSets(minSeconds, sets),
        ["table", var results] => Table(results),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("usage: Newsdesk.Bench feeds measure MIN_SECONDS NAME=PATH... | feeds table RESULTS.jsonl");
        return 2;
    }

    private static int MeasureSets(double minSeconds, string[] sets)
    {
        foreach (var set in sets)
        {
            var eq = set.IndexOf('=', StringComparison.Ordinal);
            var m = Time(set[..eq], Load(set[(eq + 1)..]), minSeconds);
            Console.WriteLine(JsonSerializer.Serialize(new { name = m.Name, parser = m.Parser, files = m.Files, bytes = m.Bytes, items = m.Items, seconds = m.Seconds, passes = m.Passes, capped = m.Capped }));
        }

        return 0;
    }

    private static int Table(string results)
    {
        // The best (fastest) pass of every round, per data set and parser.
        var best = File.ReadAllLines(results)
            .Where(l => l.TrimStart().StartsWith('{'))
            .Select(l => JsonSerializer.Deserialize<JsonElement>(l))
            .Select(e => new Measure(
                e.GetProperty("name").GetString()!, e.GetProperty("parser").GetString()!, e.GetProperty("files").GetInt32(),
                e.GetProperty("bytes").GetInt64(), e.GetProperty("items").GetInt64(), e.GetProperty("seconds").GetDouble(), e.GetProperty("passes").GetInt32(),
                e.TryGetProperty("capped", out var capped) ? capped.GetInt32() : 0))
            .GroupBy(m => (m.Name, m.Parser))
            .Select(g => g.MinBy(m => m.Seconds)! with { Passes = g.Sum(m => m.Passes) })
            .ToList();

        // The ratio is feedparser's CPU time over ours on the same documents, each parser doing its
        // whole job on them. Where we cut a document at the item cap, we did less work than
        // feedparser on the same bytes: no ratio (the under-the-cap row is the like-for-like one).
        Console.WriteLine("| data set | files | MB | parser | items | items/s | MB/s | passes | ours / feedparser (same documents, CPU time) |");
        Console.WriteLine("|---|---:|---:|---|---:|---:|---:|---:|---:|");
        foreach (var our in best.Where(m => m.Parser == Ours))
        {
            var peer = best.FirstOrDefault(m => m.Name == our.Name && m.Parser != Ours);
            var ratio = peer is null ? "-"
                : our.Capped > 0 ? $"not like for like: {our.Capped} document(s) cut at the {FeedLimits.MaxItems:N0}-item cap"
                : $"**{peer.Seconds / our.Seconds:F1}x**";
            Row(our, ratio);
            if (peer is not null)
            {
                Row(peer, "1.0x");
            }
        }

        return 0;
    }

    private static void Row(Measure m, string ratio)
    {
        var mb = m.Bytes / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {m.Name} | {m.Files:N0} | {mb:F1} | {m.Parser} | {m.Items:N0} | {m.Items / m.Seconds:N0} | {mb / m.Seconds:F1} | {m.Passes} | {ratio} |"));
    }

    private static List<byte[]> Load(string path)
    {
        if (File.Exists(path))
        {
            return [File.ReadAllBytes(path)];
        }

        // The same selection as the Python script: files below the top folder.
        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(path, f).Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToList();
    }

    private static Measure Time(string name, List<byte[]> docs, double minSeconds)
    {
        WarmUp(name, docs);
        var process = Process.GetCurrentProcess();
        var passes = 0;
        long items = 0;
        var capped = 0;
        var total = TimeSpan.Zero;
        var fastest = TimeSpan.MaxValue;
        while (total.TotalSeconds < minSeconds || passes == 0)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            (items, capped) = OnePass(docs);
            process.Refresh();
            var spent = process.TotalProcessorTime - before;
            fastest = spent < fastest ? spent : fastest;
            total += spent;
            passes++;
        }

        return new Measure(name, Ours, docs.Count, docs.Sum(d => (long)d.Length), items, fastest.TotalSeconds, passes, capped);
    }

    /// <summary>Wall time without any JIT compilation, while passes run, after which tiering is taken as settled.</summary>
    private static readonly TimeSpan QuietJit = TimeSpan.FromSeconds(2);

    /// <summary>Longest warm-up; a harness that never settles is timed anyway (and says so).</summary>
    private static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Runs passes until the JIT has compiled nothing for <see cref="QuietJit"/>. Tiered compilation
    /// (tier 0, instrumented, then optimised code, compiled in the background) takes seconds of
    /// wall time on a loaded machine; two warm-up passes left the sanitiser in tier-0 code for the
    /// whole timed window, so the suite row measured the JIT's warm-up, not the parser (about 3x
    /// slower than steady state). feedparser (CPython) has no JIT to wait for.
    /// </summary>
    private static void WarmUp(string name, List<byte[]> docs)
    {
        var clock = Stopwatch.StartNew();
        var quietSince = clock.Elapsed;
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var passes = 0;
        while (clock.Elapsed - quietSince < QuietJit && clock.Elapsed < MaxWarmUp)
        {
            OnePass(docs);
            passes++;
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                compiled = now;
                quietSince = clock.Elapsed;
            }
        }

        var settled = clock.Elapsed - quietSince >= QuietJit ? "JIT settled" : "JIT still compiling; timed anyway";
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: warm-up {passes} passes, {clock.Elapsed.TotalSeconds:F1} s wall, {compiled} methods compiled ({settled})"));
    }

    /// <summary>Parses every document: the items built, and how many documents were cut at the item cap.</summary>
    private static (long Items, int Capped) OnePass(List<byte[]> docs)
    {
        long items = 0;
        var capped = 0;
        foreach (var doc in docs)
        {
            if (FeedParser.Parse(doc) is FeedParseResult.Parsed parsed)
            {
                items += parsed.Feed.Items.Count;
                capped += parsed.Feed.Items.Count >= FeedLimits.MaxItems && parsed.Warnings.Any(w => w.Contains("kept the first", StringComparison.Ordinal)) ? 1 : 0;
            }
        }

        return (items, capped);
    }
}
