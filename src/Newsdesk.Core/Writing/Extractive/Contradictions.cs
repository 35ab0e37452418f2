using System.Text.RegularExpressions;

namespace Newsdesk.Writing.Extractive;

/// <summary>
/// Where outlets report different counts of the same thing (two death tolls), the story says
/// who reports what instead of picking one. Each outlet's figure is the largest it reports
/// for that thing (tolls rise as a story develops).
/// </summary>
internal static partial class Contradictions
{
    /// <summary>The things whose counts are compared, each with the words that name it (news usage).</summary>
    private static readonly (string Topic, string Label, string[] Words)[] Counted =
    [
        ("killed", "Deaths", ["killed", "dead", "deaths", "died", "fatalities"]),
        ("injured", "Injured", ["injured", "wounded", "hurt", "injuries"]),
        ("missing", "Missing", ["missing"]),
        ("arrested", "Arrests", ["arrested", "arrests", "detained"]),
        ("evacuated", "Evacuated", ["evacuated", "displaced"]),
    ];

    /// <summary>The thing a key-fact label names ("Injured" -> "injured"), or null.</summary>
    internal static string? TopicOfLabel(string label) =>
        Counted.FirstOrDefault(c => string.Equals(c.Label, label, StringComparison.Ordinal)).Topic;

    [GeneratedRegex(@"(?<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[a-z]+\s+){0,3}?(?<w>killed|dead|deaths|died|fatalities|injured|wounded|hurt|injuries|missing|arrested|arrests|detained|evacuated|displaced)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CountThenWord();

    [GeneratedRegex(@"\b(?<w>killing|killed|kills|injuring|injured|wounding|wounded)\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+)?(?<n>\d{1,3}(?:,\d{3})+|\d+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex VerbThenCount();

    [GeneratedRegex(@"death toll\s+(?:[a-z]+\s+){0,3}?(?<n>\d{1,3}(?:,\d{3})+|\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex DeathToll();

    /// <summary>A disputed fact per counted thing where two or more outlets give different figures.</summary>
    public static List<(StoryFact Fact, CitedSentence Sentence, IReadOnlyList<string> Numbers, string Topic)> Find(StoryCorpus corpus)
    {
        var figures = new Dictionary<string, Dictionary<string, (long Value, List<string> Ids)>>(StringComparer.Ordinal);
        for (var a = 0; a < corpus.Articles.Count; a++)
        {
            if (corpus.OffTopic.Contains(a))
            {
                continue;
            }

            var article = corpus.Articles[a];
            var outlet = article.Source.Length > 0 ? article.Source : article.Id;
            foreach (var (topic, value) in Counts(article.Text))
            {
                var byOutlet = figures.TryGetValue(topic, out var existing) ? existing : figures[topic] = new(StringComparer.Ordinal);
                if (byOutlet.TryGetValue(outlet, out var current))
                {
                    if (value > current.Value)
                    {
                        byOutlet[outlet] = (value, [article.Id]);
                    }
                    else if (value == current.Value && !current.Ids.Contains(article.Id))
                    {
                        current.Ids.Add(article.Id);
                    }
                }
                else
                {
                    byOutlet[outlet] = (value, [article.Id]);
                }
            }
        }

        var disputes = new List<(StoryFact, CitedSentence, IReadOnlyList<string>, string)>();
        foreach (var (topic, label, _) in Counted)
        {
            if (!figures.TryGetValue(topic, out var byOutlet) || byOutlet.Values.Select(v => v.Value).Distinct().Count() < 2)
            {
                continue;
            }

            // Outlets that report the same figure are named together, smallest figure first.
            var byValue = byOutlet.GroupBy(kv => kv.Value.Value).OrderBy(g => g.Key)
                .Select(g => (Value: g.Key, Outlets: g.Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList(), Ids: g.SelectMany(kv => kv.Value.Ids).ToList()))
                .ToList();
            var value = string.Join("; ", byValue.Select(v => $"{string.Join(", ", v.Outlets)}: {v.Value:N0}"));
            var cites = byValue.SelectMany(v => v.Ids).Distinct(StringComparer.Ordinal).ToList();
            var said = string.Join("; ", byValue.Select(v => $"{Join(v.Outlets)} reported {v.Value:N0}"));
            disputes.Add((
                new StoryFact($"{label} (reports differ)", value, cites),
                new CitedSentence($"Reports differ on the number {topic}: {said}.", cites),
                byValue.Select(v => v.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
                topic));
        }

        return disputes;
    }

    private static string Join(List<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";

    /// <summary>The counts a text reports: (thing counted, figure).</summary>
    internal static IEnumerable<(string Topic, long Value)> Counts(string text)
    {
        foreach (Match m in CountThenWord().Matches(text))
        {
            var word = m.Groups["w"].Value;
            var topic = Counted.First(c => c.Words.Contains(word)).Topic;
            if (long.TryParse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), out var n) && !IsYear(n))
            {
                yield return (topic, n);
            }
        }

        foreach (Match m in VerbThenCount().Matches(text))
        {
            var topic = m.Groups["w"].Value.StartsWith("kill", StringComparison.Ordinal) ? "killed" : "injured";
            if (long.TryParse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), out var n) && !IsYear(n))
            {
                yield return (topic, n);
            }
        }

        foreach (Match m in DeathToll().Matches(text.ToLowerInvariant()))
        {
            if (long.TryParse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), out var n) && !IsYear(n))
            {
                yield return ("killed", n);
            }
        }
    }

    private static bool IsYear(long n) => n is >= 1800 and <= 2100;
}
