using System.Globalization;
using Newsdesk.Articles;
using Newsdesk.Stories;

namespace Newsdesk.Bench;

/// <summary>
/// `cluster --placements FILE`: every placement the clusterer makes on the quality sets, one line per
/// article (set, position, story, thread, new or joined, score, merges), so two builds can be diffed
/// line by line: a change that only makes the clusterer cheaper must leave the file identical. The
/// sets: gva-events (development part, held-out part, whole file), giveme5w1h-events, the UCI
/// headlines, the month of real feeds, and the first <see cref="SyntheticArticles"/> of the synthetic stream.
/// </summary>
internal static class Placements
{
    /// <summary>Articles of the synthetic stream placed (its start; the speed bench runs the whole of it).</summary>
    public const int SyntheticArticles = 40_000;

    public static void Write(string benchData, string uciCsv, StoryClustererOptions options, string path)
    {
        var gva = Path.Combine(benchData, "gva-events");
        var sets = new List<(string Name, Func<IEnumerable<Article>> Articles)>
        {
            ("gva-dev", () => EventSets.Gva(gva, EventSets.Part.Dev).Select(a => a.Article)),
            ("gva-held-out", () => EventSets.Gva(gva, EventSets.Part.HeldOut).Select(a => a.Article)),
            ("gva-all", () => EventSets.Gva(gva).Select(a => a.Article)),
            ("giveme", () => EventSets.Giveme(Path.Combine(benchData, "giveme5w1h-events")).Select(a => a.Article)),
            ("uci", () => UciHeadlines.Load(uciCsv).Select(a => a.Article)),
            ("real-feeds", () => RealFeedsStream.Load(Path.Combine(benchData, "real-feeds-2020-05")).Select(a => a.Article)),
            ("synthetic", () => new SyntheticStream(SyntheticArticles, TimeSpan.FromDays(60 * SyntheticArticles / 200_000.0)).Articles().Select(a => a.Article)),
        };

        using var writer = new StreamWriter(path);
        foreach (var (name, articles) in sets)
        {
            var clusterer = new StoryClusterer(options);
            var i = 0;
            var opened = 0;
            foreach (var article in articles())
            {
                var placed = clusterer.Add(article);
                var merges = string.Join(",", placed.Merges.Select(m => m.From + ">" + m.Into));
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}\t{i++}\t{placed.StoryId}\t{placed.ThreadId}\t{(placed.IsNewStory ? "new" : "joined")}\t{placed.Score:R}\t{merges}\t{placed.Link?.EarlierId}"));
                opened += placed.IsNewStory ? 1 : 0;
            }

            Console.Error.WriteLine($"placements: {name}: {i} articles, {opened} opened a story");
        }
    }
}
