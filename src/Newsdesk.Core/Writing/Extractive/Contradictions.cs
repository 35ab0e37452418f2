using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Newsdesk.Text;

namespace Newsdesk.Writing.Extractive;

/// <summary>
/// Where outlets report different counts of the same thing (two death tolls), the story says
/// who reports what instead of picking one, in the story's language (<see cref="StoryWords"/>: "Reports
/// differ on the number killed", "Les sources divergent sur le nombre de morts"); English, French and
/// German counts are read. Each outlet's figure is the largest it reports
/// for that thing (tolls rise as a story develops), and figures that only rose over time are no dispute.
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

    /// <summary>
    /// English counts written as words ("at least eight dead", "killing twenty-one"), the words of
    /// <see cref="NumberWords.Cardinals"/>; "one" is left out as there ("no one was hurt").
    /// </summary>
    private const string CountWordBare = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozen";

    /// <summary>Units after a number that make it a measure, not a count of people: "16 years after they died", "six feet apart".</summary>
    private const string MeasureWord = @"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|times|feet|foot|meters?|metres?|miles?|kilometers?|kilometres?|km|percent|per)\b";

    private const string CountWord = @"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|" + CountWordBare + @")\b";

    /// <summary>
    /// A count and, up to four words on, the word for what it counts ("12 people were injured", "11
    /// people have been confirmed dead"); in digits or in words ("eight dead"), not a measure ("16 years
    /// after they died"), and no other count between ("two of the four killed" killed four). The
    /// number stands alone ("COVID-19 deaths", "A320" hold none), and no and/or/but/while comes between:
    /// "kills 19 sailors and injured 15 others" injured 15, not 19; "exceed 20,000 and deaths are well
    /// over 1000" counts no deaths at 20,000.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\d\-.,])(?<!\b(?i:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s)(?<n>\d{1,3}(?:,\d{3})+|\d+|" + CountWord + @")(?![.,]\d)(?!\s+" + MeasureWord + @")\s+(?:(?!(?:and|or|but|while|as|than|nor|" + CountWordBare + @")\s)[a-z]+\s+){0,4}?(?<w>killed|dead|deaths|died|fatalities|injured|wounded|hurt|injuries|missing|arrested|arrests|detained|evacuated|displaced)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CountThenWord();

    /// <summary>
    /// A verb of killing or injuring and its count ("killing at least eight"); not the first part of a
    /// list ("killed two babies and 12 mothers": the toll is not two).
    /// </summary>
    [GeneratedRegex(@"\b(?<w>killing|killed|kills|injuring|injured|wounding|wounded)\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+)?(?<!\b(?i:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s)(?<n>\d{1,3}(?:,\d{3})+|\d+|" + CountWord + @")\b(?![.,]\d|-)(?!\s+(?:[a-z]+\s+){0,3}?and\s+(?:\d|" + CountWord + @"))", RegexOptions.CultureInvariant)]
    private static partial Regex VerbThenCount();

    [GeneratedRegex(@"death toll\s+(?:[a-z]+\s+){0,3}?(?<!\b(?i:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s)(?<n>\d{1,3}(?:,\d{3})+|\d+|" + CountWord + @")(?![.,]?\d|-)", RegexOptions.CultureInvariant)]
    private static partial Regex DeathToll();

    /// <summary>A disputed fact per counted thing where two or more outlets give different figures.</summary>
    public static List<(StoryFact Fact, CitedSentence Sentence, IReadOnlyList<string> Numbers, string Topic)> Find(StoryCorpus corpus)
    {
        var figures = new Dictionary<string, Dictionary<string, (long Value, List<string> Ids)>>(StringComparer.Ordinal);
        var reports = new List<(string Topic, string Outlet, long Value, DateTimeOffset? Published)>();
        for (var a = 0; a < corpus.Articles.Count; a++)
        {
            if (corpus.OffTopic.Contains(a))
            {
                continue;
            }

            var article = corpus.Articles[a];
            var outlet = article.Source.Length > 0 ? article.Source : article.Id;
            foreach (var (topic, value, scope, _) in ScopedCounts(article.Text))
            {
                if (scope != CountScope.Event)
                {
                    continue;   // the world's, a country's or a day's figure is not the event's toll
                }

                reports.Add((topic, outlet, value, article.Published));
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
            if (!figures.TryGetValue(topic, out var byOutlet) || byOutlet.Values.Select(v => v.Value).Distinct().Count() < 2
                || !Disagree(reports.Where(r => r.Topic == topic).Select(r => (r.Outlet, r.Value, r.Published)).ToList()))
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

    /// <summary>
    /// Reports this close in time that give different figures disagree; further apart, a higher figure
    /// after a lower one is the toll rising.
    /// </summary>
    internal static readonly TimeSpan SameTime = TimeSpan.FromHours(2);

    /// <summary>
    /// Whether outlets disagree on a count, rather than report a toll as it rose: some outlet gives a
    /// lower figure at the time of, or after, another outlet's higher one (within <see cref="SameTime"/>).
    /// A developing toll ("Cyclone Amphan killed at least five people" in the morning, "killed at least
    /// 82" a day later, real feeds) is no dispute: each figure was right when it was reported. A report
    /// without a time may disagree with any.
    /// </summary>
    private static bool Disagree(List<(string Outlet, long Value, DateTimeOffset? Published)> reports) =>
        reports.Any(higher => reports.Any(lower => lower.Outlet != higher.Outlet && lower.Value < higher.Value
            && (lower.Published is not { } l || higher.Published is not { } h || l > h - SameTime)));

    /// <summary>The counts a text reports: (thing counted, figure, where the count's match starts).</summary>
    internal static IEnumerable<(string Topic, long Value, int At)> Counts(string text) =>
        ScopedCounts(text).Select(c => (c.Topic, c.Value, c.At));

    /// <summary>True when a text states one of <paramref name="figures"/>, in digits or as a count in words ("eight dead").</summary>
    internal static bool States(string text, IReadOnlyCollection<string> figures) =>
        figures.Count > 0 && (SentenceFeatures.Numbers(text).Any(figures.Contains)
            || Counts(text).Any(c => figures.Contains(c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>
    /// The counts a text reports with the scope their clause gives them (<see cref="ScopeOf"/>): a count
    /// of the whole world, a running total, or an addition to one is another figure than the event's own
    /// ("24 deaths" in a country's day against "224,172 deaths have been recorded globally").
    /// </summary>
    internal static IEnumerable<(string Topic, long Value, CountScope Scope, int At)> ScopedCounts(string text)
    {
        foreach (Match m in CountThenWord().Matches(text))
        {
            var word = m.Groups["w"].Value;
            var topic = Counted.First(c => c.Words.Contains(word)).Topic;
            if (TryCount(m.Groups["n"].Value, out var n) && !IsYear(n))
            {
                yield return (topic, n, ScopeOf(text, m.Index, m.Length), m.Index);
            }
        }

        foreach (Match m in VerbThenCount().Matches(text))
        {
            var topic = m.Groups["w"].Value.StartsWith("kill", StringComparison.Ordinal) ? "killed" : "injured";
            if (TryCount(m.Groups["n"].Value, out var n) && !IsYear(n))
            {
                yield return (topic, n, ScopeOf(text, m.Index, m.Length), m.Index);
            }
        }

        foreach (Match m in CountThenWordElsewhere().Matches(text))
        {
            var word = m.Groups["w"].Value;
            var topic = CountedElsewhere.First(c => c.Words.Contains(word)).Topic;
            if (long.TryParse(new string(m.Groups["n"].Value.Where(char.IsDigit).ToArray()), out var n) && !IsYear(n))
            {
                yield return (topic, n, ScopeOf(text, m.Index, m.Length), m.Index);
            }
        }

        foreach (Match m in DeathToll().Matches(text.ToLowerInvariant()))
        {
            if (TryCount(m.Groups["n"].Value, out var n) && !IsYear(n))
            {
                yield return ("killed", n, ScopeOf(text, m.Index, m.Length), m.Groups["n"].Index);
            }
        }
    }

    /// <summary>
    /// Words that give a count a wider or narrower scope than the event's own toll, by kind (news usage,
    /// English, French, German): the whole world; a country's or state's total; an addition to a total
    /// ("5 new deaths", "another 3", "daily"; also "5 more" and "in the past 24 hours", <see cref="Addition"/>).
    /// Read in the count's clause only, so "24 new deaths, bringing the toll to 600" gives "24" the addition
    /// and not "600"; an addition word only next to the count (<see cref="AdditionWordsBefore"/>). Lower case only ("New York" adds nothing), the text's first word aside. "Total" is
    /// left out: "a total of 12 people were killed" is the event's own toll.
    /// </summary>
    private static readonly (CountScope Scope, FrozenSet<string> Words)[] ScopeWords =
    [
        (CountScope.World, new[] { "worldwide", "globally", "global", "world", "world's", "monde", "mondial", "mondiale", "mondiaux", "weltweit", "Welt" }.ToFrozenSet(StringComparer.Ordinal)),
        (CountScope.Country, new[] { "nationwide", "statewide", "countrywide", "cumulative", "bundesweit", "landesweit" }.ToFrozenSet(StringComparer.Ordinal)),
        (CountScope.Added, new[] { "new", "additional", "another", "further", "daily", "fresh", "overnight", "nouveaux", "nouvelles", "nouveau", "supplémentaires", "neue", "neuen", "weitere", "weiteren" }.ToFrozenSet(StringComparer.Ordinal)),
    ];

    /// <summary>"5 more", "rose by 170", "in the past 24 hours", "in the last day", "within 24 hours": an addition.</summary>
    [GeneratedRegex(@"\d\s+more\b|\b(?:rose|rise|rises|risen|rising|increased|increases|increase|climbed|climbs|jumped|jumps|grew|grows|went\s+up)\s+by\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+)?\d|\b(?:past|last|previous|preceding|within)\s+(?:24|twenty-four)\s+hours\b|\b(?:past|last|previous)\s+day\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Addition();

    [GeneratedRegex(@"[\p{L}'’]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>Words a phrase before a comma may have to be read as the next clause's adverbial ("Worldwide,", "Across the globe,").</summary>
    private const int FrontedWords = 3;

    /// <summary>
    /// Characters a count's clause reaches at most on each side. A page's lines without punctuation
    /// ("3 dead" / "5 injured" lists, live blogs) would otherwise make the whole text one clause, and
    /// reading it for every count costs the square of the text's length.
    /// </summary>
    private const int MaxClauseReach = 300;

    /// <summary>
    /// Words an addition word (<see cref="CountScope.Added"/>) may stand before the count's first word,
    /// or after its last: "another 3 deaths", "the daily death toll", "12 deaths overnight". Further
    /// away it is about something else ("killed in the attack on the new market").
    /// </summary>
    private const int AdditionWordsBefore = 2;

    private const int AdditionWordsAfter = 1;

    /// <summary>Clause marks a count's scope does not reach past; a line break is one.</summary>
    private static readonly char[] ClauseMarks = [',', ';', ':', '(', ')', '\u2013', '\u2014', '.', '!', '?', '\n'];

    /// <summary>
    /// The scope of the count at <paramref name="at"/>: the world and country words of its clause, the
    /// addition words next to it (<see cref="ScopeWords"/>), and an addition phrase in its clause (<see cref="Addition"/>).
    /// </summary>
    internal static CountScope ScopeOf(string text, int at, int length)
    {
        var start = ClauseMark(text, at - 1, -1) + 1;
        if (start > 0 && text[start - 1] == ',' && ClauseMark(text, start - 2, -1) + 1 is var before && Word().Matches(text[before..(start - 1)]).Count <= FrontedWords)
        {
            start = before;   // a fronted adverbial is the clause's: "Globally, 224,172 deaths"
        }

        var end = ClauseMark(text, at + length, +1);
        var clause = text[start..Math.Max(start, end)];
        var scope = Addition().IsMatch(clause) ? CountScope.Added : CountScope.Event;
        var words = Word().Matches(clause);
        var first = -1;
        var last = -1;
        for (var i = 0; i < words.Count; i++)
        {
            var from = start + words[i].Index;
            if (from + words[i].Length > at && from < at + length)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Value;
            var opening = start + words[i].Index == 0;
            var nextToCount = first >= 0 && i >= first - AdditionWordsBefore && i <= last + AdditionWordsAfter;
            foreach (var (kind, kindWords) in ScopeWords)
            {
                if ((kind != CountScope.Added || nextToCount) && (kindWords.Contains(word) || (opening && kindWords.Contains(word.ToLowerInvariant()))))
                {
                    scope |= kind;
                }
            }
        }

        return scope;
    }

    /// <summary>
    /// The nearest clause mark from <paramref name="from"/> in <paramref name="step"/>'s direction, a digit
    /// group's separator ("224,172", "1.200") aside; -1 or the text's length when none. No further than
    /// <see cref="MaxClauseReach"/> characters: there the clause is taken to end.
    /// </summary>
    private static int ClauseMark(string text, int from, int step)
    {
        var reached = 0;
        for (var i = from; i >= 0 && i < text.Length; i += step)
        {
            if (++reached > MaxClauseReach)
            {
                return i;
            }

            if (Array.IndexOf(ClauseMarks, text[i]) < 0)
            {
                continue;
            }

            var grouping = text[i] is ',' or '.' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
            if (!grouping)
            {
                return i;
            }
        }

        return step < 0 ? -1 : text.Length;
    }

    /// <summary>A count's figure, in digits ("1,200") or in words ("eight", "twenty-one", "dozen").</summary>
    private static bool TryCount(string count, out long value)
    {
        if (long.TryParse(count.Replace(",", "", StringComparison.Ordinal), out value))
        {
            return true;
        }

        value = 0;
        foreach (var part in count.ToLowerInvariant().Split('-'))
        {
            if (!NumberWords.Cardinals.TryGetValue(part, out var n) && !(part == "one" && value > 0))
            {
                return false;
            }

            n = part == "one" ? 1 : n;   // "one" counts only as a compound's unit ("twenty-one")

            value += (long)n;
        }

        return value > 0;
    }

    private static bool IsYear(long n) => n is >= 1800 and <= 2100;
}

/// <summary>What a reported count is a count of, beyond its thing (<see cref="Contradictions.ScopeOf"/>): the event's own toll, or one wider or narrower.</summary>
[Flags]
internal enum CountScope
{
    /// <summary>No scope word: the event's own toll.</summary>
    Event = 0,

    /// <summary>The whole world's ("224,172 deaths globally").</summary>
    World = 1,

    /// <summary>A country's or state's total ("nationwide", "statewide").</summary>
    Country = 2,

    /// <summary>An addition to a total ("24 new deaths", "another 3", "in the past 24 hours").</summary>
    Added = 4,
}
