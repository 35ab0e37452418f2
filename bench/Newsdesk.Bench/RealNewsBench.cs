using System.Globalization;
using System.Text.Json;
using Newsdesk.Articles;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Writing.Evaluation;

namespace Newsdesk.Bench;

/// <summary>
/// bench/realnews: reads what a <c>newsdesk replay --stats FILE</c> run left (its database and its
/// figures) and prints one table: captures, items, articles, stories; stories with two or more
/// outlets; the largest story and the 95th percentile of story time spans; the share of articles in
/// stories spanning more than three days; the story lint over every written story; time per stage,
/// wall and CPU time, peak memory. Stories are split by when they opened: the first half of the
/// replay's span (read while developing) and the second half (not read before measuring).
/// Usage: Newsdesk.Bench realnews DATADIR STATS.json [--core-share 0.25] (the rule the replay wrote with: see Writing.WrittenFrom)
/// </summary>
internal static class RealNewsBench
{
    /// <summary>A story whose articles span more than this is no longer one event (the issue's yardstick).</summary>
    private static readonly TimeSpan LongSpan = TimeSpan.FromDays(3);

    /// <summary>Articles a story is written from at most (PipelineOptions.MaxArticlesPerStory's default): the lint reads the same ones.</summary>
    private const int WrittenFrom = 60;


    /// <summary>Article ids read per query (well under SQLite's bound on parameters).</summary>
    private const int IdsPerQuery = 500;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static int Run(string[] args)
    {
        if (args.Length is not (2 or 4) || (args.Length == 4 && args[2] != "--core-share"))
        {
            Console.Error.WriteLine("usage: Newsdesk.Bench realnews DATADIR STATS.json [--core-share 0.25]");
            return 2;
        }

        // The share of a long story's reports read from its start that the replay ran with (Writing.WrittenFrom.CoreShare; 0 before session 14).
        var coreShare = args.Length == 4 ? double.Parse(args[3], CultureInfo.InvariantCulture) : Newsdesk.Writing.WrittenFrom.CoreShare;
        return RunAsync(args[0], args[1], coreShare).GetAwaiter().GetResult();
    }

    private sealed record StoryFacts(string Slug, string Headline, int Articles, int Outlets, TimeSpan Span, DateTimeOffset Opened, IReadOnlyList<LintFinding> Lint);

