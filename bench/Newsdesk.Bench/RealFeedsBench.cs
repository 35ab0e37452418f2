using System.Globalization;
using Newsdesk.Stories;

namespace Newsdesk.Bench;

/// <summary>
/// The shape of the stories on a real month of feeds (issue #14's real-feeds figures): the largest
/// story, the 95th percentile of story time spans, the share of articles in stories spanning more
/// than three days, stories told by two or more outlets, and threads. Stories are placed by the
/// clusterer alone (no pipeline), merges followed to the surviving story. Split by when a story
/// opened: before <see cref="RealFeedsStream.HeldOutFrom"/> (development) and after (held out).
/// </summary>
internal static class RealFeedsBench
{
    /// <summary>A story spanning more than this is no longer one event (the yardstick).</summary>
    public static readonly TimeSpan LongSpan = TimeSpan.FromDays(3);

    /// <summary>Articles of a story printed at most by <c>--show</c>.</summary>
    private const int ShownArticles = 16;

    /// <summary>One placed article: its final story and thread (merges followed).</summary>
    public sealed record Placed(RealFeedsStream.Arrival Arrival, string Story, string Thread);

    public sealed record Shape(int Articles, int Stories, int Multi, int MultiOutlet, int Largest, string LargestTitle, double SpanP95Days, double LongShare, int Threads, int LargestThread);

    /// <summary>Clusters the stream and returns every article with its final story and thread.</summary>
    public static List<Placed> Place(List<RealFeedsStream.Arrival> stream, StoryClustererOptions options)
    {
        var clusterer = new StoryClusterer(options);
        var into = new Dictionary<string, string>(StringComparer.Ordinal);
        var raw = new List<(RealFeedsStream.Arrival Arrival, string Story, string Thread)>(stream.Count);
        var threadOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var arrival in stream)
        {
            var placed = clusterer.Add(arrival.Article);
            foreach (var merge in placed.Merges)
            {
                into[merge.From] = merge.Into;
            }

            threadOf.TryAdd(placed.StoryId, placed.ThreadId);
            raw.Add((arrival, placed.StoryId, placed.ThreadId));
        }

        string Final(string story)
        {
            while (into.TryGetValue(story, out var next))
            {
                story = next;
            }

            return story;
        }

