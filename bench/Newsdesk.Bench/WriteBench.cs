using System.Diagnostics;
using Newsdesk.Writing;
using Newsdesk.Writing.Evaluation;

namespace Newsdesk.Bench;

/// <summary>
/// Writing quality on the Multi-News sample: ROUGE-1/2 F1 against the human summaries of the
/// extractive writer and of the lead baselines, in the same run, same tokenisation, same budget.
/// The story lint (<see cref="StoryLint"/>) runs over every story written; its counts are shown
/// for the development half of the clusters (the first half, read while designing) and the
/// held-out half apart. Usage: write CSV [--clusters N] [--words W] [--dump DIR] [--findings] [--datelines] [--show 3,7,10-19] [--compare 0-19]
/// (--real-feeds [FOLDER]: stories written from the real May 2020 feeds instead, see <see cref="RealFeedsWrite"/>; --findings prints every finding on standard error; --show prints those clusters' stories as Markdown on standard error; --compare prints those clusters' human summary, same-length lead and story side by side with their ROUGE; --dump writes each cluster's articles as DIR/cNNN.json, the input of `newsdesk write`).
/// </summary>
internal static class WriteBench
{
    /// <summary>Words of output scored per system (ours and the baselines are cut to it).</summary>
    private const int DefaultBudget = 250;

    public static int Run(string[] args)
    {
        if (Array.IndexOf(args, "--real-feeds") is var real and >= 0)
        {
            var folder = real + 1 < args.Length && !args[real + 1].StartsWith("--", StringComparison.Ordinal) ? args[real + 1]
                : Path.Combine(Path.GetDirectoryName(args[0]) ?? ".", "..", "real-feeds-2020-05");
            return RealFeedsWrite.Run(args, folder);
        }

        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: write VALIDATION.csv [--clusters N] [--words W]");
            return 2;
        }

        var max = Option(args, "--clusters", int.MaxValue);
        var show = Show(args);
        var compare = Show(args, "--compare");
        var budget = Option(args, "--words", DefaultBudget);
        var clusters = MultiNews.Read(args[0], max);
        if (DumpDirectory(args) is { } dump)
        {
            Dump(clusters, dump);
        }

        var lint = new List<IReadOnlyList<LintFinding>>();
        var gate = new Newsdesk.Verification.PublicationGate(new Newsdesk.Verification.Verifier());
        var writer = new ExtractiveWriter(new ExtractiveWriterOptions { TargetWords = budget });
        var systems = new Dictionary<string, List<(double R1, double R2)>>
        {
            ["lead-3 (first 3 sentences of the concatenated cluster)"] = [],
            [$"lead-{budget}w (first sentences of the concatenated cluster to {budget} words)"] = [],
            [$"centroid+MMR (plain: all sentences, TF-IDF centroid, MMR lambda {CentroidMmr.Lambda}, to {budget} words)"] = [],
            ["newsdesk extractive (lede + section sentences)"] = [],
            ["newsdesk extractive as published (after the verifier's gate): lede + section sentences"] = [],
            ["newsdesk extractive as published and read: headline, dateline, lede, subheads, sentences, bullets, key facts"] = [],
        };
        var names = systems.Keys.ToList();
        var lengths = names.ToDictionary(n => n, _ => new List<int>());
        var notWritten = new List<bool>();
        var clock = Stopwatch.StartNew();
        foreach (var cluster in clusters)
        {
            var reference = Rouge.Tokenise(cluster.Summary);
            var story = writer.WriteAsync(cluster.Articles, CancellationToken.None).GetAwaiter().GetResult();
            lint.Add(StoryLint.Check(story, cluster.Articles));
            notWritten.Add(StoryLint.NotWritten(story));
            if (show.Contains(cluster.Index))
            {
                Console.Error.WriteLine($"===== c{cluster.Index:D3}");
                Console.Error.WriteLine(Newsdesk.Writing.Rendering.StoryMarkdown.Render(story));
            }
            if (args.Contains("--facts"))
            {
                FactDump.Print($"c{cluster.Index:D3}", story, cluster.Articles);
            }

            if (args.Contains("--datelines"))
            {
                Console.Error.WriteLine($"c{cluster.Index:D3}\t{story.Dateline}\t{story.Headline}");
            }

            if (args.Contains("--findings"))
            {
                if (notWritten[^1])
                {
                    Console.Error.WriteLine($"c{cluster.Index:D3}\tNotWritten\t\t");
                }

                foreach (var finding in lint[^1])
                {
                    Console.Error.WriteLine($"c{cluster.Index:D3}\t{finding.Kind}\t{finding.Reason}\t{finding.Text}");
                }
            }
            var published = gate.Check(story, cluster.Articles).Story;
            var outputs = new[]
            {
                Lead.FirstSentences(cluster.Articles, 3),
                Lead.FirstWords(cluster.Articles, budget),
                CentroidMmr.Select(cluster.Articles, budget),
                string.Join(' ', ExtractiveWriter.Sentences(story)),
                published is null ? "" : string.Join(' ', ExtractiveWriter.Sentences(published)),
                published is null ? "" : AsRead(published),
            };
            for (var i = 0; i < outputs.Length; i++)
            {
                var all = Rouge.Tokenise(outputs[i]);
                var tokens = Rouge.Truncate(all, budget);
                lengths[names[i]].Add(all.Count);
                systems[names[i]].Add((Rouge.Score(tokens, reference, 1).F1, Rouge.Score(tokens, reference, 2).F1));
            }

            if (compare.Contains(cluster.Index))
            {
                Compare(cluster, story, outputs[1], names.Select(n => systems[n][^1]).ToList());
            }
        }

