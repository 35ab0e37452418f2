using System.Diagnostics;
using System.Globalization;
using Newsdesk.Articles;
using Newsdesk.Stories;

namespace Newsdesk.Bench;

/// <summary>
/// `Newsdesk.Bench cluster DATA --semantic [--sweep] [only=T]` (issue #14 item 3): the
/// sentence-embedding signal (all-MiniLM-L6-v2 over <see cref="SemanticText"/>) beside the lexical
/// clusterer, on the same inputs and splits as the rest of bench/cluster: gva-events development and
/// held-out parts, giveme5w1h-events, the UCI headlines and the real May 2020 feeds (development /
/// held-out by when a story opened). Rows: (a) lexical alone; (c) the embedding alone
/// (<see cref="EmbeddingOnlyClusterer"/>). The embedding as a veto or rescue of the lexical
/// candidates, (b), was measured through a hook in StoryClusterer that was not adopted and is no
/// longer in the product (docs/stories.md, "A semantic signal", names the commit to check out to
/// re-run it). `--sweep` tries thresholds on the development data only (gva-events development part,
/// real feeds development part). Embeddings are computed once per article and cached under
/// artifacts/embeddings; the cost rows time the model itself.
/// </summary>
internal static class SemanticBench
{
    /// <summary>Defaults of the table when not given: chosen by `--sweep` on the development data (docs/stories.md).</summary>
    private const double DefaultOnly = 0.7;

    /// <summary>Texts timed for the model's rate (each encoded alone, as at ingest).</summary>
    private const int TimedTexts = 300;

    private sealed record Sets(
        List<LabelledArticle> GvaDev, List<LabelledArticle> GvaHeld, List<LabelledArticle> Giveme, List<LabelledArticle> Uci,
        List<RealFeedsStream.Arrival> Real, Dictionary<Article, float[]> Embeddings, string? BenchData = null);

