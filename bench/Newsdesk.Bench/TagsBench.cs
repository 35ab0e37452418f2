using System.Globalization;
using Newsdesk.Stories;

namespace Newsdesk.Bench;

/// <summary>
/// Topic tags (<see cref="StoryTags.Topics"/>) against the outlets' own sections. Each item of the
/// real May 2020 feeds whose link carries a section in its path (smh.com.au/sport/..., bbc.co.uk/news/business-...,
/// foxnews.com/politics/...) is labelled with that section; every other item is labelled "no topic
/// section". Each item is tagged as a one-article story from its title and summary. Precision is a
/// lower bound: a general news item about a sport is counted as a false "Sport". Split by publication
/// time at <see cref="RealFeedsStream.HeldOutFrom"/>: development (read while designing) and held out.
/// </summary>
internal static class TagsBench
{
    /// <summary>Path segments (or their first hyphen-separated word, as in BBC's "business-52501"), per topic.</summary>
    private static readonly Dictionary<string, string[]> Sections = new(StringComparer.Ordinal)
    {
        ["Sport"] = ["sport", "sports", "football", "rugby", "cricket", "tennis", "golf", "nrl", "afl"],
        ["Business"] = ["business", "money", "markets", "economy", "personal-finance"],
        ["Politics"] = ["politics", "uk-politics"],
        ["Health"] = ["health"],
        ["Technology"] = ["technology", "tech"],
        ["Science"] = ["science", "science-environment"],
    };

    public static int Run(string[] args)
    {
        if (args.Length < 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: Newsdesk.Bench tags REAL-FEEDS-DIR [--show TOPIC | --entities [--all]]");
            return 2;
        }

        if (args.Contains("--entities"))
        {
            return Entities(RealFeedsStream.Load(args[0]), all: args.Contains("--all"));
        }

        var show = args.SkipWhile(a => a != "--show").Skip(1).FirstOrDefault();
        var stream = RealFeedsStream.Load(args[0]);
        var parts = new[]
        {
            ("development", stream.Where(a => a.Article.Published < RealFeedsStream.HeldOutFrom).ToList()),
            ("held out", stream.Where(a => a.Article.Published >= RealFeedsStream.HeldOutFrom).ToList()),
        };

        Console.WriteLine("| part | topic | labelled | tagged | both | precision (lower bound) | recall |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (name, items) in parts)
        {
            var rows = items.Select(a => (a.Article, Label: Label(a.Article.Url), Tags: StoryTags.Topics([a.Article]))).ToList();
            foreach (var topic in Sections.Keys)
            {
                var labelled = rows.Count(r => r.Label == topic);
                var tagged = rows.Count(r => r.Tags.Contains(topic));
                var both = rows.Count(r => r.Label == topic && r.Tags.Contains(topic));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {topic} | {labelled} | {tagged} | {both} | {Ratio(both, tagged)} | {Ratio(both, labelled)} |"));
                if (topic == show && name == "development")
                {
                    foreach (var r in rows.Where(r => r.Tags.Contains(topic) && r.Label != topic).Take(25))
                    {
                        Console.Error.WriteLine($"  false {topic}: {r.Article.Title} ({r.Article.Url})");
                    }
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// Entities (<see cref="StoryTags.Entities"/>) of the stories the clusterer makes of the month, per part: the most
    /// used, and every story's entities on standard error (one line per story of two or more reports, or with
    /// <paramref name="all"/> per story, for a diff between two builds).
    /// </summary>
    private static int Entities(List<RealFeedsStream.Arrival> stream, bool all)
    {
        var clusterer = new StoryClusterer(new StoryClustererOptions());
        var stories = new Dictionary<string, List<Articles.Article>>(StringComparer.Ordinal);
        foreach (var arrival in stream)
        {
            var placed = clusterer.Add(arrival.Article);
            if (!stories.TryGetValue(placed.StoryId, out var list))
            {
                stories[placed.StoryId] = list = [];
            }

            list.Add(arrival.Article);
        }

        foreach (var part in new[] { "development", "held out" })
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var tagged = 0;
            var inPart = stories.Where(s => (s.Value[0].Published < RealFeedsStream.HeldOutFrom) == (part == "development")).ToList();
            foreach (var (id, articles) in inPart)
            {
                var entities = StoryTags.Entities(articles);
                tagged += entities.Count > 0 ? 1 : 0;
                foreach (var entity in entities)
                {
                    counts[entity] = counts.GetValueOrDefault(entity) + 1;
                }

                if (articles.Count >= 2 || all)
                {
                    Console.Error.WriteLine($"{part}\t{articles[0].Title}\t{string.Join(" | ", entities)}");
                }
            }

            Console.WriteLine($"{part}: {inPart.Count} stories, {tagged} with entities, {counts.Count} distinct entities, {counts.Values.Sum()} tags");
            Console.WriteLine("  most used: " + string.Join(", ", counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(60).Select(c => $"{c.Key} {c.Value}")));
        }

        return 0;
    }

    private static string Ratio(int part, int whole) =>
        whole == 0 ? "-" : ((double)part / whole).ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>The topic whose section the link's path names, or null.</summary>
    internal static string? Label(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            // A folder names a section ("/sport/"); the last segment only in BBC's "health-52504522" form.
            var lower = segments[i].ToLowerInvariant();
            var head = lower.Split('-')[0];
            foreach (var (topic, names) in Sections)
            {
                if (names.Contains(lower) && i < segments.Length - 1 || names.Contains(head) && lower.Length > head.Length && char.IsDigit(lower[^1]))
                {
                    return topic;
                }
            }
        }

        return null;
    }
}
