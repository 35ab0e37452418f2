using Newsdesk.Stories;

namespace Newsdesk.Bench;

/// <summary>`cluster --join-dump`: every join with what made it (TSV), on gva dev (right: the story already holds the article's event) and the real feeds.</summary>
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
                Console.WriteLine($"gva\t{(set.Contains(item.Story) ? 1 : 0)}\t{clusterer.LastJoinNote}\t{item.Article.Title}");
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
        foreach (var arrival in stream)
        {
            var placed = clusterer.Add(arrival.Article);
            var title = arrival.Article.Title.ReplaceLineEndings(" ");
            if (!placed.IsNewStory)
            {
                Console.WriteLine($"feeds\t{placed.StoryId}\t{clusterer.LastJoinNote}\t{title}\t{firstTitles.GetValueOrDefault(placed.StoryId)}");
            }
            else
            {
                firstTitles[placed.StoryId] = title;
            }
        }
    }
}
