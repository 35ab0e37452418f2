using System.Globalization;
using Newsdesk.Articles;
using Newsdesk.Stories;
using Newsdesk.Writing;
using Newsdesk.Writing.Evaluation;

namespace Newsdesk.Bench;

/// <summary>
/// Stories written from the real May 2020 feeds (bench-data/real-feeds-2020-05), read and linted as
/// a reader would see them: the articles captured in a two-day window are clustered (the clusterer
/// alone, as <see cref="RealFeedsBench"/>), the largest stories told by two or more outlets are
/// written by the extractive writer and every story goes through <see cref="StoryLint"/>. Two
/// windows: 8-9 May (development: stories the team read while working) and 24-25 May (held out:
/// opened after <see cref="RealFeedsStream.HeldOutFrom"/>). No reference summaries exist, so
/// there is no ROUGE here: what is measured is what the lint finds.
/// Usage: write --real-feeds [FOLDER] [--stories N] [--show] [--findings] [--datelines] (each story's dateline and headline) [--from 2020-05-26 [--days 4]] (one window instead of the two) [--any-outlets] (stories told by one outlet too).
/// </summary>
internal static class RealFeedsWrite
{
    /// <summary>Stories written per window (the largest multi-outlet ones).</summary>
    private const int DefaultStories = 15;

    /// <summary>Length of a window of captures.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromDays(2);

    /// <summary>The windows: development (before the held-out date) and held out.</summary>
    private static readonly (string Name, DateTimeOffset From)[] Windows =
    [
        ("dev (captured 8-9 May)", new DateTimeOffset(2020, 5, 8, 0, 0, 0, TimeSpan.Zero)),
        ("held out (captured 24-25 May)", new DateTimeOffset(2020, 5, 24, 0, 0, 0, TimeSpan.Zero)),
    ];