    public static int Run(string benchData, StoryClustererOptions options, string[] args)
    {
        var log = Console.Error;
        var sets = Load(benchData, log, gvaOnly: args.Contains("--gva-only"));
        double Setting(string name, double fallback) =>
            args.FirstOrDefault(a => a.StartsWith(name + "=", StringComparison.Ordinal)) is { } s ? double.Parse(s[(name.Length + 1)..], CultureInfo.InvariantCulture) : fallback;

        if (args.Contains("--sweep"))
        {
            Sweep(sets, options);
            return 0;
        }

        var only = Setting("only", DefaultOnly);
        var configs = new List<(string Name, StoryClustererOptions? Options, double Only)>
        {
            ("(a) lexical (main's rules)", options, 0),
            ($"(c) embedding alone, cosine >= {only}, same 7-day span", null, only),
        };

        Console.WriteLine("| variant | gva dev F1 (P / R) | gva held-out F1 (P / R) | giveme5w1h F1 (P / R) | UCI F1 (P / R) | real feeds dev: largest / p95 span d / > 3 d | real feeds held-out: same | judged pairs (dev) P / R / F1 |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var (name, o, t) in configs)
        {
            var cells = new List<string> { name };
            foreach (var set in new[] { sets.GvaDev, sets.GvaHeld, sets.Giveme, sets.Uci })
            {
                BCubedScore? s = set.Count == 0 ? null : Score(set, sets.Embeddings, o, t, o?.Window ?? options.Window);
                cells.Add(s is not { } v ? "" : $"{F(v.F1)} ({F(v.Precision)} / {F(v.Recall)})");
            }

            var placed = sets.Real.Count == 0 ? null : PlaceReal(sets, o, t, options.Window);
            foreach (var (from, until) in new[] { (DateTimeOffset.MinValue, RealFeedsStream.HeldOutFrom), (RealFeedsStream.HeldOutFrom, DateTimeOffset.MaxValue) })
            {
                var shape = placed is null ? null : RealFeedsBench.Measure(placed, from, until);
                cells.Add(shape is null ? "" : $"{shape.Largest} / {shape.SpanP95Days:F1} / {shape.LongShare:P1}");
            }

            cells.Add(Pairs(sets, o));

            Console.WriteLine("| " + string.Join(" | ", cells) + " |");
        }

        Console.WriteLine();
        Cost(sets, options);

        return 0;
    }

    /// <summary>The sets and their embeddings; <paramref name="gvaOnly"/> loads gva-events alone (a quick sweep while the rest is still being embedded).</summary>
    private static Sets Load(string benchData, TextWriter log, bool gvaOnly)
    {
        var gva = Path.Combine(benchData, "gva-events");
        var gvaDev = EventSets.Gva(gva, EventSets.Part.Dev);
        var gvaHeld = EventSets.Gva(gva, EventSets.Part.HeldOut);
        var giveme = gvaOnly ? [] : EventSets.Giveme(Path.Combine(benchData, "giveme5w1h-events"));
        var uci = gvaOnly ? [] : UciHeadlines.Load(Path.Combine(benchData, "uci-news-clusters", "headlines.csv"));
        var real = gvaOnly ? [] : RealFeedsStream.Load(Path.Combine(benchData, "real-feeds-2020-05"));
        var all = gvaDev.Concat(gvaHeld).Concat(giveme).Concat(uci).Select(a => a.Article).Concat(real.Select(r => r.Article)).ToList();
        using var cache = EmbeddingCache.ForRepository();
        var watch = Stopwatch.StartNew();
        var vectors = cache.For(all, m => log.WriteLine($"semantic bench: {m} ({watch.Elapsed.TotalSeconds:F0} s)"));
        if (cache.Computed > 0)
        {
            log.WriteLine($"semantic bench: embedded {cache.Computed} texts in {cache.ComputeCpu.TotalSeconds:F0} s CPU ({cache.Computed / cache.ComputeCpu.TotalSeconds:F0} per CPU-second), model load {cache.LoadTime?.TotalSeconds:F1} s");
        }

        var embeddings = new Dictionary<Article, float[]>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < all.Count; i++)
        {
            embeddings[all[i]] = vectors[i];
        }

        return new Sets(gvaDev, gvaHeld, giveme, uci, real, embeddings, benchData);
    }

    /// <summary>B-cubed of one variant on a labelled set: the clusterer given each article's embedding, or the embedding alone (options null).</summary>
    private static BCubedScore Score(List<LabelledArticle> items, Dictionary<Article, float[]> embeddings, StoryClustererOptions? options, double only, TimeSpan span)
    {
        Func<Article, string> place;
        if (options is null)
        {
            var alone = new EmbeddingOnlyClusterer(only, span);
            place = a => alone.Add(embeddings[a], a.Published).ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            var clusterer = new StoryClusterer(options);
            place = a => clusterer.Add(a).StoryId;
        }

        return EventBench.Measure(items, place).Score;
    }

    private static List<RealFeedsBench.Placed> PlaceReal(Sets sets, StoryClustererOptions? options, double only, TimeSpan span)
    {
        if (options is not null)
        {
            return RealFeedsBench.Place(sets.Real, options);
        }

        var alone = new EmbeddingOnlyClusterer(only, span);
        return sets.Real.Select(r =>
        {
            var id = "e" + alone.Add(sets.Embeddings[r.Article], r.Article.Published).ToString(CultureInfo.InvariantCulture);
            return new RealFeedsBench.Placed(r, id, id);
        }).ToList();
    }

    /// <summary>Pairwise precision / recall / F1 on the 300 judged real-feeds pairs (bench/cluster/pairs; read while developing in session 4, so development data).</summary>
    private static string Pairs(Sets sets, StoryClustererOptions? options) =>
        options is null || sets.Real.Count == 0 || sets.BenchData is null
            ? ""
            : JudgedPairs.Rows(Path.Combine(sets.BenchData, "real-feeds-2020-05"), JudgedPairs.JudgedFile, options, 0.35).First()[1];

