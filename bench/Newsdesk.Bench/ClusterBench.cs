using System.Diagnostics;
using System.Globalization;
using Newsdesk.Stories;

namespace Newsdesk.Bench;

/// <summary>
/// `Newsdesk.Bench cluster [DATA_DIR] [--quality | --speed [--profile] | --placements FILE] [--sweep] [--articles N] [--set Name=value ...]`:
/// B-cubed quality of StoryClusterer and of a plain one-pass TF-IDF cosine baseline on the
/// uci-news-clusters headlines (all, and each half of the stories), and a scale test on a
/// synthetic stream. Prints one Markdown table.
/// </summary>
internal static class ClusterBench
{
    private const int ScaleArticles = 200_000;
    private const int Slice = 10_000;
    private static readonly double[] BaselineThresholds = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];

    /// <summary>The baseline's threshold on the judged pairs: its best on the gva-events development part (the pairs are not used to choose it).</summary>
    private const double PairsBaselineThreshold = 0.35;

    public static int Run(string[] args)
    {
        var data = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !a.Contains('=', StringComparison.Ordinal))
            ?? Path.Combine("..", "shared", "bench-data", "uci-news-clusters");
        var options = ApplySettings(new StoryClustererOptions(), args);
        var articles = ArgValue(args, "--articles") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : ScaleArticles;
        var csv = Path.Combine(data, "headlines.csv");
        if (!File.Exists(csv))
        {
            Console.Error.WriteLine($"cluster bench: {csv} not found");
            return 1;
        }

        var benchData = Path.GetDirectoryName(Path.GetFullPath(data).TrimEnd('/'))!;
        if (ArgValue(args, "--failures") is { } failures)
        {
            var on = ArgValue(args, "--on") ?? "gva-dev";
            var items = on == "giveme"
                ? EventSets.Giveme(Path.Combine(benchData, "giveme5w1h-events"))
                : EventSets.Gva(Path.Combine(benchData, "gva-events"), EventSets.Part.Dev);
            EventBench.PrintFailures(items, options, int.Parse(failures, CultureInfo.InvariantCulture));
            return 0;
        }

        if (args.Contains("--semantic"))
        {
            return SemanticBench.Run(benchData, options, args);
        }

        if (ArgValue(args, "--misses") is { } misses)
        {
            MissedJoins.Run(EventSets.Gva(Path.Combine(benchData, "gva-events"), args.Contains("--held-out") ? EventSets.Part.HeldOut : EventSets.Part.Dev), options, int.Parse(misses, CultureInfo.InvariantCulture));
            return 0;
        }

        if (args.Contains("--pairs"))
        {
            PairAnalysis.Run(EventSets.Gva(Path.Combine(benchData, "gva-events"), EventSets.Part.Dev), options, 7);
            return 0;
        }

        if (args.Contains("--threads"))
        {
            PrintTable(ThreadRows(benchData, options, args.Contains("--dev"), args.Contains("--show")).ToList());
            return 0;
        }

        if (ArgValue(args, "--pairs-sample") is { } sample)
        {
            JudgedPairs.Sample(Path.Combine(benchData, "real-feeds-2020-05"), int.Parse(sample, CultureInfo.InvariantCulture));
            return 0;
        }

        if (ArgValue(args, "--links-sample") is { } linkSample)
        {
            ThreadLinks.Sample(Path.Combine(benchData, "real-feeds-2020-05"), options, int.Parse(linkSample, CultureInfo.InvariantCulture));
            return 0;
        }

        if (args.Contains("--links-why"))
        {
            ThreadLinks.Why(Path.Combine(benchData, "real-feeds-2020-05"), options, args.Contains("--held-out"));
            return 0;
        }

        if (ArgValue(args, "--links-threads") is { } threadCount)
        {
            ThreadLinks.Threads(Path.Combine(benchData, "real-feeds-2020-05"), options, int.Parse(threadCount, CultureInfo.InvariantCulture), args.Contains("--held-out"));
            return 0;
        }

        if (args.Contains("--links-semantic"))
        {
            ThreadLinks.Semantic(Path.Combine(benchData, "real-feeds-2020-05"), options, args.Contains("--show"));
            return 0;
        }

        if (ArgValue(args, "--joins-sample") is { } joinSample)
        {
            JudgedJoins.Sample(Path.Combine(benchData, "real-feeds-2020-05"), options, int.Parse(joinSample, CultureInfo.InvariantCulture));
            return 0;
        }

        if (args.Contains("--joins-score"))
        {
            PrintTable(JudgedJoins.Rows(Path.Combine(benchData, "real-feeds-2020-05"), options).ToList());
            return 0;
        }

        if (args.Contains("--links-score"))
        {
            PrintTable(ThreadLinks.Rows(Path.Combine(benchData, "real-feeds-2020-05"), options).ToList());
            return 0;
        }

        if (args.Contains("--pairs-score"))
        {
            PrintTable(JudgedPairs.Rows(Path.Combine(benchData, "real-feeds-2020-05"), JudgedPairs.JudgedFile, options, PairsBaselineThreshold, args.Contains("--show")).ToList());
            return 0;
        }

        if (args.Contains("--join-dump"))
        {
            JoinDump.Run(benchData, options);
            return 0;
        }

        if (ArgValue(args, "--realfeeds-why") is { } why)
        {
            RealFeedsWhy.Print(Path.Combine(benchData, "real-feeds-2020-05"), options, int.Parse(why, CultureInfo.InvariantCulture));
            return 0;
        }

        if (args.Contains("--realfeeds"))
        {
            var show = ArgValue(args, "--show") is { } n2 ? int.Parse(n2, CultureInfo.InvariantCulture) : 0;
            PrintTable(RealFeedsBench.Rows(Path.Combine(benchData, "real-feeds-2020-05"), options, show).ToList());
            return 0;
        }

        if (args.Contains("--events"))
        {
            PrintTable(EventRows(benchData, options, args.Contains("--dev")).ToList());
            return 0;
        }

        if (ArgValue(args, "--placements") is { } placements)
        {
            Placements.Write(benchData, csv, options, placements);
            return 0;
        }

        if (args.Contains("--speed"))
        {
            PrintTable(Scale(options, articles, args.Contains("--profile")).ToList());
            return 0;
        }

        var uci = UciHeadlines.Load(csv);
        if (args.Contains("--sweep"))
        {
            return Sweep(uci);
        }

        var rows = new List<string[]>();
        var ours = Quality(uci, options);
        var (baseline, threshold) = BaselineQuality(uci);
        rows.Add(["uci-news-clusters B-cubed F1 (all stories)", F(ours.All.F1), F(baseline.All.F1), Ratio(ours.All.F1, baseline.All.F1)]);
        rows.Add(["  precision / recall", $"{F(ours.All.Precision)} / {F(ours.All.Recall)}", $"{F(baseline.All.Precision)} / {F(baseline.All.Recall)}", ""]);
        rows.Add(["  F1, half 0 of the stories", F(ours.Half0.F1), F(baseline.Half0.F1), Ratio(ours.Half0.F1, baseline.Half0.F1)]);
        rows.Add(["  F1, half 1 of the stories", F(ours.Half1.F1), F(baseline.Half1.F1), Ratio(ours.Half1.F1, baseline.Half1.F1)]);
        rows.Add(["  stories found (gold: " + uci.Select(a => a.Story).Distinct().Count() + ")", ours.Stories.ToString(CultureInfo.InvariantCulture), baseline.Stories.ToString(CultureInfo.InvariantCulture), ""]);
        rows.Add(["  articles/s (" + uci.Count + " headlines)", N(ours.PerSecond), N(baseline.PerSecond), Ratio(ours.PerSecond, baseline.PerSecond)]);
        rows.AddRange(EventRows(benchData, options, devOnly: false));
        rows.AddRange(RealFeedsBench.Rows(Path.Combine(benchData, "real-feeds-2020-05"), options, show: 0));
        if (!args.Contains("--quality"))
        {
            rows.AddRange(Scale(options, articles));
        }

        Console.WriteLine($"Baseline: plain one-pass TF-IDF cosine, best threshold of {string.Join(", ", BaselineThresholds)} = {threshold} (chosen on the whole set, generous to it).");
        Console.WriteLine();
        Console.WriteLine("| measure | StoryClusterer | TF-IDF baseline | ratio |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var row in rows)
        {
            Console.WriteLine("| " + string.Join(" | ", row) + " |");
        }

        return 0;
    }

    /// <summary>Rows for the labelled event sets: ours beside the TF-IDF baseline (3-day window, threshold chosen on the development part).</summary>
    private static IEnumerable<string[]> EventRows(string benchData, StoryClustererOptions options, bool devOnly)
    {
        var gva = Path.Combine(benchData, "gva-events");
        var dev = EventSets.Gva(gva, EventSets.Part.Dev);
        var sets = new List<(string Name, List<LabelledArticle> Items)> { ("gva-events, development part (tuned on)", dev) };
        if (!devOnly)
        {
            sets.Add(("gva-events, held-out part (scored only)", EventSets.Gva(gva, EventSets.Part.HeldOut)));
            sets.Add(("gva-events, whole file", EventSets.Gva(gva)));
            sets.Add(("giveme5w1h-events (not tuned on)", EventSets.Giveme(Path.Combine(benchData, "giveme5w1h-events"))));
        }

        foreach (var (name, items) in sets)
        {
            var ours = EventBench.Ours(items, options);
            var threshold = EventBench.BestBaselineThreshold(items, EventBench.BaselineWindow);
            var baseline = EventBench.Baseline(items, threshold, EventBench.BaselineWindow);
            var events = items.Select(a => a.Story).Distinct().Count();
            yield return [$"{name}: {items.Count} articles, {events} events, B-cubed F1 (baseline threshold {threshold})", F(ours.Score.F1), F(baseline.Score.F1), Ratio(ours.Score.F1, baseline.Score.F1)];
            yield return ["  precision / recall", $"{F(ours.Score.Precision)} / {F(ours.Score.Recall)}", $"{F(baseline.Score.Precision)} / {F(baseline.Score.Recall)}", ""];
            yield return ["  stories found / largest story", $"{ours.Stories} / {ours.Largest}", $"{baseline.Stories} / {baseline.Largest}", ""];
        }

        yield return ["  (baseline: one-pass TF-IDF, 3-day window, its best threshold on each set: generous to it)", "", "", ""];
    }

    /// <summary>Rows for threads on the labelled event sets: stories and threads as clusters of events, and each link judged.</summary>
    private static IEnumerable<string[]> ThreadRows(string benchData, StoryClustererOptions options, bool devOnly, bool show)
    {
        var gva = Path.Combine(benchData, "gva-events");
        var sets = new List<(string Name, List<LabelledArticle> Items)> { ("gva-events, development part (tuned on)", EventSets.Gva(gva, EventSets.Part.Dev)) };
        if (!devOnly)
        {
            sets.Add(("gva-events, held-out part (scored only)", EventSets.Gva(gva, EventSets.Part.HeldOut)));
            sets.Add(("gva-events, whole file", EventSets.Gva(gva)));
            sets.Add(("giveme5w1h-events (not tuned on)", EventSets.Giveme(Path.Combine(benchData, "giveme5w1h-events"))));
        }

        foreach (var (name, items) in sets)
        {
            var r = ThreadBench.Measure(items, options, show ? Console.WriteLine : null);
            yield return [$"{name}: B-cubed F1 of stories / of threads", F(r.Stories.F1), F(r.Threads.F1), ""];
            yield return ["  precision / recall, stories / threads", $"{F(r.Stories.Precision)} / {F(r.Stories.Recall)}", $"{F(r.Threads.Precision)} / {F(r.Threads.Recall)}", ""];
            yield return ["  thread links made / right (earlier story holds the event)", $"{r.Links} / {r.RightLinks}", r.Links == 0 ? "" : F(r.RightLinks / (double)r.Links), ""];
            yield return ["  new stories whose event an earlier story holds / linked to one", $"{r.Opportunities} / {r.FoundOpportunities}", r.Opportunities == 0 ? "" : F(r.FoundOpportunities / (double)r.Opportunities), ""];
            yield return ["  events split over several stories / all in one thread", $"{r.SplitEvents} / {r.ReunitedEvents}", r.SplitEvents == 0 ? "" : F(r.ReunitedEvents / (double)r.SplitEvents), ""];
            yield return ["  threads / holding more than one event / largest", $"{r.ThreadCount} / {r.MixedThreads} / {r.LargestThread}", "", ""];
        }
    }

    private static void PrintTable(List<string[]> rows)
    {
        Console.WriteLine("| measure | StoryClusterer | TF-IDF baseline | ratio |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var row in rows)
        {
            Console.WriteLine("| " + string.Join(" | ", row) + " |");
        }
    }

    private sealed record QualityResult(BCubedScore All, BCubedScore Half0, BCubedScore Half1, int Stories, double PerSecond);

    private static QualityResult Quality(List<LabelledArticle> uci, StoryClustererOptions options) =>
        Score(uci, () =>
        {
            var clusterer = new StoryClusterer(options);
            return a => clusterer.Add(a).StoryId;
        });

    private static (QualityResult Result, double Threshold) BaselineQuality(List<LabelledArticle> uci) =>
        BaselineThresholds
            .Select(t => (Score(uci, () =>
            {
                var baseline = new TfIdfBaseline(t);
                return a => baseline.Add(a).ToString(CultureInfo.InvariantCulture);
            }), t))
            .MaxBy(r => r.Item1.All.F1);

    /// <summary>
    /// Runs a fresh clusterer over all the stories, then over each half on its own. The timed run
    /// comes after one untimed run of the same clusterer over the same set, so neither side pays for
    /// the JIT (the first measurement of the headline speed ran ours cold and did not reproduce).
    /// </summary>
    private static QualityResult Score(List<LabelledArticle> uci, Func<Func<Newsdesk.Articles.Article, string>> make)
    {
        Run(uci, make());
        var watch = Stopwatch.StartNew();
        var all = Run(uci, make());
        var seconds = watch.Elapsed.TotalSeconds;
        var half0 = Run(uci.Where(a => UciHeadlines.Half(a.Story) == 0).ToList(), make());
        var half1 = Run(uci.Where(a => UciHeadlines.Half(a.Story) == 1).ToList(), make());
        return new QualityResult(all.Score, half0.Score, half1.Score, all.Stories, uci.Count / seconds);
    }

    private static (BCubedScore Score, int Stories) Run(List<LabelledArticle> items, Func<Newsdesk.Articles.Article, string> place)
    {
        var predicted = items.Select(a => place(a.Article)).ToList();
        return (BCubed.Score(predicted, items.Select(a => a.Story).ToList()), predicted.Distinct().Count());
    }

    private static IEnumerable<string[]> Scale(StoryClustererOptions options, int count, bool profile = false)
    {
        var stream = new SyntheticStream(count, TimeSpan.FromDays(60));
        var clusterer = new StoryClusterer(options) { Stages = profile ? new StageTimes() : null };
        var allocated = 0L;
        var predicted = new List<string>(count);
        var gold = new List<string>(count);
        var chunk = new List<Newsdesk.Articles.Article>(Slice);
        var slices = new List<(double Wall, double Cpu, int Articles)>();
        using var process = Process.GetCurrentProcess();
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

        // Articles are generated a slice at a time outside the timed region, then clustered.
        void Cluster()
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            foreach (var article in chunk)
            {
                predicted.Add(clusterer.Add(article).StoryId);
            }

            watch.Stop();
            allocated += GC.GetAllocatedBytesForCurrentThread() - bytes;
            process.Refresh();
            slices.Add((watch.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds, chunk.Count));
            chunk.Clear();
        }

        foreach (var (article, ev) in stream.Articles())
        {
            chunk.Add(article);
            gold.Add(ev.ToString(CultureInfo.InvariantCulture));
            if (chunk.Count == Slice)
            {
                Cluster();
            }
        }

        if (chunk.Count > 0)
        {
            Cluster();
        }

        var score = BCubed.Score(predicted, gold);
        var wall = slices.Sum(s => s.Wall);
        var cpuTotal = slices.Sum(s => s.Cpu);
        var (first, last) = (slices[0], slices[^1]);
        double Us(double seconds, int n) => seconds / n * 1e6;
        var gc = GC.GetGCMemoryInfo();
        process.Refresh();
        var stages = new List<string[]>();
        if (clusterer.Stages is { } times)
        {
            foreach (var stage in Enum.GetValues<StageTimes.Stage>())
            {
                stages.Add([$"    stage {stage}: µs per article (wall) / share of clustering wall time", $"{times[stage].TotalSeconds / count * 1e6:F0}", $"{times[stage].TotalSeconds / wall:P0}", ""]);
            }
        }

        return
        [
            [$"synthetic stream: {count:N0} articles of ~2 KB over 60 days: articles/s (wall clock; load average {load} at start)", N(count / wall), "n/a (all-pairs)", ""],
            ["  articles per CPU-second (process CPU time, GC included)", N(count / cpuTotal), "", ""],
            ["  µs per article, first / last 10,000 (wall)", $"{Us(first.Wall, first.Articles):F0} / {Us(last.Wall, last.Articles):F0}", "", $"last/first {last.Wall / last.Articles / (first.Wall / first.Articles):F2}"],
            ["  µs CPU per article, first / last 10,000", $"{Us(first.Cpu, first.Articles):F0} / {Us(last.Cpu, last.Articles):F0}", "", $"last/first {last.Cpu / last.Articles / (first.Cpu / first.Articles):F2}"],
            ["  open stories at end / indexed terms", $"{clusterer.OpenStories:N0} / {clusterer.IndexedTerms:N0}", "", ""],
            ["  peak working set / GC heap after run", $"{process.PeakWorkingSet64 / 1048576.0:F0} MB / {gc.HeapSizeBytes / 1048576.0:F0} MB", "", ""],
            ["  B-cubed F1 against the generated events (P / R)", $"{F(score.F1)} ({F(score.Precision)} / {F(score.Recall)})", "", ""],
            ["  merges logged", clusterer.MergeLog.Count.ToString(CultureInfo.InvariantCulture), "", ""],
            ["  KB allocated per article", $"{allocated / 1024.0 / count:F1}", "", ""],
            .. stages,
        ];
    }

    /// <summary>Calibration: the gate figure on each half over a grid of the main thresholds.</summary>
    private static int Sweep(List<LabelledArticle> uci)
    {
        Console.WriteLine("| join | neighbour | title | merge | half-life h | F1 all | half 0 | half 1 |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var join in new[] { 0.05, 0.07, 0.1, 0.12 })
        {
            foreach (var share in new[] { 0.3, 0.5, 0.7 })
            {
                foreach (var entity in new[] { 0.25, 0.4, 0.6 })
                {
                    foreach (var hl in new[] { 6.0, 24.0, 1000.0 })
                    {
                        var o = new StoryClustererOptions { HeadlineJoinThreshold = join, NeighbourShare = share, MergeThreshold = Math.Max(join, entity), SimilarityHalfLife = TimeSpan.FromHours(hl) };
                        var q = Quality(uci, o);
                        Console.WriteLine($"| {join} | {share} | {o.TitleWeight} | {o.MergeThreshold} | {hl} | {F(q.All.F1)} | {F(q.Half0.F1)} | {F(q.Half1.F1)} |");
                    }
                }
            }
        }

        return 0;
    }

    private static StoryClustererOptions ApplySettings(StoryClustererOptions o, string[] args)
    {
        foreach (var arg in args.Where(a => a.Contains('=', StringComparison.Ordinal) && !a.StartsWith("--", StringComparison.Ordinal)))
        {
            var (name, value) = (arg[..arg.IndexOf('=', StringComparison.Ordinal)], double.Parse(arg[(arg.IndexOf('=', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture));
            o = name switch
            {
                "join" => o with { JoinThreshold = value },
                "headlineJoin" => o with { HeadlineJoinThreshold = value },
                "merge" => o with { MergeThreshold = value },
                "centroidMerge" => o with { CentroidMergeThreshold = value },
                "halfLifeHours" => o with { SimilarityHalfLife = TimeSpan.FromHours(value) },
                "title" => o with { TitleWeight = value },
                "lede" => o with { LedeWeight = value },
                "entity" => o with { EntityBoost = value },
                "neighbour" => o with { NeighbourShare = value },
                "windowHours" => o with { Window = TimeSpan.FromHours(value) },
                "windowDays" => o with { Window = TimeSpan.FromDays(value) },
                "core" => o with { CoreArticles = (int)value },
                "coreTerms" => o with { CoreTerms = (int)value },
                "names" => o with { NameAgreement = value },
                "settledHours" => o with { SettledAfter = TimeSpan.FromHours(value) },
                "lateJoin" => o with { LateJoinThreshold = value },
                "specificShare" => o with { SpecificNameShare = value },
                "specificFloor" => o with { SpecificNameFloor = value },
                "floor" => o with { FullTextDecayFloor = value },
                "threadDays" => o with { ThreadHorizon = TimeSpan.FromDays(value) },
                "threadNames" => o with { ThreadNameAgreement = value },
                "threadText" => o with { ThreadTextAgreement = value },
                "threadScore" => o with { ThreadAgreement = value },
                "threadTopic" => o with { ThreadTopicAgreement = value },
                "threadAnchorTopic" => o with { ThreadSingleAnchorTopic = value },
                "threadNameWords" => o with { ThreadTopicSkipsNameWords = value != 0 },
                "threadRepeated" => o with { ThreadSkipsRepeatedLines = value != 0 },
                "repeatedItems" => o with { RepeatedLineItems = (int)value },
                "threadNamesAgree" => o with { ThreadNamesMustAgree = value != 0 },
                "threadAnchorsAll" => o with { ThreadAnchorsReadAll = value != 0 },
                "threadHappening" => o with { ThreadOneNameHappening = value },
                "threadFirstArticle" => o with { ThreadFirstArticleAgrees = value != 0 },
                "threadMonths" => o with { ThreadMonthsAreNoNames = value != 0 },
                "rareNameTopic" => o with { RareNameTopicFloor = value },
                "rareNameIncidents" => o with { RareNameTopicOnIncidents = value != 0 },
                "oneNameHappening" => o with { OneNameHappening = value },
                "oneNamePlaces" => o with { OneNameHappeningHoldsPlaces = value != 0 },
                "threadSharedNameWords" => o with { ThreadTopicSkipsSharedNameWords = value != 0 },
                "leadingNames" => o with { LeadingNamePartsAreNames = value != 0 },
                "threads" => o with { LinkThreads = value != 0 },
                "threadPlaces" => o with { ThreadNeedsMoreThanAPlace = value != 0 },
                "placeJoin" => o with { PlaceJoinThreshold = value },
                "anchorTopic" => o with { SingleAnchorTopicAgreement = value },
                "nameless" => o with { NamelessJoinThreshold = value },
                "joinNamesAgree" => o with { JoinNamesMustAgree = value != 0 },
                "joinTowns" => o with { JoinTownsMustAgree = value != 0 },
                "joinTimes" => o with { JoinTimesMustAgree = value != 0 },
                "namesAsWritten" => o with { JoinNamesAsWritten = value != 0 },
                "joinMagnitudes" => o with { JoinMagnitudesMustAgree = value != 0 },
                "recurring" => o with { RecurringNameDocuments = value },
                "recurringDays" => o with { RecurringHalfLife = TimeSpan.FromDays(value) },
                "settledIncident" => o with { SettledNeedsIncidentName = value != 0 },
                "incidentStories" => o with { IncidentNameStories = (int)value },
                "incidentDocs" => o with { IncidentNameDocuments = value },
                "incidentNames" => o with { IncidentNameAgrees = value != 0 },
                "incidentHeadline" => o with { IncidentHeadlineDecay = value != 0 },
                "queryTerms" => o with { QueryTerms = (int)value },
                "queryNames" => o with { QueryNames = (int)value },
                "indexTerms" => o with { IndexTerms = (int)value },
                "indexNames" => o with { IndexNames = (int)value },
                "only" => o, // --semantic's threshold (SemanticBench reads it)
                _ => throw new ArgumentException("unknown setting " + name),
            };
        }

        return o;
    }

    private static string? ArgValue(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string F(double x) => x.ToString("F3", CultureInfo.InvariantCulture);

    private static string N(double x) => x.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ratio(double a, double b) => b > 0 ? (a / b).ToString("F2", CultureInfo.InvariantCulture) + "x" : "";
}