        var writeSeconds = clock.Elapsed.TotalSeconds;
        var half = (clusters.Count + 1) / 2;
        var parts = new (string Name, int Skip, int Take)[]
        {
            ($"all {clusters.Count}", 0, clusters.Count), ($"dev (first {half})", 0, half), ($"held out (last {clusters.Count - half})", half, clusters.Count - half),
        };
        Console.WriteLine($"Multi-News sample {Path.GetFileName(args[0])}: {clusters.Count} clusters, budget {budget} words, ROUGE F1 x100 (own implementation: lowercase alphanumeric tokens, Porter stems)");
        Console.WriteLine("Dev = the first half of the clusters, read while designing the writer; held out = the second half, not read.");
        Console.WriteLine();
        Console.WriteLine($"| system | {string.Join(" | ", parts.Select(p => $"R-1 / R-2 {p.Name}"))} | tokens before the cut (mean) |");
        Console.WriteLine($"|---|{string.Concat(parts.Select(_ => "---:|"))}---:|");
        foreach (var name in names)
        {
            var cells = parts.Select(p =>
            {
                var s = systems[name].Skip(p.Skip).Take(p.Take).ToList();
                return s.Count == 0 ? "-" : $"{100 * s.Average(x => x.R1):F2} / {100 * s.Average(x => x.R2):F2}";
            });
            Console.WriteLine($"| {name} | {string.Join(" | ", cells)} | {lengths[name].Average():F0} |");
        }