    /// <summary>The two standing windows, or the one asked for: --from 2020-05-26 [--days 4].</summary>
    private static IEnumerable<(string Name, DateTimeOffset From, TimeSpan Length)> AskedWindows(string[] args)
    {
        var at = Array.IndexOf(args, "--from");
        if (at < 0 || at + 1 >= args.Length)
        {
            return Windows.Select(w => (w.Name, w.From, Window));
        }

        var from = DateTimeOffset.Parse(args[at + 1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var daysAt = Array.IndexOf(args, "--days");
        var days = daysAt >= 0 && daysAt + 1 < args.Length ? int.Parse(args[daysAt + 1], CultureInfo.InvariantCulture) : Window.Days;
        return [($"captured {from:d MMM} + {days} days", from, TimeSpan.FromDays(days))];
    }

    public static int Run(string[] args, string folder)
    {
        if (!File.Exists(Path.Combine(folder, RealFeedsStream.CaptureList)))
        {
            Console.Error.WriteLine($"no {RealFeedsStream.CaptureList} in {folder}");
            return 2;
        }

        var at = Array.IndexOf(args, "--stories");
        var count = at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var n) ? n : DefaultStories;
        var anyOutlets = args.Contains("--any-outlets");   // stories told by one outlet too, as the site shows them
        var stream = RealFeedsStream.Load(folder);
        var writer = new ExtractiveWriter();
        var rows = new List<(string Name, IReadOnlyDictionary<LintKind, int> Counts, int Stories, int WithFindings, int NotWritten)>();
        foreach (var (name, from, length) in AskedWindows(args))
        {
            var window = stream.Where(a => a.Captured >= from && a.Captured < from + length).ToList();
            var placed = RealFeedsBench.Place(window, new StoryClustererOptions());
            var stories = placed.GroupBy(p => p.Story, StringComparer.Ordinal)
                .Where(g => anyOutlets || g.Select(p => p.Arrival.Article.Source).Distinct(StringComparer.Ordinal).Count() > 1)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(count)
                .Select(g => g.Select(p => p.Arrival.Article).Where(a => !NotAReport.Is(a.Title, a.Url, a.Text)).ToList()) // as the writing stage reads a story
                .Where(articles => articles.Count > 0)
                .ToList();
            var findings = new List<IReadOnlyList<LintFinding>>();
            var notWritten = 0;
            foreach (var articles in stories)
            {
                var story = writer.WriteAsync(articles, CancellationToken.None).GetAwaiter().GetResult();
                findings.Add(StoryLint.Check(story, articles));
                notWritten += StoryLint.NotWritten(story) ? 1 : 0;
                if (args.Contains("--show"))
                {
                    Console.Error.WriteLine($"===== {name}: {articles.Count} articles, {articles.Select(a => a.Source).Distinct().Count()} outlets");
                    foreach (var article in articles)
                    {
                        Console.Error.WriteLine($"  < {article.Source}: {article.Title}");
                    }

                    Console.Error.WriteLine(Newsdesk.Writing.Rendering.StoryMarkdown.Render(story));
                }

                if (args.Contains("--facts"))
                {
                    FactDump.Print($"{name} {articles[0].Title}", story, articles);
                }

                if (args.Contains("--datelines"))
                {
                    Console.Error.WriteLine($"{name}\t{story.Dateline}\t{story.Headline}");
                }

                var corpusAt = Array.IndexOf(args, "--corpus");
                if (corpusAt >= 0 && corpusAt + 1 < args.Length && story.Headline.Contains(args[corpusAt + 1], StringComparison.Ordinal))
                {
                    var saveAt = Array.IndexOf(args, "--save");
                    CorpusDump.Print(story, articles, saveAt >= 0 && saveAt + 1 < args.Length ? args[saveAt + 1] : null);
                }

                if (args.Contains("--disputes"))
                {
                    Disputes(name, story, articles);
                }

                if (args.Contains("--findings"))
                {
                    foreach (var f in findings[^1])
                    {
                        Console.Error.WriteLine($"{name}\t{f.Kind}\t{f.Reason}\t{f.Text}");
                    }
                }
            }

            rows.Add((name, StoryLint.Count(findings.SelectMany(f => f)), stories.Count, findings.Count(f => f.Count > 0), notWritten));
        }

        Console.WriteLine($"Real feeds {Path.GetFileName(folder.TrimEnd('/'))}: the {count} largest stories told by {(anyOutlets ? "any number of" : "2+")} outlets in each window, clustered from that window's captures, written by the extractive writer, linted.");
        Console.WriteLine();
        Console.WriteLine($"| story lint on real feeds (the goal is 0 of each kind) | {string.Join(" | ", rows.Select(r => r.Name))} |");
        Console.WriteLine($"|---|{string.Concat(rows.Select(_ => "---:|"))}");
        foreach (var kind in Enum.GetValues<LintKind>())
        {
            Console.WriteLine($"| {kind} | {string.Join(" | ", rows.Select(r => r.Counts[kind]))} |");
        }

        Console.WriteLine($"| stories written / with any finding / not written | {string.Join(" | ", rows.Select(r => $"{r.Stories} / {r.WithFindings} / {r.NotWritten}"))} |");
        return 0;
    }

    /// <summary>
    /// --disputes: each "Reports differ" framing sentence the writer wrote, the verifier's verdict on it,
    /// and every sentence of the cited articles that states one of its figures (standard error).
    /// </summary>
    private static void Disputes(string window, Story story, IReadOnlyList<Article> articles)
    {
        var verifier = new Newsdesk.Verification.Verifier();
        var sources = verifier.Prepare(articles);
        foreach (var sentence in story.Sections.Where(s => StoryWords.DisputeOf(s.Heading) is not null).SelectMany(s => s.Paragraphs).SelectMany(p => p))
        {
            var verdict = verifier.Check(sentence.Text, sentence.Cites, sources);
            Console.Error.WriteLine($"DISPUTE\t{window}\t{(verdict.Supported ? "passed" : "refused")}\t{sentence.Text}\t{string.Join("; ", verdict.Reasons)}");
            foreach (var article in articles.Where(a => sentence.Cites.Contains(a.Id)))
            {
                foreach (var text in Newsdesk.Text.Sentences.Split($"{article.Title}. {article.Text}").Where(t => Newsdesk.Writing.Extractive.Contradictions.Counts(t).Any()))
                {
                    Console.Error.WriteLine($"  {article.Source}: {text}");
                }
            }
        }
    }
}
