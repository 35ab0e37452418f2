using System.Globalization;
using Newsdesk.Stories;

namespace Newsdesk.Bench;

/// <summary>
/// The thread links the clusterer makes on the real May 2020 feeds, for judging (bench/cluster/links/README.md).
/// <c>--links-sample N</c> prints the N links with the smallest FNV-1a hash of the opening article's link (a uniform
/// sample that does not depend on any score), each with the first article of both stories, as lines to judge;
/// <c>--links-score</c> reads the judged file and prints the precision of the links this run makes that were judged.
/// </summary>
internal static class ThreadLinks
{
    public static readonly string JudgedFile = Path.Combine("bench", "cluster", "links", "judged.tsv");

    /// <summary>One link: the article that opened the new story, and the first article of the earlier story.</summary>
    public sealed record Link(RealFeedsStream.Arrival Opening, RealFeedsStream.Arrival Earlier, double Score, string? Why = null, string Thread = "")
    {
        public string Key => JudgedPairs.Key(Opening) + "\t" + JudgedPairs.Key(Earlier);
    }

    public static List<Link> Links(List<RealFeedsStream.Arrival> stream, StoryClustererOptions options)
    {
        var clusterer = new StoryClusterer(options) { Explaining = true };
        var first = new Dictionary<string, RealFeedsStream.Arrival>(StringComparer.Ordinal);
        var links = new List<Link>();
        foreach (var arrival in stream)
        {
            var placed = clusterer.Add(arrival.Article);
            if (placed.IsNewStory)
            {
                first.TryAdd(placed.StoryId, arrival);
            }

            if (placed.Link is { } link && first.TryGetValue(link.EarlierId, out var earlier))
            {
                links.Add(new Link(arrival, earlier, link.Score, clusterer.LastLinkNote, link.ThreadId));
            }
        }

        return links;
    }

