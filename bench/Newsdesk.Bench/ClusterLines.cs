using System.Globalization;
using System.Text.Json;
using Newsdesk.Articles;

namespace Newsdesk.Bench;

/// <summary>
/// `Newsdesk.Bench lines SET [N] [DATA_DIR]`: prints an input for `newsdesk cluster` as JSON Lines
/// (<c>{"id","url","source","title","text","published"}</c>, arrival order) on standard output, one
/// article at a time, so the largest stream never sits in memory or on disk (bench/hostile/cluster-memory).
/// Sets:
/// <list type="bullet">
/// <item><c>synthetic N</c>: <see cref="SyntheticStream"/>'s events at a fixed rate (<see cref="ArticlesPerDay"/>), so
/// a longer stream covers more days, not more articles per day;</item>
/// <item><c>undated N</c>: the same articles without dates, so the stream's clock never moves and no story ever
/// closes by time (the hostile case: only the clusterer's own bounds can keep memory flat);</item>
/// <item><c>uci</c>, <c>gva</c>, <c>giveme</c>, <c>realfeeds</c>: the real sets of bench-data, in the order the cluster bench
/// feeds them, to check that a change to the clusterer leaves `newsdesk cluster`'s output unchanged.</item>
/// </list>
/// </summary>
internal static class ClusterLines
{
    /// <summary>The synthetic stream's rate: the cluster bench's scale test (200,000 articles over 60 days).</summary>
    public const int ArticlesPerDay = 200_000 / 60;

    /// <summary>Words per synthetic article body: one paragraph of about 450 characters, so a million lines stay affordable to run.</summary>
    public const int LineWords = 60;

    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: Newsdesk.Bench lines {synthetic N|undated N|uci|gva|giveme|realfeeds} [DATA_DIR]");
            return 2;
        }

        var count = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) ? n : 0;
        var benchData = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, CultureInfo.InvariantCulture, out _))
            ?? Path.Combine("..", "shared", "bench-data");
        IEnumerable<Article> articles = args[0] switch
        {
            "synthetic" => Synthetic(count, dated: true),
            "undated" => Synthetic(count, dated: false),
            "uci" => UciHeadlines.Load(Path.Combine(benchData, "uci-news-clusters", "headlines.csv")).Select(a => a.Article),
            "gva" => EventSets.Gva(Path.Combine(benchData, "gva-events")).Select(a => a.Article),
            "giveme" => EventSets.Giveme(Path.Combine(benchData, "giveme5w1h-events")).Select(a => a.Article),
            "realfeeds" => RealFeedsStream.Load(Path.Combine(benchData, "real-feeds-2020-05")).Select(a => a.Article),
            _ => [],
        };

        if (args.Contains("--state"))
        {
            return PrintState(articles, count);
        }

        using var stdout = Console.OpenStandardOutput();
        using var output = new BufferedStream(stdout, 1 << 16);
        var lines = 0;
        foreach (var article in articles)
        {
            using (var writer = new Utf8JsonWriter(output))
            {
                writer.WriteStartObject();
                writer.WriteString("id", article.Id);
                writer.WriteString("url", article.Url);
                writer.WriteString("source", article.Source);
                writer.WriteString("title", article.Title);
                writer.WriteString("text", article.Text);
                if (article.Published is { } published)
                {
                    writer.WriteString("published", published);
                }
                else
                {
                    writer.WriteNull("published");
                }

                writer.WriteEndObject();
            }

            output.WriteByte((byte)'\n');
            lines++;
        }

        if (lines == 0)
        {
            Console.Error.WriteLine($"lines: nothing to print for '{string.Join(' ', args)}'");
            return 1;
        }

        return 0;
    }

    /// <summary>
    /// `--state`: clusters the set in this process and prints the clusterer's state every tenth of
    /// the stream (every thousand articles for a real set; open stories, indexed terms, remembered stories, vocabulary, GC heap after a full
    /// collection), to see which part of it grows with the input.
    /// </summary>
    private static int PrintState(IEnumerable<Article> articles, int count)
    {
        var clusterer = new Newsdesk.Stories.StoryClusterer();
        var every = count > 0 ? Math.Max(1, count / 10) : 1_000;
        var placed = 0;
        Console.WriteLine("| articles | open stories | indexed terms | remembered stories | vocabulary | GC heap MB |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var article in articles)
        {
            clusterer.Add(article);
            if (++placed % every == 0)
            {
                GC.Collect();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {placed:N0} | {clusterer.OpenStories:N0} | {clusterer.IndexedTerms:N0} | {clusterer.RememberedStories:N0} | {clusterer.VocabularyTerms:N0} | {GC.GetTotalMemory(true) / 1048576.0:F0} |"));
            }
        }

        return 0;
    }

    private static IEnumerable<Article> Synthetic(int count, bool dated)
    {
        var stream = new SyntheticStream(count, TimeSpan.FromDays(count / (double)ArticlesPerDay), bodyWords: LineWords, paragraphs: 1);
        foreach (var (article, _) in stream.Articles())
        {
            yield return dated ? article : article with { Published = null };
        }
    }
}
