using Newsdesk.Stories;

namespace Newsdesk.Bench;

/// <summary>
/// `cluster --join-dump`: every join with what made it (TSV), on gva dev (right: the story already holds the article's event) and the
/// real feeds (story, note, title, the story's first title, whether the article has text or is a headline only, and the part: `dev`
/// when the story opened before <see cref="RealFeedsStream.HeldOutFrom"/>, else `held-out`).
/// </summary>
internal static class JoinDump
{
    public static void Run(string benchData, StoryClustererOptions options)
    {
        var gva = EventSets.Gva(Path.Combine(benchData, "gva-events"), EventSets.Part.Dev);
        var clusterer = new StoryClusterer(options) { Explaining = true };
        var events = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var item in gva)
        {
            var placed = clusterer.Add(item.Article);
            var set = events.TryGetValue(placed.StoryId, out var s) ? s : events[placed.StoryId] = new HashSet<string>(StringComparer.Ordinal);
            if (!placed.IsNewStory)
            {
                Console.WriteLine($"gva\t{(set.Contains(item.Story) ? 1 : 0)}\t{clusterer.LastJoinNote}\t{item.Article.Title}\t{placed.StoryId}");
            }
            else if (Environment.GetEnvironmentVariable("OPENS") is not null)
            {
                Console.WriteLine($"gvaopen\t{item.Article.Published:yyyy-MM-dd} {item.Story} {placed.StoryId}\t{clusterer.LastJoinNote}\t{item.Article.Title}");
            }

            set.Add(item.Story);
        }

        var stream = RealFeedsStream.Load(Path.Combine(benchData, "real-feeds-2020-05"));
        clusterer = new StoryClusterer(options) { Explaining = true };
        var firstTitles = new Dictionary<string, string>(StringComparer.Ordinal);
        var heldOut = new HashSet<string>(StringComparer.Ordinal);
        foreach (var arrival in stream)
        {
            var placed = clusterer.Add(arrival.Article);
            var title = arrival.Article.Title.ReplaceLineEndings(" ");
            if (!placed.IsNewStory)
            {
                var kind = string.IsNullOrWhiteSpace(arrival.Article.Text) ? "headline" : "text";
                var part = heldOut.Contains(placed.StoryId) ? "held-out" : "dev";
                Console.WriteLine($"feeds\t{placed.StoryId}\t{clusterer.LastJoinNote}\t{title}\t{firstTitles.GetValueOrDefault(placed.StoryId)}\t{kind}\t{part}");
            }
            else
            {
                firstTitles[placed.StoryId] = title;
                if (arrival.Captured >= RealFeedsStream.HeldOutFrom)
                {
                    heldOut.Add(placed.StoryId);
                }
            }
        }
    }
}
