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