    /// <summary>
    /// <c>--links-semantic</c> (issue #14 item 3, measured in the bench only): the MiniLM cosine of each link's two stories,
    /// the opening article beside the mean of the earlier story's first <see cref="SemanticCore"/> articles (title and lede,
    /// <see cref="SemanticText"/>), and what a filter at each threshold would keep of the judged links, per part. A
    /// filter applied after the fact: a refused link leaves the story to open a thread of its own (the clusterer would
    /// try the next candidate; the judged links it would then make are not known).
    /// </summary>
    public static void Semantic(string folder, StoryClustererOptions options, bool show)
    {
        var stream = RealFeedsStream.Load(folder);
        var clusterer = new StoryClusterer(options) { Explaining = true };
        var members = new Dictionary<string, List<RealFeedsStream.Arrival>>(StringComparer.Ordinal);
        var links = new List<(Link Link, string EarlierId)>();
        foreach (var arrival in stream)
        {
            var placed = clusterer.Add(arrival.Article);
            if (!members.TryGetValue(placed.StoryId, out var list))
            {
                members[placed.StoryId] = list = [];
            }

            if (list.Count < SemanticCore)
            {
                list.Add(arrival);
            }

            if (placed.Link is { } link && members.TryGetValue(link.EarlierId, out var earlier))
            {
                links.Add((new Link(arrival, earlier[0], link.Score, clusterer.LastLinkNote, link.ThreadId), link.EarlierId));
            }
        }

        var articles = links.SelectMany(l => members[l.EarlierId].Select(a => a.Article).Prepend(l.Link.Opening.Article)).DistinctBy(a => a.Id).ToList();
        using var cache = EmbeddingCache.ForRepository();
        var vectors = cache.For(articles, m => Console.Error.WriteLine(m));
        var byId = articles.Select((a, i) => (a.Id, V: vectors[i])).ToDictionary(x => x.Id!, x => x.V, StringComparer.Ordinal);
        var judged = Judged();
        var scored = links.Select(l =>
        {
            var core = members[l.EarlierId].Select(a => byId[a.Article.Id!]).ToList();
            var mean = new float[core[0].Length];
            foreach (var v in core)
            {
                for (var i = 0; i < mean.Length; i++)
                {
                    mean[i] += v[i];
                }
            }

            return (l.Link, Cos: Cos(byId[l.Link.Opening.Article.Id!], mean), FirstCos: Cos(byId[l.Link.Opening.Article.Id!], core[0]), J: judged.GetValueOrDefault(l.Link.Key));
        }).ToList();
        Console.WriteLine($"links {scored.Count}; embedded {articles.Count} texts ({cache.Computed} computed, {cache.ComputeCpu.TotalSeconds:F0} s CPU)");
        Console.WriteLine("| cosine >= | links kept | dev strict | dev topic | held-out strict | held-out topic |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var t in new[] { 0.0, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 })
        {
            var kept = scored.Where(s => s.Cos >= t).ToList();
            string Part(string part, bool topic)
            {
                var inPart = kept.Where(s => s.J is not null && s.J.Part == part && (!topic || s.J.Topic is not null)).ToList();
                var right = inPart.Count(s => topic ? s.J!.Topic == true : s.J!.Right);
                return $"{right}/{inPart.Count} ({P(right, inPart.Count)})";
            }

            Console.WriteLine(FormattableString.Invariant($"| {t:F2} | {kept.Count} | {Part("dev", false)} | {Part("dev", true)} | {Part("held-out", false)} | {Part("held-out", true)} |"));
        }

        if (show)
        {
            foreach (var s in scored.Where(s => s.J is { Part: "dev" }).OrderBy(s => s.Cos))
            {
                Console.WriteLine(FormattableString.Invariant($"{s.Cos:F2} (first {s.FirstCos:F2}) {(s.J!.Right ? "yes" : "no ")} {(s.J.Topic is null ? "-  " : s.J.Topic.Value ? "yes" : "no ")} | {s.Link.Opening.Article.Title} | {s.Link.Earlier.Article.Title}"));
            }
        }

        static double Cos(float[] a, float[] b)
        {
            double dot = 0, na = 0, nb = 0;
            for (var i = 0; i < a.Length; i++)
            {
                dot += a[i] * (double)b[i];
                na += a[i] * (double)a[i];
                nb += b[i] * (double)b[i];
            }

            return dot / Math.Sqrt(na * nb);
        }
    }

    /// <summary>Articles of the earlier story whose mean embedding a link is compared with (its first ones, as its core).</summary>
    private const int SemanticCore = 3;

    public static void Sample(string folder, StoryClustererOptions options, int count)
    {
        var links = Links(RealFeedsStream.Load(folder), options);
        Console.WriteLine("opening\tearlier\tjudgement");
        foreach (var link in links.OrderBy(l => JudgedPairs.Fnv(JudgedPairs.Key(l.Opening))).Take(count))
        {
            Console.WriteLine($"{link.Key}\t?");
            Console.Error.WriteLine($"## {link.Score:F2}");
            Console.Error.WriteLine($"NEW     {JudgedPairs.Show(link.Opening)}");
            Console.Error.WriteLine($"EARLIER {JudgedPairs.Show(link.Earlier)}");
        }
    }

    /// <summary>
    /// <c>--links-why</c>: every judged link of the development part this run makes (<c>--held-out</c>: of the
    /// held-out part), with its judgement, why the clusterer linked it and the first words of both articles.
    /// </summary>
    public static void Why(string folder, StoryClustererOptions options, bool heldOut)
    {
        var judged = Judged();
        foreach (var l in Links(RealFeedsStream.Load(folder), options))
        {
            if (!judged.TryGetValue(l.Key, out var j) || j.Part != (heldOut ? "held-out" : "dev"))
            {
                continue;
            }

            Console.WriteLine($"## {(j.Right ? "yes" : "no ")} {(j.Topic is null ? "-  " : j.Topic.Value ? "yes" : "no ")} {l.Score:F2} {l.Why}");
            Console.WriteLine($"NEW     {JudgedPairs.Show(l.Opening)}");
            Console.WriteLine($"EARLIER {JudgedPairs.Show(l.Earlier)}");
        }
    }

    /// <summary>
    /// <c>--links-threads N</c>: the threads a reader would meet, N of them (in hash order of their first story, so the
    /// same threads before and after a change while they exist), from one part of the month (<c>--held-out</c>): each
    /// story of the thread by its first article, in time order, with why it was linked.
    /// </summary>
    public static void Threads(string folder, StoryClustererOptions options, int count, bool heldOut)
    {
        var links = Links(RealFeedsStream.Load(folder), options);
        var threads = links.GroupBy(l => l.Thread, StringComparer.Ordinal)
            .Select(g => (First: g.First().Earlier, Links: g.ToList()))
            .Where(t => (t.First.Article.Published >= RealFeedsStream.HeldOutFrom) == heldOut)
            .OrderBy(t => JudgedPairs.Fnv(JudgedPairs.Key(t.First)))
            .Take(count)
            .ToList();
        Console.WriteLine($"{links.Count} links; {links.Select(l => l.Thread).Distinct(StringComparer.Ordinal).Count()} threads");
        foreach (var (first, thread) in threads)
        {
            Console.WriteLine($"## thread of {thread.Count + 1} stories");
            Console.WriteLine($"   {JudgedPairs.Show(first)}");
            foreach (var l in thread)
            {
                Console.WriteLine($"-> {JudgedPairs.Show(l.Opening)}");
                Console.WriteLine($"      (to {l.Earlier.Article.Title}; {l.Why})");
            }
        }
    }

    private static Dictionary<string, Judgement> Judged() =>
        File.ReadLines(JudgedFile).Skip(1)
            .Select(l => l.Split('\t'))
            .Where(c => c.Length >= 3 && c[2] is "yes" or "no")
            .ToDictionary(
                c => JudgedPairs.Link(c[0]) + "\t" + JudgedPairs.Link(c[1]),
                c => new Judgement(c[2] == "yes", c.Length > 3 && c[3] is "yes" or "no" ? c[3] == "yes" : null, c.Length > 4 ? c[4] : "dev"),
                StringComparer.Ordinal);

    /// <summary>One judged link: right under the strict rule, right as one continuing topic (null: not judged so), and its part.</summary>
    private sealed record Judgement(bool Right, bool? Topic, string Part);

    public static IEnumerable<string[]> Rows(string folder, StoryClustererOptions options)
    {
        var judged = Judged();
        var links = Links(RealFeedsStream.Load(folder), options);
        var scored = links.Where(l => judged.ContainsKey(l.Key)).ToList();
        foreach (var l in scored)
        {
            var j = judged[l.Key];
            Console.Error.WriteLine($"{(j.Right ? "yes" : "no ")} {(j.Topic is null ? "-  " : j.Topic.Value ? "yes" : "no ")} {j.Part,-8} {l.Score:F2} | {l.Opening.Article.Title} | {l.Earlier.Article.Title} | {l.Why}");
        }

        yield return [$"real-feeds thread links made (whole month)", links.Count.ToString(CultureInfo.InvariantCulture), "", ""];
        foreach (var part in new[] { "dev", "held-out", "late" })
        {
            var inPart = scored.Where(l => judged[l.Key].Part == part).ToList();
            var right = inPart.Count(l => judged[l.Key].Right);
            var topical = inPart.Where(l => judged[l.Key].Topic is not null).ToList();
            var onTopic = topical.Count(l => judged[l.Key].Topic == true);
            yield return [$"  {part} links judged: same happening or its development / right (precision)", $"{right} / {inPart.Count} ({P(right, inPart.Count)})", "", ""];
            yield return [$"  {part} links judged as one continuing topic too: same topic / right (precision)", $"{onTopic} / {topical.Count} ({P(onTopic, topical.Count)})", "", ""];
        }
    }

    private static string P(int right, int count) => (count == 0 ? 0 : right / (double)count).ToString("F3", CultureInfo.InvariantCulture);
}