        Console.WriteLine("| published, full test set: LexRank / TextRank / MMR (R-1) | 38.3 / 38.4 / 38.8 | | | |");
        Console.WriteLine();
        PrintLint(lint, notWritten);
        Console.WriteLine($"(whole run {writeSeconds:F1} s, {1000 * writeSeconds / Math.Max(1, clusters.Count):F0} ms per cluster including scoring)");
        return 0;
    }

    /// <summary>
    /// Every word the reader gets, in reading order: headline, dateline, lede, each section's
    /// heading, paragraphs and bullets, the key-fact rows (label and value). The budget is spent
    /// on all of it, not only on the sentences.
    /// </summary>
    private static string AsRead(Story story) => string.Join(' ', new[] { story.Headline, story.Dateline, story.Lede }
        .Concat(story.Sections.SelectMany(s => s.Paragraphs.SelectMany(p => p).Concat(s.Bullets).Select(c => c.Text).Prepend(s.Heading)))
        .Concat(story.Facts.Select(f => $"{f.Label} {f.Value}"))
        .Where(t => t.Length > 0));

    /// <summary>Lint counts by kind: all clusters, the development half (first) and the held-out half (last).</summary>
    private static void PrintLint(List<IReadOnlyList<LintFinding>> lint, List<bool> notWritten)
    {
        var half = (lint.Count + 1) / 2;
        var parts = new (string Name, IEnumerable<IReadOnlyList<LintFinding>> Stories)[]
        {
            ($"all {lint.Count}", lint), ($"dev (first {half})", lint.Take(half)), ($"held out (last {lint.Count - half})", lint.Skip(half)),
        };
        var counts = parts.Select(p => StoryLint.Count(p.Stories.SelectMany(f => f))).ToList();
        Console.WriteLine();
        Console.WriteLine($"| story lint: findings (the goal is 0 of each kind) | {string.Join(" | ", parts.Select(p => p.Name))} |");
        Console.WriteLine($"|---|{string.Concat(parts.Select(_ => "---:|"))}");
        foreach (var kind in Enum.GetValues<LintKind>())
        {
            Console.WriteLine($"| {kind} | {string.Join(" | ", counts.Select(c => c[kind]))} |");
        }

        Console.WriteLine($"| stories with any finding | {string.Join(" | ", parts.Select(p => p.Stories.Count(f => f.Count > 0)))} |");
        var unwritten = new[] { notWritten, notWritten.Take(half), notWritten.Skip(half) };
        Console.WriteLine($"| stories not written (nothing a reader could take as a headline or a sentence: furniture, fragments; not linted) | {string.Join(" | ", unwritten.Select(u => u.Count(x => x)))} |");
        Console.WriteLine();
    }

    /// <summary>
    /// A cluster side by side on standard error (--compare 0-19): the human summary, the same-length
    /// lead and our story (Markdown), each system's ROUGE-1/2 on it, and each article's opening.
    /// </summary>
    private static void Compare(MultiNewsCluster cluster, Story story, string lead, List<(double R1, double R2)> scores)
    {
        Console.Error.WriteLine($"===== c{cluster.Index:D3}  R-1/R-2 lead-3 {Pair(scores[0])}, lead {Pair(scores[1])}, centroid+MMR {Pair(scores[2])}, ours {Pair(scores[3])} ({Rouge.Tokenise(string.Join(' ', ExtractiveWriter.Sentences(story))).Count} tokens)");
        Console.Error.WriteLine("--- human summary");
        Console.Error.WriteLine(cluster.Summary);
        Console.Error.WriteLine("--- articles (first 300 characters)");
        foreach (var article in cluster.Articles)
        {
            Console.Error.WriteLine($"[{article.Id}] {article.Text[..Math.Min(300, article.Text.Length)].ReplaceLineEndings(" ")}");
        }

        Console.Error.WriteLine("--- same-length lead");
        Console.Error.WriteLine(lead);
        Console.Error.WriteLine("--- ours");
        Console.Error.WriteLine(Newsdesk.Writing.Rendering.StoryMarkdown.Render(story));

        static string Pair((double R1, double R2) s) => $"{100 * s.R1:F1}/{100 * s.R2:F1}";
    }

    /// <summary>Clusters whose story to print as Markdown on standard error: --show 3,7,18 (or --show 0-19).</summary>
    private static HashSet<int> Show(string[] args, string option = "--show")
    {
        var at = Array.IndexOf(args, option);
        var shown = new HashSet<int>();
        if (at < 0 || at + 1 >= args.Length)
        {
            return shown;
        }

        foreach (var part in args[at + 1].Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var range = part.Split('-');
            if (range.Length == 2 && int.TryParse(range[0], out var from) && int.TryParse(range[1], out var to))
            {
                shown.UnionWith(Enumerable.Range(from, Math.Max(0, to - from + 1)));
            }
            else if (int.TryParse(part, out var one))
            {
                shown.Add(one);
            }
        }

        return shown;
    }

    private static string? DumpDirectory(string[] args)
    {
        var at = Array.IndexOf(args, "--dump");
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>Each cluster's articles as the input of `newsdesk write` ({"articles":[...]}).</summary>
    private static void Dump(List<MultiNewsCluster> clusters, string directory)
    {
        Directory.CreateDirectory(directory);
        var json = new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase, WriteIndented = false };
        foreach (var cluster in clusters)
        {
            var articles = cluster.Articles.Select(a => new { a.Id, a.Url, a.Source, a.Title, a.Text, a.Published });
            File.WriteAllText(Path.Combine(directory, $"c{cluster.Index:D3}.json"), System.Text.Json.JsonSerializer.Serialize(new { articles }, json));
            File.WriteAllText(Path.Combine(directory, $"c{cluster.Index:D3}.summary.txt"), cluster.Summary);
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }
}
