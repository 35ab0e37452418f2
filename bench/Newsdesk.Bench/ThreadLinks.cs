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
            if (!judged.TryGetValue(l.Key, out var j) || (j.Part == "held-out") != heldOut)
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
        foreach (var part in new[] { "dev", "held-out" })
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
