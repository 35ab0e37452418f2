using System.Diagnostics;
using System.Globalization;
using Newsdesk.Articles;
using Newsdesk.Stories;

namespace Newsdesk.Bench;

/// <summary>
/// Event-level quality (issue #14): StoryClusterer beside the one-pass TF-IDF baseline (3-day
/// window) on gva-events (development and held-out parts, and the whole file) and giveme5w1h-events.
/// Also prints the wrong merges and splits of a run for reading (<c>--failures N</c>).
/// </summary>
internal static class EventBench
{
    /// <summary>Thresholds tried for the baseline; the best on the development part is used everywhere (generous to it).</summary>
    public static readonly double[] BaselineThresholds = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6];

    /// <summary>The baseline's window, as issue #14 measured it.</summary>
    public static readonly TimeSpan BaselineWindow = TimeSpan.FromDays(3);

    public sealed record Result(BCubedScore Score, int Stories, int Largest, double PerSecond);

    public static Result Ours(List<LabelledArticle> items, StoryClustererOptions options)
    {
        var clusterer = new StoryClusterer(options);
        return Measure(items, a => clusterer.Add(a).StoryId);
    }

    public static Result Baseline(List<LabelledArticle> items, double threshold, TimeSpan? window)
    {
        var baseline = new TfIdfBaseline(threshold, window);
        return Measure(items, a => baseline.Add(a).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The baseline threshold that scores best on the given (development) items.</summary>
    public static double BestBaselineThreshold(List<LabelledArticle> items, TimeSpan? window) =>
        BaselineThresholds.MaxBy(t => Baseline(items, t, window).Score.F1);

    public static Result Measure(List<LabelledArticle> items, Func<Article, string> place)
    {
        var watch = Stopwatch.StartNew();
        var predicted = items.Select(a => place(a.Article)).ToList();
        var seconds = watch.Elapsed.TotalSeconds;
        var sizes = predicted.GroupBy(p => p, StringComparer.Ordinal).Select(g => g.Count()).ToList();
        return new Result(BCubed.Score(predicted, items.Select(a => a.Story).ToList()), sizes.Count, sizes.Max(), items.Count / seconds);
    }

    /// <summary>Prints up to <paramref name="count"/> wrong merges (predicted stories holding several events) and as many wrong splits.</summary>
    public static void PrintFailures(List<LabelledArticle> items, StoryClustererOptions options, int count)
    {
        var clusterer = new StoryClusterer(options);
        var probe = new ArticleFeatures(options, new StreamVocabulary());
        var terms = new Dictionary<LabelledArticle, string>();
        var rows = items.Select(a =>
        {
            var p = probe.Profile(a.Article);
            terms[a] = string.Join(' ', p.Vector.Terms.Take(14).Select(t => t.Key + (p.Names.Lookup.ContainsKey(t.Key) ? "*" : "")));
            return (Item: a, Placed: clusterer.Add(a.Article));
        }).ToList();
        string Line(LabelledArticle a, ClusterAssignment p) =>
            $"  {a.Article.Published:yyyy-MM-dd} gold {a.Story,-10} story {p.StoryId,-6} {(p.IsNewStory ? "new " : p.Score.ToString("F2", CultureInfo.InvariantCulture))} {Clip(a.Article.Title, 100)}"
            + (Environment.GetEnvironmentVariable("TERMS") is null ? "" : "\n        " + terms[a]);

        Console.WriteLine($"## Wrong merges (stories holding more than one event), first {count}");
        foreach (var story in rows.GroupBy(r => r.Placed.StoryId, StringComparer.Ordinal)
            .Where(g => g.Select(r => r.Item.Story).Distinct().Count() > 1)
            .Take(count))
        {
            Console.WriteLine($"- story {story.Key}: {story.Count()} articles, {story.Select(r => r.Item.Story).Distinct().Count()} events");
            foreach (var (item, placed) in story.Take(12))
            {
                Console.WriteLine(Line(item, placed));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"## Wrong splits (events spread over several stories, all within the story span), first {count}");
        foreach (var ev in rows.GroupBy(r => r.Item.Story, StringComparer.Ordinal)
            .Where(g => g.Select(r => r.Placed.StoryId).Distinct().Count() > 1)
            .Where(g => g.Max(r => r.Item.Article.Published) - g.Min(r => r.Item.Article.Published) <= options.Window)
            .Take(count))
        {
            Console.WriteLine($"- event {ev.Key}: {ev.Count()} articles in {ev.Select(r => r.Placed.StoryId).Distinct().Count()} stories");
            foreach (var (item, placed) in ev.Take(12))
            {
                Console.WriteLine(Line(item, placed));
            }
        }
    }

    private static string Clip(string s, int n)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= n ? s : s[..n] + "…";
    }
}

/// <summary>
/// Thread quality on a labelled event set (issue #14 threads): the clusterer's threads scored as
/// clusters against the gold events, and each thread link judged online. A link is right when the
/// earlier story already holds an article of the new story's first article's event; a new story
/// could have been linked when some remembered story (within the thread horizon) holds one.
/// </summary>
internal static class ThreadBench
{
    public sealed record Result(
        BCubedScore Stories, BCubedScore Threads, int Links, int RightLinks, int Opportunities, int FoundOpportunities,
        int SplitEvents, int ReunitedEvents, int MixedThreads, int LargestThread, int ThreadCount);

    public static Result Measure(List<LabelledArticle> items, StoryClustererOptions options, Action<string>? print = null)
    {
        var clusterer = new StoryClusterer(options);
        var storyOf = new List<string>(items.Count);
        var threadOf = new List<string>(items.Count);
        var eventsOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var lastSeen = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var firstTitle = new Dictionary<string, LabelledArticle>(StringComparer.Ordinal);
        int links = 0, right = 0, opportunities = 0, found = 0;
        foreach (var item in items)
        {
            var placed = clusterer.Add(item.Article);
            var at = item.Article.Published ?? DateTimeOffset.MinValue;
            if (placed.IsNewStory)
            {
                var could = eventsOf.Where(kv => kv.Value.Contains(item.Story) && at - lastSeen[kv.Key] <= options.ThreadHorizon).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
                if (could.Count > 0)
                {
                    opportunities++;
                }

                if (placed.Link is { } link)
                {
                    links++;
                    var ok = eventsOf.TryGetValue(link.EarlierId, out var earlier) && earlier.Contains(item.Story);
                    right += ok ? 1 : 0;
                    found += ok ? 1 : 0;
                    print?.Invoke($"{(ok ? "RIGHT" : "WRONG")} {link.Score:F2} {at:yyyy-MM-dd} [{item.Story}] {Clip(item.Article.Title)}\n      -> {firstTitle[link.EarlierId].Article.Published:yyyy-MM-dd} [{string.Join(',', earlier ?? [])}] {Clip(firstTitle[link.EarlierId].Article.Title)}");
                }
                else if (could.Count > 0)
                {
                    var other = firstTitle[could.Min(StringComparer.Ordinal)!];
                    print?.Invoke($"MISSED {at:yyyy-MM-dd} [{item.Story}] {Clip(item.Article.Title)}\n      -> {other.Article.Published:yyyy-MM-dd} {Clip(other.Article.Title)}");
                }

                firstTitle[placed.StoryId] = item;
            }

            foreach (var merge in placed.Merges)
            {
                if (eventsOf.Remove(merge.From, out var moved))
                {
                    eventsOf[merge.Into].UnionWith(moved);
                }
            }

            if (!eventsOf.TryGetValue(placed.StoryId, out var set))
            {
                eventsOf[placed.StoryId] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(item.Story);
            lastSeen[placed.StoryId] = at;
            storyOf.Add(placed.StoryId);
            threadOf.Add(placed.ThreadId);
        }

        var gold = items.Select(i => i.Story).ToList();
        var byEvent = items.Select((item, i) => (Event: item.Story, Story: storyOf[i], Thread: threadOf[i])).GroupBy(x => x.Event).ToList();
        var split = byEvent.Where(g => g.Select(x => x.Story).Distinct().Count() > 1).ToList();
        var threads = threadOf.Select((t, i) => (t, gold[i])).GroupBy(x => x.t).ToList();
        return new Result(
            BCubed.Score(storyOf, gold), BCubed.Score(threadOf, gold), links, right, opportunities, found,
            split.Count, split.Count(g => g.Select(x => x.Thread).Distinct().Count() == 1),
            threads.Count(g => g.Select(x => x.Item2).Distinct().Count() > 1), threads.Max(g => g.Count()), threads.Count);
    }

    private static string Clip(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= 90 ? s : s[..90] + "…";
    }
}
