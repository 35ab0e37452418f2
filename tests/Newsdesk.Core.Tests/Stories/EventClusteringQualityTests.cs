using System.Globalization;
using System.Text.Json;
using Newsdesk.Articles;
using Newsdesk.Stories;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Stories;

/// <summary>
/// The event-level quality gate (issue #14): B-cubed F1 and precision of <see cref="StoryClusterer"/>
/// with default options on bench-data/gva-events (real local news, each article labelled with the
/// gun-violence incident it reports), in date order. The file is split by a stable hash of the
/// incident id, as bench/cluster does: the development part was looked at and tuned on, the
/// held-out part only scored. A plain one-pass TF-IDF (3-day window) scores F1 0.864 / 0.870 on them.
/// </summary>
public sealed class EventClusteringQualityTests
{
    public sealed record Gate(string Part, double MinF1, double MinPrecision);

    /// <summary>
    /// Floors a little under the figures measured when recorded (session 10: dev 0.901, P 0.971; held-out
    /// 0.911, P 0.976; whole 0.897, P 0.956). Issue #14's goal is F1 0.90 at precision 0.95 on both parts.
    /// </summary>
    public static TheoryData<Gate> Gates => new()
    {
        new("dev", 0.895, 0.96),
        new("held-out", 0.905, 0.96),
        new("all", 0.89, 0.95),
    };

    [SkippableTheory]
    [MemberData(nameof(Gates))]
    public void BCubedOnGvaEventsIsAboveTheFloor(Gate gate)
    {
        var data = Load(Path.Combine(TestEnvironment.BenchData("gva-events"), "gva-even.jsonl"), gate.Part);
        var clusterer = new StoryClusterer();
        var predicted = data.Select(d => clusterer.Add(d.Article).StoryId).ToList();

        var score = BCubed.Score(predicted, data.Select(d => d.Incident).ToList());

        Assert.True(score.F1 >= gate.MinF1, $"{gate.Part}: B-cubed F1 {score.F1:F3} (P {score.Precision:F3}, R {score.Recall:F3}) is below the floor {gate.MinF1}");
        Assert.True(score.Precision >= gate.MinPrecision, $"{gate.Part}: B-cubed precision {score.Precision:F3} is below the floor {gate.MinPrecision}");
    }

    public sealed record ThreadGate(string Part, double MinRightLinks, int MinLinks);

    /// <summary>
    /// Thread floors (measured when recorded: dev 24 of 28 links right, 0.857; held-out 15 of 18,
    /// 0.833; thread B-cubed F1 0.906 and 0.912 beside story F1 0.897 and 0.908). Session 12: a link on one
    /// shared name needs more topic agreement (real-feed thread precision), dev 20 links (17 right) -> 19 (16
    /// right, 0.842), thread F1 0.908 -> 0.907; held out 16 (14 right) unchanged. Session 13: lines an outlet repeats
    /// are not shared (<see cref="StoryClustererOptions.ThreadSkipsRepeatedLines"/>), dev 19 links (16 right) -> 18 (16
    /// right, 0.889; the one dropped was wrong); held out 16 (14 right) unchanged.
    /// </summary>
    public static TheoryData<ThreadGate> ThreadGates => new()
    {
        new("dev", 0.78, 18),
        new("held-out", 0.75, 12),
    };

    /// <summary>
    /// Threads on gva-events: a link is right when the earlier story already holds an article of the
    /// new story's incident. Most links must be right, there must be links at all, and the threads
    /// taken as clusters must score at least the stories' B-cubed F1 (linking a split incident raises
    /// recall; linking look-alike incidents would cost more precision than it brings).
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(ThreadGates))]
    public void ThreadLinksOnGvaEventsAreMostlyRightAndRaiseF1(ThreadGate gate)
    {
        var data = Load(Path.Combine(TestEnvironment.BenchData("gva-events"), "gva-even.jsonl"), gate.Part);
        var clusterer = new StoryClusterer();
        var incidents = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var stories = new List<string>();
        var threads = new List<string>();
        int links = 0, right = 0;
        foreach (var (article, incident) in data)
        {
            var placed = clusterer.Add(article);
            if (placed.Link is { } link)
            {
                links++;
                right += incidents.TryGetValue(link.EarlierId, out var earlier) && earlier.Contains(incident) ? 1 : 0;
            }

            foreach (var merge in placed.Merges)
            {
                if (incidents.Remove(merge.From, out var moved))
                {
                    incidents[merge.Into].UnionWith(moved);
                }
            }

            if (!incidents.TryGetValue(placed.StoryId, out var set))
            {
                incidents[placed.StoryId] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(incident);
            stories.Add(placed.StoryId);
            threads.Add(placed.ThreadId);
        }

        var gold = data.Select(d => d.Incident).ToList();
        var storyF1 = BCubed.Score(stories, gold).F1;
        var threadF1 = BCubed.Score(threads, gold).F1;

        Assert.True(links >= gate.MinLinks, $"{gate.Part}: only {links} thread links");
        Assert.True(right >= gate.MinRightLinks * links, $"{gate.Part}: {right} of {links} thread links right, below {gate.MinRightLinks}");
        Assert.True(threadF1 >= storyF1, $"{gate.Part}: threads F1 {threadF1:F3} below stories F1 {storyF1:F3}");
    }

    /// <summary>Development part: incidents whose FNV-1a hash has bit 16 clear (bench/Newsdesk.Bench/EventSets.cs).</summary>
    internal static bool IsDev(string incident)
    {
        var h = 2166136261u;
        foreach (var c in incident)
        {
            h = (h ^ c) * 16777619u;
        }

        return ((h >> 16) & 1) == 0;
    }

    private static List<(Article Article, string Incident)> Load(string path, string part)
    {
        var list = new List<(Article, string)>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var incident = root.GetProperty("incident_id").GetString()!;
            if (part != "all" && IsDev(incident) != (part == "dev"))
            {
                continue;
            }

            var day = DateTime.ParseExact(root.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            // The outlet is the archived page's host, as bench/cluster gives it (one outlet's reports are compared for their towns).
            list.Add((new Article(root.GetProperty("doc_id").GetString() + "/" + incident, root.GetProperty("url").GetString()!, Newsdesk.Articles.CanonicalUrl.OutletHost(root.GetProperty("url").GetString()),
                root.GetProperty("title").GetString()!, root.GetProperty("text").GetString()!, new DateTimeOffset(day.AddHours(12), TimeSpan.Zero)), incident));
        }

        return list;
    }
}
