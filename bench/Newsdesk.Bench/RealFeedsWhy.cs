using System.Globalization;
using Newsdesk.Stories;

namespace Newsdesk.Bench;

/// <summary>
/// `cluster --realfeeds-why N`: the N largest and the N longest stories of each part of the real
/// feeds, every member with what joined it (similarity to the core, names cosine, the names it
/// shares with the core: ~ not specific, @ a place). For reading why topic stories form.
/// </summary>
internal static class RealFeedsWhy
{
    public static void Print(string folder, StoryClustererOptions options, int count)
    {
        var stream = RealFeedsStream.Load(folder);
        var clusterer = new StoryClusterer(options) { Explaining = true };
        var into = new Dictionary<string, string>(StringComparer.Ordinal);
        var raw = new List<(RealFeedsStream.Arrival Arrival, string Story, string Note)>(stream.Count);
        foreach (var arrival in stream)
        {
            var placed = clusterer.Add(arrival.Article);
            foreach (var merge in placed.Merges)
            {
                into[merge.From] = merge.Into;
            }

            raw.Add((arrival, placed.StoryId, placed.IsNewStory ? "opens" : (placed.Merges.Count > 0 ? "MERGE " : "") + clusterer.LastJoinNote));
        }

        string Final(string story)
        {
            while (into.TryGetValue(story, out var next))
            {
                story = next;
            }

            return story;
        }

        var stories = raw.GroupBy(r => Final(r.Story), StringComparer.Ordinal).Select(g => (Id: g.Key, List: g.ToList())).ToList();
        TimeSpan Span(List<(RealFeedsStream.Arrival Arrival, string Story, string Note)> s) =>
            s.Max(p => p.Arrival.Article.Published!.Value) - s.Min(p => p.Arrival.Article.Published!.Value);
        foreach (var (part, heldOut) in new[] { ("development part", false), ("held-out part", true) })
        {
            var mine = stories.Where(s => s.List.Min(p => p.Arrival.Captured) >= RealFeedsStream.HeldOutFrom == heldOut).ToList();
            var chosen = mine.OrderByDescending(s => s.List.Count).ThenBy(s => s.Id, StringComparer.Ordinal).Take(count)
                .Concat(mine.Where(s => s.List.Count >= 4).OrderByDescending(s => Span(s.List)).ThenBy(s => s.Id, StringComparer.Ordinal).Take(count))
                .DistinctBy(s => s.Id).ToList();
            Console.WriteLine($"## {part}: the {count} largest and {count} longest stories");
            foreach (var (id, list) in chosen)
            {
                Console.WriteLine($"- story {id}: {list.Count} articles, span {Span(list).TotalDays.ToString("F1", CultureInfo.InvariantCulture)} d");
                foreach (var p in list)
                {
                    var title = p.Arrival.Article.Title.ReplaceLineEndings(" ");
                    Console.WriteLine($"    {p.Arrival.Article.Published:MM-dd HH:mm} {p.Arrival.Article.Source,-12} {(title.Length > 90 ? title[..90] : title)}  || {p.Story} {p.Note}");
                }
            }

            Console.WriteLine();
        }
    }
}
