using System.Globalization;
using System.Text.Json;
using Newsdesk.Articles;
using Newsdesk.Storage;
using Newsdesk.Writing;
using Newsdesk.Writing.Evaluation;
using Newsdesk.Writing.Extractive;
using Newsdesk.Writing.Text;

namespace Newsdesk.Bench;

/// <summary>
/// The long stories of a <c>newsdesk replay</c> run (bench/realnews/run --keep): every story with more
/// reports than the writer reads (PipelineOptions.MaxArticlesPerStory), written from the reports
/// <see cref="WrittenFrom"/> chooses (--core-share 0 is the newest only) and linted. Printed per half
/// of the replay (stories opened in its first half: dev; later: held out): the lint, how many of the
/// sources cited are among the story's first quarter of reports, and how close the story's text is
/// to its first reports (the core) and to its newest ones (TF-IDF cosine over the story's reports).
/// Usage: Newsdesk.Bench longstories DATADIR STATS.json [--written-from 60] [--core-share 0.25] [--show]
/// </summary>
internal static class LongStories
{
    /// <summary>Reports read as the story's core, and as its newest, for the closeness figures.</summary>
    private const int Ends = 15;

    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: Newsdesk.Bench longstories DATADIR STATS.json [--written-from 60] [--core-share 0.25] [--show]");
            return 2;
        }

        var max = Option(args, "--written-from", 60);
        var coreShare = Option(args, "--core-share", WrittenFrom.CoreShare);
        return RunAsync(args[0], args[1], (int)max, coreShare, args.Contains("--show")).GetAwaiter().GetResult();
    }

    private static double Option(string[] args, string name, double fallback) =>
        Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;

    private sealed record Row(bool Dev, IReadOnlyList<LintFinding> Lint, int Cited, int CitedFirstQuarter, double ToCore, double ToNewest);

    private static async Task<int> RunAsync(string dataDir, string statsFile, int max, double coreShare, bool show)
    {
        var stats = JsonDocument.Parse(await File.ReadAllTextAsync(statsFile)).RootElement;
        var from = stats.GetProperty("from").GetDateTimeOffset();
        var middle = from + ((stats.GetProperty("until").GetDateTimeOffset() - from) / 2);
        var database = DatabaseSelector.Create(null, dataDir, TimeProvider.System);
        var stories = new StoryStore(database);
        var writer = new ExtractiveWriter();
        var rows = new List<Row>();
        foreach (var revision in await stories.LatestRevisionsAsync(default))
        {
            // As WritingStage: the story's reports in arrival order, cartoons and galleries left out.
            var stored = (await stories.ArticlesAsync(revision.StoryId, default)).Where(a => !NotAReport.Is(a.Title, a.Url, a.Text)).ToList();
            if (stored.Count <= max)
            {
                continue;
            }

            var all = stored.Select(a => a.ToArticle()).ToList();
            var read = WrittenFrom.Reports(all, max, coreShare);
            var story = await writer.WriteAsync(read, default);
            var opened = stored.Select(a => a.Published).OfType<DateTimeOffset>().DefaultIfEmpty(from).Min();
            var cited = story.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var text = string.Join(' ', ExtractiveWriter.Sentences(story).Prepend(story.Headline));
            var (toCore, toNewest) = Closeness(text, all);
            rows.Add(new Row(opened < middle, StoryLint.Check(story, read), cited.Count, all.Take(all.Count / 4).Count(a => cited.Contains(a.Id)), toCore, toNewest));
            if (show)
            {
                Console.Error.WriteLine($"===== story {revision.StoryId} ({(opened < middle ? "dev" : "held out")}): {all.Count} reports, {read.Count} read; first: {all[0].Title} | newest: {all[^1].Title}");
                Console.Error.WriteLine($"  sources cited {cited.Count}, from the first quarter {rows[^1].CitedFirstQuarter}; closeness to the first {Ends} {toCore:F3}, to the newest {Ends} {toNewest:F3}");
                foreach (var f in rows[^1].Lint)
                {
                    Console.Error.WriteLine($"  LINT {f.Kind}\t{f.Reason}\t{f.Text}");
                }

                Console.Error.WriteLine(Newsdesk.Writing.Rendering.StoryMarkdown.Render(story));
            }
        }

        Console.WriteLine($"Long stories of the replay in {dataDir}: more than {max} reports, written from {(coreShare > 0 ? $"the first {(int)(max * coreShare)} and the newest {max - (int)(max * coreShare)}" : $"the newest {max}")}.");
        Console.WriteLine();
        Console.WriteLine("| | dev (opened in the replay's first half) | held out |");
        Console.WriteLine("|---|---:|---:|");
        var parts = new[] { rows.Where(r => r.Dev).ToList(), rows.Where(r => !r.Dev).ToList() };
        Print("long stories", parts.Select(p => p.Count.ToString(CultureInfo.InvariantCulture)));
        Print("sources cited (sum) / from each story's first quarter of reports", parts.Select(p => $"{p.Sum(r => r.Cited)} / {p.Sum(r => r.CitedFirstQuarter)}"));
        Print($"closeness of the story's text to its first {Ends} / newest {Ends} reports (mean cosine)", parts.Select(p => p.Count == 0 ? "-" : $"{p.Average(r => r.ToCore):F3} / {p.Average(r => r.ToNewest):F3}"));
        foreach (var kind in Enum.GetValues<LintKind>())
        {
            Print($"lint: {kind}", parts.Select(p => p.Sum(r => r.Lint.Count(f => f.Kind == kind)).ToString(CultureInfo.InvariantCulture)));
        }

        Print("stories with any finding", parts.Select(p => p.Count(r => r.Lint.Count > 0).ToString(CultureInfo.InvariantCulture)));
        return 0;
    }

    private static void Print(string name, IEnumerable<string> cells) => Console.WriteLine($"| {name} | {string.Join(" | ", cells)} |");

    /// <summary>Cosine of the story's text with the centroid of the first and of the newest <see cref="Ends"/> reports, IDF over all the story's reports.</summary>
    private static (double Core, double Newest) Closeness(string text, List<Article> all)
    {
        var documents = all.Select(a => Tokens.Terms($"{a.Title}. {a.Text}")).ToList();
        var idf = documents.SelectMany(d => d.Distinct()).GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Log((1.0 + documents.Count) / (1 + g.Count())) + 1, StringComparer.Ordinal);
        Dictionary<string, double> Centroid(IEnumerable<List<string>> docs)
        {
            var sum = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var d in docs)
            {
                Vectors.AddTo(sum, Vectors.Normalise(Vectors.TfIdf(d, idf)));
            }

            return Vectors.Normalise(sum);
        }

        var story = Vectors.Normalise(Vectors.TfIdf(Tokens.Terms(text), idf));
        return (Vectors.Cosine(story, Centroid(documents.Take(Ends))), Vectors.Cosine(story, Centroid(documents.Skip(documents.Count - Ends))));
    }
}
