using System.Text.RegularExpressions;

namespace Newsdesk.Writing.Extractive;

/// <summary>
/// Where outlets report different counts of the same thing (two death tolls), the story says
/// who reports what instead of picking one, in the story's language (<see cref="StoryWords"/>: "Reports
/// differ on the number killed", "Les sources divergent sur le nombre de morts"); English, French and
/// German counts are read. Each outlet's figure is the largest it reports
/// for that thing (tolls rise as a story develops).
/// </summary>
internal static partial class Contradictions
{
    /// <summary>The things whose counts are compared, each with the English words that name it (news usage); their labels and names in each language are <see cref="StoryWords.Counted"/>.</summary>
    private static readonly (string Topic, string[] Words)[] Counted =
    [
        ("killed", ["killed", "dead", "deaths", "died", "fatalities"]),
        ("injured", ["injured", "wounded", "hurt", "injuries"]),
        ("missing", ["missing"]),
        ("arrested", ["arrested", "arrests", "detained"]),
        ("evacuated", ["evacuated", "displaced"]),
    ];

    /// <summary>
    /// French and German: a count and, up to three words on, the word for what it counts ("3 morts",
    /// "12 personnes ont été blessées", "230 Bewohner wurden evakuiert", "zwei Tote" is no figure). Nouns in
    /// German keep their capital ("Tote", not the English "tote"). Thousands grouped as each language does
    /// ("1 200", "1.200"); a decimal's tail ("6,40") is no count.
    /// </summary>
    private static readonly (string Topic, string[] Words)[] CountedElsewhere =
    [
        ("killed", ["morts", "mort", "tués", "tuées", "décès", "Tote", "Toten", "Todesopfer", "getötet"]),
        ("injured", ["blessés", "blessées", "blessé", "blessée", "Verletzte", "Verletzten", "Schwerverletzte", "verletzt"]),
        ("missing", ["disparus", "disparues", "Vermisste", "Vermissten", "vermisst"]),
        ("arrested", ["interpellés", "interpellées", "interpellations", "arrêtés", "arrêtées", "Festnahmen", "festgenommen"]),
        ("evacuated", ["évacués", "évacuées", "Evakuierte", "Evakuierten", "evakuiert"]),
    ];

    [GeneratedRegex(@"(?<![\d,.])(?<n>\d{1,3}(?:(?:[\u00a0\u202f ]|\.)\d{3})+|\d+)(?![,.]\d)\s+(?:\p{L}+\s+){0,3}?(?<w>morts|mort|tués|tuées|décès|Tote|Toten|Todesopfer|getötet|blessés|blessées|blessé|blessée|Verletzte|Verletzten|Schwerverletzte|verletzt|disparus|disparues|Vermisste|Vermissten|vermisst|interpellés|interpellées|interpellations|arrêtés|arrêtées|Festnahmen|festgenommen|évacués|évacuées|Evakuierte|Evakuierten|evakuiert)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex CountThenWordElsewhere();

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
        var words = StoryWords.For(corpus.Language);   // the framing in the story's language
        foreach (var (topic, _) in Counted)
        {
            if (!figures.TryGetValue(topic, out var byOutlet) || byOutlet.Values.Select(v => v.Value).Distinct().Count() < 2)
            {
                continue;
            }

            // Outlets that report the same figure are named together, smallest figure first.
            var byValue = byOutlet.GroupBy(kv => kv.Value.Value).OrderBy(g => g.Key)
                .Select(g => (Value: g.Key, Outlets: g.Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList(), Ids: g.SelectMany(kv => kv.Value.Ids).ToList()))
                .ToList();
            var value = string.Join("; ", byValue.Select(v => $"{string.Join(", ", v.Outlets)}: {words.Figure(v.Value)}"));
            var cites = byValue.SelectMany(v => v.Ids).Distinct(StringComparer.Ordinal).ToList();
            disputes.Add((
                new StoryFact(words.DisputedLabel(topic), value, cites),
                new CitedSentence(words.DisputeSentence(topic, byValue.Select(v => ((IReadOnlyList<string>)v.Outlets, v.Value))), cites),
                byValue.Select(v => v.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
                topic));
        }

        return disputes;
    }

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

        foreach (Match m in CountThenWordElsewhere().Matches(text))
        {
            var word = m.Groups["w"].Value;
            var topic = CountedElsewhere.First(c => c.Words.Contains(word)).Topic;
            if (long.TryParse(new string(m.Groups["n"].Value.Where(char.IsDigit).ToArray()), out var n) && !IsYear(n))
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