        return raw.Select(r => new Placed(r.Arrival, Final(r.Story), threadOf.GetValueOrDefault(Final(r.Story), r.Thread))).ToList();
    }

    /// <summary>The figures for the stories that opened in [from, until).</summary>
    public static Shape Measure(List<Placed> placed, DateTimeOffset from, DateTimeOffset until)
    {
        var stories = placed.GroupBy(p => p.Story, StringComparer.Ordinal)
            .Where(g => g.Min(p => p.Arrival.Captured) is var opened && opened >= from && opened < until)
            .Select(g => g.ToList())
            .ToList();
        TimeSpan Span(List<Placed> s) => s.Max(p => p.Arrival.Article.Published!.Value) - s.Min(p => p.Arrival.Article.Published!.Value);
        var multi = stories.Where(s => s.Count > 1).ToList();
        var spans = multi.Select(s => Span(s).TotalDays).Order().ToList();
        var articles = stories.Sum(s => s.Count);
        var largest = stories.MaxBy(s => s.Count)!;
        var threads = stories.GroupBy(s => s[0].Thread, StringComparer.Ordinal).Select(g => g.Count()).ToList();
        return new Shape(
            articles, stories.Count, multi.Count, stories.Count(s => s.Select(p => p.Arrival.Article.Source).Distinct().Count() > 1),
            largest.Count, largest[0].Arrival.Article.Title,
            spans.Count == 0 ? 0 : spans[(int)Math.Min(spans.Count - 1, Math.Ceiling(0.95 * spans.Count) - 1)],
            articles == 0 ? 0 : stories.Where(s => Span(s) > LongSpan).Sum(s => s.Count) / (double)articles,
            threads.Count(n => n > 1), threads.Count == 0 ? 0 : threads.Max());
    }

    public static IEnumerable<string[]> Rows(string folder, StoryClustererOptions options, int show)
    {
        var stream = RealFeedsStream.Load(folder);
        var placed = Place(stream, options);
        var parts = new[]
        {
            ("development part (stories opened before 16 May, read while developing)", DateTimeOffset.MinValue, RealFeedsStream.HeldOutFrom),
            ("held-out part (stories opened from 16 May)", RealFeedsStream.HeldOutFrom, DateTimeOffset.MaxValue),
        };
        foreach (var (name, from, until) in parts)
        {
            var s = Measure(placed, from, until);
            yield return [$"real-feeds-2020-05 {name}: {s.Articles:N0} articles from feeds, stories / with 2+ articles / with 2+ outlets", $"{s.Stories:N0} / {s.Multi:N0} / {s.MultiOutlet:N0}", "", ""];
            yield return ["  largest story (articles; its first title)", $"{s.Largest} ({Clip(s.LargestTitle, 60)})", "", ""];
            yield return ["  95th percentile time span of stories with 2+ articles (days)", s.SpanP95Days.ToString("F1", CultureInfo.InvariantCulture), "", ""];
            yield return ["  share of articles in stories spanning more than 3 days", s.LongShare.ToString("P1", CultureInfo.InvariantCulture), "", ""];
            yield return ["  threads of 2+ stories / largest thread (stories)", $"{s.Threads} / {s.LargestThread}", "", ""];
        }

        if (show > 0)
        {
            Print(placed, show);
        }
    }

    /// <summary>The largest stories and threads of each part (development, then held out), for reading.</summary>
    private static void Print(List<Placed> placed, int count)
    {
        foreach (var (part, heldOut) in new[] { ("development part", false), ("held-out part", true) })
        {
            Console.WriteLine($"## {part}: the {count} largest stories");
            foreach (var story in placed.GroupBy(p => p.Story, StringComparer.Ordinal)
                .Where(g => g.Min(p => p.Arrival.Captured) >= RealFeedsStream.HeldOutFrom == heldOut)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(count))
            {
                var list = story.ToList();
                var span = list.Max(p => p.Arrival.Article.Published!.Value) - list.Min(p => p.Arrival.Article.Published!.Value);
                Console.WriteLine($"- story {story.Key}: {list.Count} articles, {list.Select(p => p.Arrival.Article.Source).Distinct().Count()} outlets, span {span.TotalDays:F1} d, thread {list[0].Thread}");
                foreach (var p in Spread(list))
                {
                    Console.WriteLine($"    {p.Arrival.Article.Published:MM-dd HH:mm} {p.Arrival.Article.Source,-14} {Clip(p.Arrival.Article.Title, 110)}");
                }
            }

            Console.WriteLine();
            Console.WriteLine($"## {part}: the {count} largest threads");
            foreach (var thread in placed.GroupBy(p => p.Thread, StringComparer.Ordinal)
                .Where(g => g.Min(p => p.Arrival.Captured) >= RealFeedsStream.HeldOutFrom == heldOut)
                .Select(g => (g.Key, Stories: g.GroupBy(p => p.Story, StringComparer.Ordinal).Select(s => s.First()).ToList()))
                .Where(t => t.Stories.Count > 1)
                .OrderByDescending(t => t.Stories.Count).ThenBy(t => t.Key, StringComparer.Ordinal)
                .Take(count))
            {
                Console.WriteLine($"- thread {thread.Key}: {thread.Stories.Count} stories");
                foreach (var p in thread.Stories.Take(ShownArticles))
                {
                    Console.WriteLine($"    {p.Arrival.Article.Published:MM-dd HH:mm} {p.Story,-7} {Clip(p.Arrival.Article.Title, 110)}");
                }
            }

            Console.WriteLine();
        }
    }

    /// <summary>At most <see cref="ShownArticles"/> articles of a story, spread evenly over it (its first, its last and between).</summary>
    private static IEnumerable<Placed> Spread(List<Placed> list) =>
        list.Count <= ShownArticles
            ? list
            : Enumerable.Range(0, ShownArticles).Select(i => list[i * (list.Count - 1) / (ShownArticles - 1)]);

    private static string Clip(string s, int n)
    {
        s = s.ReplaceLineEndings(" ").Replace('|', '/');
        return s.Length <= n ? s : s[..n] + "…";
    }
}
