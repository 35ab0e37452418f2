using System.Globalization;
using Newsdesk.Stories;

namespace Newsdesk.Bench;

/// <summary>
/// `cluster --misses [N]`: on gva-events' development part, every article that did not join the open
/// story already holding its incident, and at which stage the clusterer lost that story: not open any
/// more (its span passed), never a candidate (no query term of the article indexes it), a candidate
/// outside the <see cref="StoryClusterer.MaxCandidates"/> compared, compared but outside the
/// <see cref="StoryClusterer.MaxFullyScored"/> scored, or scored and refused (names, settled, low score,
/// another story scored higher). Prints the counts, then N examples of each stage.
/// </summary>
internal static class MissedJoins
{
    public static void Run(List<LabelledArticle> items, StoryClustererOptions options, int show)
    {
        var clusterer = new StoryClusterer(options);
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal); // merged story -> the story it went into
        var eventStories = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var byStage = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var joinedRight = 0;
        string Resolve(string id)
        {
            while (storyOf.TryGetValue(id, out var into))
            {
                id = into;
            }

            return id;
        }

        foreach (var item in items)
        {
            var at = item.Article.Published!.Value;
            var placed = clusterer.Add(item.Article);
            foreach (var merge in placed.Merges)
            {
                storyOf[merge.From] = merge.Into;
            }

            var earlier = eventStories.TryGetValue(item.Story, out var list) ? list : eventStories[item.Story] = [];
            var target = earlier.Select(Resolve)
                .Where(id => id != placed.StoryId || !placed.IsNewStory)
                .GroupBy(id => id, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key)
                .FirstOrDefault();
            earlier.Add(placed.StoryId);
            if (target is null)
            {
                continue;
            }

            if (target == placed.StoryId)
            {
                joinedRight++;
                continue;
            }

            var story = clusterer.OpenStory(target);
            var headline = string.IsNullOrWhiteSpace(item.Article.Text);
            string stage, detail = "";
            if (story is null)
            {
                stage = "0 target closed (span passed)";
            }
            else if (clusterer.LastProfile is not { } profile)
            {
                stage = "0 tentative date";
            }
            else if (!clusterer.LastCandidates.ContainsKey(story))
            {
                var query = profile.Vector.Terms.Take(StoryClusterer.QueryTerms).Select(t => t.Key)
                    .Concat(profile.Names.Terms.Take(StoryClusterer.QueryNames).Select(t => t.Key)).ToHashSet(StringComparer.Ordinal);
                var inCore = query.Where(story.CoreCentroid.Weights.ContainsKey).ToList();
                var shared = profile.Vector.Terms.Select(t => t.Key).Where(story.CoreCentroid.Weights.ContainsKey).ToList();
                stage = inCore.Count > 0 ? "1 never a candidate: query term in core, not indexed" : shared.Count > 0 ? "1 never a candidate: shares terms, none queried" : "1 never a candidate: no shared term";
                detail = $"query∩core [{string.Join(' ', inCore)}] shared [{string.Join(' ', shared.Take(12))}] sim {Sim(story, profile):F2}";
            }
            else if (clusterer.LastScored.All(s => s.Story != story))
            {
                stage = "2 candidate, not among the compared";
                detail = $"rank {clusterer.LastCandidates.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Ordinal).Select(kv => kv.Key).ToList().IndexOf(story)} of {clusterer.LastCandidates.Count}";
            }
            else if (clusterer.LastScored.Select(s => s.Story).ToList().IndexOf(story) >= StoryClusterer.MaxFullyScored)
            {
                stage = "3 compared, not among the scored";
            }
            else
            {
                var why = clusterer.WhyNot(story, at, headline);
                stage = "4 scored, refused: " + why[..why.IndexOf(' ', StringComparison.Ordinal)];
                detail = why;
            }

            if (!byStage.TryGetValue(stage, out var examples))
            {
                byStage[stage] = examples = [];
            }

            var first = items.First(i => i.Story == item.Story);
            examples.Add(string.Create(CultureInfo.InvariantCulture,
                $"  {at:yyyy-MM-dd} {item.Story} -> {placed.StoryId}{(placed.IsNewStory ? " (new)" : "")}, target {target}: {Clip(item.Article.Title)}\n      first: {first.Article.Published:yyyy-MM-dd} {Clip(first.Article.Title)}\n      {detail}"));
        }

        Console.WriteLine($"articles whose incident an earlier story holds: joined it {joinedRight}, missed {byStage.Values.Sum(l => l.Count)}");
        foreach (var (stage, examples) in byStage)
        {
            Console.WriteLine($"{stage}: {examples.Count}");
        }

        foreach (var (stage, examples) in byStage)
        {
            Console.WriteLine();
            Console.WriteLine($"## {stage}");
            foreach (var e in examples.Take(show))
            {
                Console.WriteLine(e);
            }
        }
    }

    private static double Sim(StoryState story, ArticleProfile profile) => story.CoreCentroid.Cosine(profile.Vector);

    private static string Clip(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= 90 ? s : s[..90] + "…";
    }
}