    /// <summary>Thresholds of the embedding alone on the development data only: gva-events development part and the real feeds' development part.</summary>
    private static void Sweep(Sets sets, StoryClustererOptions options)
    {
        Console.WriteLine("| variant | gva dev F1 (P / R) | real feeds dev: largest / p95 span d / > 3 d |");
        Console.WriteLine("|---|---|---|");
        void Row(string name, StoryClustererOptions? o, double only)
        {
            var s = Score(sets.GvaDev, sets.Embeddings, o, only, options.Window);
            var real = "";
            if (sets.Real.Count > 0)
            {
                var shape = RealFeedsBench.Measure(PlaceReal(sets, o, only, options.Window), DateTimeOffset.MinValue, RealFeedsStream.HeldOutFrom);
                real = $"{shape.Largest} / {shape.SpanP95Days:F1} / {shape.LongShare:P1}";
            }

            Console.WriteLine($"| {name} | {F(s.F1)} ({F(s.Precision)} / {F(s.Recall)}) | {real} |");
        }

        Row("lexical", options, 0);
        foreach (var only in new[] { 0.4, 0.5, 0.6, 0.7, 0.8 })
        {
            Row($"embedding alone {only}", null, only);
        }
    }

    /// <summary>What the signal costs: the model's load time and rate (each text alone, as at ingest), the process's memory with it, and the lexical clusterer's rate beside it.</summary>
    private static void Cost(Sets sets, StoryClustererOptions options)
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        using var encoder = new MiniLmEncoder();
        process.Refresh();
        var loaded = process.WorkingSet64;
        (double Wall, double Cpu) Time(Action action)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            watch.Stop();
            process.Refresh();
            return (watch.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
        }

        encoder.Encode([SemanticText.Of(sets.GvaDev[0].Article)]);
        var lede = sets.GvaDev.Take(TimedTexts).Select(a => SemanticText.Of(a.Article)).ToArray();
        var headlines = sets.Uci.Take(TimedTexts).Select(a => SemanticText.Of(a.Article)).ToArray();
        var ledeTime = Time(() => { foreach (var t in lede) { encoder.Encode([t]); } });
        var headlineTime = Time(() => { foreach (var t in headlines) { encoder.Encode([t]); } });
        process.Refresh();
        var peak = process.PeakWorkingSet64;

        var articles = sets.Real.Count > 0 ? sets.Real.Select(r => r.Article).ToList() : sets.GvaDev.Concat(sets.GvaHeld).Select(a => a.Article).ToList();
        var lexical = Time(() => { var c = new StoryClusterer(options); foreach (var a in articles) { c.Add(a); } });

        Console.WriteLine($"Cost (load average {load} at start; 2 cores shared; rates per CPU-second are the steadier figure):");
        Console.WriteLine();
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| model load (SentenceEncoder from the package's embedded ONNX), wall | {encoder.LoadTime.TotalSeconds:F1} s |");
        Console.WriteLine($"| working set before / after load / peak after {2 * TimedTexts} texts | {before / 1048576.0:F0} / {loaded / 1048576.0:F0} / {peak / 1048576.0:F0} MB |");
        Console.WriteLine($"| gva title + lede texts ({lede.Average(t => t.Split(' ').Length):F0} words), one at a time: per second wall / per CPU-second | {TimedTexts / ledeTime.Wall:F0} / {TimedTexts / ledeTime.Cpu:F0} |");
        Console.WriteLine($"| UCI headlines ({headlines.Average(t => t.Split(' ').Length):F0} words), one at a time: per second wall / per CPU-second | {TimedTexts / headlineTime.Wall:F0} / {TimedTexts / headlineTime.Cpu:F0} |");
        Console.WriteLine($"| clusterer on {(sets.Real.Count > 0 ? "the real feeds" : "gva-events")} ({articles.Count:N0} articles), lexical: articles/s wall / per CPU-second | {articles.Count / lexical.Wall:N0} / {articles.Count / lexical.Cpu:N0} |");
    }

    private static string F(double x) => x.ToString("F3", CultureInfo.InvariantCulture);
}