    private static async Task<int> RunAsync(string dataDir, string statsFile, double coreShare)
    {
        var stats = JsonDocument.Parse(await File.ReadAllTextAsync(statsFile)).RootElement;
        var database = DatabaseSelector.Create(null, dataDir, TimeProvider.System);
        var articles = new ArticleStore(database);
        var stories = new StoryStore(database);
        var items = await new ItemStore(database).CountAsync(default);
        var membership = await stories.MembershipAsync(default);
        var stored = new Dictionary<long, StoredArticle>();
        foreach (var chunk in membership.Select(m => m.ArticleId).Distinct().Chunk(IdsPerQuery))
        {
            foreach (var article in await articles.ByIdsAsync(chunk, default))
            {
                stored[article.Id] = article;
            }
        }

        var byStory = membership.GroupBy(m => m.StoryId).ToDictionary(g => g.Key, g => g.Select(m => stored[m.ArticleId]).ToList());
        var revisions = await stories.LatestRevisionsAsync(default);

        var facts = new List<StoryFacts>();
        foreach (var revision in revisions)
        {
            if (JsonSerializer.Deserialize<PublishedStory>(revision.Json, Json) is not { } published || !byStory.TryGetValue(revision.StoryId, out var members))
            {
                continue;
            }

            var times = members.Select(a => a.Published).OfType<DateTimeOffset>().ToList();
            var span = times.Count == 0 ? TimeSpan.Zero : times.Max() - times.Min();
            // As WritingStage: cartoons and galleries left out, a long story's first and newest reports (in arrival order).
            var writtenFrom = Newsdesk.Writing.WrittenFrom.Reports(
                members.Where(a => !Newsdesk.Writing.NotAReport.Is(a.Title, a.Url, a.Text)).Select(a => a.ToArticle()).ToList(), WrittenFrom, coreShare);
            facts.Add(new StoryFacts(
                revision.Slug, published.Content.Headline, members.Count, members.Select(a => a.SourceName).Distinct(StringComparer.Ordinal).Count(),
                span, times.Count == 0 ? published.Published : times.Min(), StoryLint.Check(published.Content, writtenFrom)));
        }

        var from = stats.GetProperty("from").GetDateTimeOffset();
        var until = stats.GetProperty("until").GetDateTimeOffset();
        var middle = from + (until - from) / 2;
        var parts = new (string Name, List<StoryFacts> Stories)[]
        {
            ("all", facts),
            ($"opened by {middle:d MMM HH:mm} (dev)", facts.Where(f => f.Opened < middle).ToList()),
            ("opened later (held out)", facts.Where(f => f.Opened >= middle).ToList()),
        };

        Console.WriteLine($"| real news replay, {from:yyyy-MM-dd HH:mm} to {until:yyyy-MM-dd HH:mm} UTC | {string.Join(" | ", parts.Select(p => p.Name))} |");
        Console.WriteLine($"|---|{string.Concat(parts.Select(_ => "---:|"))}");
        Row("captures taken / in the replay", $"{stats.GetProperty("capturesTaken").GetInt32()} / {stats.GetProperty("captures").GetInt32()}");
        Row("feed items stored", items.ToString(CultureInfo.InvariantCulture));
        Row("articles (all feed text only: pages unreachable)", stored.Count.ToString(CultureInfo.InvariantCulture));
        Row("articles in these stories", parts.Select(p => p.Stories.Sum(s => s.Articles).ToString(CultureInfo.InvariantCulture)).ToArray());
        Row("stories written", parts.Select(p => p.Stories.Count.ToString(CultureInfo.InvariantCulture)).ToArray());
        Row("stories with 2+ outlets", parts.Select(p => p.Stories.Count(s => s.Outlets >= 2).ToString(CultureInfo.InvariantCulture)).ToArray());
        Row("largest story: articles / outlets / span", parts.Select(p => p.Stories.MaxBy(s => s.Articles) is { } s ? $"{s.Articles} / {s.Outlets} / {Days(s.Span)}" : "-").ToArray());
        Row("largest story: headline", parts.Select(p => p.Stories.MaxBy(s => s.Articles) is { } s ? Cell(s.Headline) : "-").ToArray());
        Row("story span, 95th percentile", parts.Select(p => Days(Percentile(p.Stories.Select(s => s.Span).ToList(), 0.95))).ToArray());
        Row("story span, 95th pct. of stories with 2+ articles", parts.Select(p => Days(Percentile(p.Stories.Where(s => s.Articles >= 2).Select(s => s.Span).ToList(), 0.95))).ToArray());
        Row($"share of articles in stories spanning > {LongSpan.TotalDays:0} days", parts.Select(p => Share(p.Stories.Where(s => s.Span > LongSpan).Sum(s => s.Articles), p.Stories.Sum(s => s.Articles))).ToArray());
        foreach (var kind in Enum.GetValues<LintKind>())
        {
            Row($"lint: {Label(kind)}", parts.Select(p => p.Stories.Sum(s => s.Lint.Count(f => f.Kind == kind)).ToString(CultureInfo.InvariantCulture)).ToArray());
        }

        Row("lint: stories with any finding", parts.Select(p => $"{p.Stories.Count(s => s.Lint.Count > 0)} ({Share(p.Stories.Count(s => s.Lint.Count > 0), p.Stories.Count)})").ToArray());
        foreach (var stage in stats.GetProperty("stages").EnumerateArray())
        {
            Row($"time in stage {stage.GetProperty("stage").GetString()} (failed rounds)",
                $"{stage.GetProperty("seconds").GetDouble():0.0} s ({stage.GetProperty("failures").GetInt64()})");
        }

        Row("wall time (replay and catching up)", $"{stats.GetProperty("wallSeconds").GetDouble():0} s at {stats.GetProperty("speed").GetDouble():0}x");
        Row("CPU time (user + system)", $"{stats.GetProperty("cpuSeconds").GetDouble():0} s");
        Row("peak memory (working set)", $"{stats.GetProperty("peakWorkingSetBytes").GetInt64() / (1024.0 * 1024):0} MB");
        return 0;
    }

    private static void Row(string name, params string[] cells) => Console.WriteLine($"| {name} | {string.Join(" | ", cells)} |");

    private static string Cell(string text) => text.Replace("|", "/", StringComparison.Ordinal);

    private static string Days(TimeSpan span) => $"{span.TotalDays:0.0} d";

    private static string Share(int part, int whole) => whole == 0 ? "-" : $"{100.0 * part / whole:0.0}%";

    private static TimeSpan Percentile(List<TimeSpan> values, double p)
    {
        if (values.Count == 0)
        {
            return TimeSpan.Zero;
        }

        values.Sort();
        return values[(int)Math.Min(values.Count - 1, Math.Ceiling(p * values.Count) - 1)];
    }

    /// <summary>"BrokenHeadline" -> "broken headline".</summary>
    private static string Label(LintKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
