using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Stories;

namespace Newsdesk.Bench;

/// <summary>
/// The judged joins of bench/cluster/joins (issue #14, session 16): joins the clusterer made on the real May 2020
/// feeds that no shared name held (the article or the story's core names no one and nowhere), each as the joining
/// article and the first article of the story it joined, judged "same happening" or not (rules in
/// bench/cluster/joins/README.md). <c>--joins-sample N</c> draws them (the N with the smallest FNV-1a hash of the two
/// links, among the nameless joins of an article with text under the clear-join similarity) and prints them unjudged;
/// <c>--joins-score</c> reads the judged file and prints, per part, how many judged pairs the run keeps in one story.
/// </summary>
internal static partial class JudgedJoins
{
    /// <summary>The judged file, relative to the repository root.</summary>
    public const string JudgedFile = "bench/cluster/joins/judged.tsv";

    [GeneratedRegex(@"sim (?<sim>[\d.]+) .*empty (?<empty>\d\d)")]
    private static partial Regex Note();

    public static void Sample(string folder, StoryClustererOptions options, int count)
    {
        var stream = RealFeedsStream.Load(folder);
        var clusterer = new StoryClusterer(options) { Explaining = true };
        var first = new Dictionary<string, RealFeedsStream.Arrival>(StringComparer.Ordinal);
        var chosen = new SortedList<ulong, (RealFeedsStream.Arrival Article, RealFeedsStream.Arrival First, string Note)>();
        foreach (var arrival in stream)
        {
            var placed = clusterer.Add(arrival.Article);
            if (placed.IsNewStory)
            {
                first.TryAdd(placed.StoryId, arrival);
                continue;
            }

            if (string.IsNullOrWhiteSpace(arrival.Article.Text) || clusterer.LastJoinNote is not { } note || Note().Match(note) is not { Success: true } m
                || m.Groups["empty"].Value == "00" || double.Parse(m.Groups["sim"].Value, CultureInfo.InvariantCulture) >= options.ClearJoinThreshold
                || !first.TryGetValue(placed.StoryId, out var earlier))
            {
                continue;
            }

            chosen.TryAdd(JudgedPairs.Fnv(JudgedPairs.Key(arrival) + "\n" + JudgedPairs.Key(earlier)), (arrival, earlier, note));
            if (chosen.Count > count)
            {
                chosen.RemoveAt(chosen.Count - 1);
            }
        }

        Console.WriteLine("part\toutlet_a\tlink_a\toutlet_b\tlink_b\tsame");
        foreach (var (article, earlier, note) in chosen.Values)
        {
            var part = earlier.Captured >= RealFeedsStream.HeldOutFrom ? "held-out" : "dev";
            Console.WriteLine($"{part}\t{article.Article.Source}\t{article.Article.Url}\t{earlier.Article.Source}\t{earlier.Article.Url}\t?");
            Console.Error.WriteLine($"## {part} {note}");
            Console.Error.WriteLine($"A {JudgedPairs.Show(article)}");
            Console.Error.WriteLine($"B {JudgedPairs.Show(earlier)}");
        }
    }

    /// <summary>Rows: per part, judged pairs the run still finds in the stream, how many it keeps in one story, and how many of those are right.</summary>
    public static IEnumerable<string[]> Rows(string folder, StoryClustererOptions options)
    {
        var judged = File.ReadLines(JudgedFile).Skip(1)
            .Select(l => l.Split('\t'))
            .Where(c => c.Length >= 6 && c[5] is "yes" or "no")
            .Select(c => (Part: c[0], A: c[1] + " " + JudgedPairs.Link(c[2]), B: c[3] + " " + JudgedPairs.Link(c[4]), Same: c[5] == "yes"))
            .ToList();
        var placed = RealFeedsBench.Place(RealFeedsStream.Load(folder), options);
        var story = placed.ToDictionary(p => JudgedPairs.Key(p.Arrival), p => p.Story, StringComparer.Ordinal);
        foreach (var part in new[] { "dev", "held-out" })
        {
            var mine = judged.Where(p => p.Part == part && story.ContainsKey(p.A) && story.ContainsKey(p.B)).ToList();
            var together = mine.Where(p => story[p.A] == story[p.B]).ToList();
            var right = mine.Count(p => p.Same);
            var kept = together.Count(p => p.Same);
            yield return
            [
                $"judged nameless joins, {part}: {mine.Count} pairs, {right} same happening; kept together (right / all), P / R",
                $"{kept} / {together.Count}, {F(together.Count == 0 ? 0 : kept / (double)together.Count)} / {F(right == 0 ? 0 : kept / (double)right)}",
                "", "",
            ];
        }
    }

    private static string F(double x) => x.ToString("F3", CultureInfo.InvariantCulture);
}
