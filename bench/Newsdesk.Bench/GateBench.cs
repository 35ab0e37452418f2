using System.Globalization;
using Newsdesk.Articles;
using Newsdesk.Core.Tests.Verification.Injection;
using Newsdesk.Verification;
using Newsdesk.Writing;
using Newsdesk.Writing.Evaluation;

namespace Newsdesk.Bench;

/// <summary>
/// The publication gate on real news: stories written by the extractive writer from real event
/// clusters, then passed through <see cref="PublicationGate"/>. Prints, per part of the story
/// (headline, dateline, subhead, lede, paragraph, bullet, fact row), how many the writer drafted
/// and how many the gate refused; then the same framing parts with an error planted (an invented
/// name or a changed number in the headline and a subhead, another place or another day in the
/// dateline; a changed number, another row's number or another row's label in each key-fact
/// row), and how many of those the gate caught. `verify gate SET [--clusters N] [--show N [--why]]`,
/// SET = giveme | gva-dev | gva-heldout | multinews (path defaults under ../shared/bench-data);
/// --why prints, for each refused fact row, the sentences holding its number and the window read;
/// `--explain CLUSTER TEXT` prints the verdict on TEXT against one cluster's articles, and why.
/// </summary>
internal static class GateBench
{
    private const int DefaultClusters = 70;

    /// <summary>Places put in a dateline in place of the true one (only those no article of the story names).</summary>
    private static readonly string[] OtherPlaces = ["REYKJAVIK", "ULAANBAATAR", "WINDHOEK", "ASUNCION", "VIENTIANE", "NUUK"];

    /// <summary>Days a planted dateline date is moved by (only to a day no article was published on or writes).</summary>
    private const int PlantedDayShift = 9;

    public static int Run(string[] args)
    {
        var set = args.Length > 0 ? args[0] : "giveme";
        var at = Array.IndexOf(args, "--clusters");
        var max = at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var n) ? n : DefaultClusters;
        var showAt = Array.IndexOf(args, "--show");
        var show = showAt >= 0 && showAt + 1 < args.Length && int.TryParse(args[showAt + 1], CultureInfo.InvariantCulture, out var s) ? s : 0;
        var data = Path.Combine(AppContext.BaseDirectory, "../../../../../shared/bench-data");
        var dataAt = Array.IndexOf(args, "--data");
        if (dataAt >= 0 && dataAt + 1 < args.Length)
        {
            data = args[dataAt + 1];
        }

        List<(string Name, IReadOnlyList<Article> Articles)> clusters;
        try
        {
            clusters = Clusters(set, data, max);
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            Console.Error.WriteLine($"verify gate: {e.Message}");
            return 1;
        }

        var explainAt = Array.IndexOf(args, "--explain");
        if (explainAt >= 0 && explainAt + 2 < args.Length)
        {
            // --explain CLUSTER TEXT: the verdict on TEXT against every article of one cluster, and why.
            var (_, chosen) = clusters.First(c => c.Name == args[explainAt + 1]);
            var prepared = new Verifier().Prepare(chosen);
            var text = args[explainAt + 2];
            var verdict = new Verifier().Check(text, [], prepared);
            Console.WriteLine($"{verdict.Supported} {verdict.Score} {string.Join("; ", verdict.Reasons)}");
            var analyzed = AnalyzedSentence.Analyze(text);
            Console.WriteLine($"quantities {string.Join(", ", analyzed.Quantities.Select(q => $"{q.Surface} binder={q.Binder} counted={q.Counted} ctx=[{string.Join(' ', q.Context)}]"))}");
            Console.WriteLine($"window: {SupportFinder.Find(analyzed, prepared.Cited([]), prepared)?.Text}");
            foreach (var quantity in analyzed.Quantities)
            {
                foreach (var holder in prepared.Cited([]).SelectMany(a => a.Sentences).Where(h => quantity.SharesContextWith(h.ContentStems) && h.Quantities.Any(q => quantity.IsSupportedBy(q) && quantity.CountsSameAs(q))).Take(3))
                {
                    Console.WriteLine($"  {quantity.Surface} held by: {holder.Text} [{string.Join(", ", holder.Quantities.Select(q => $"{q.Surface} counted={q.Counted}"))}]");
                }
            }
            return 0;
        }

        var writer = new ExtractiveWriter();
        var verifier = new Verifier();
        var gate = new PublicationGate(verifier);
        var drafted = new Dictionary<StoryPart, int>();
        var refused = new Dictionary<StoryPart, int>();
        var planted = new Dictionary<string, (int Planted, int Caught)>(StringComparer.Ordinal);
        var withheld = 0;
        var shown = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var (name, articles) in clusters)
        {
            var draft = writer.WriteAsync(articles, CancellationToken.None).GetAwaiter().GetResult();
            var gated = gate.Check(draft, articles);
            foreach (var part in gated.Parts)
            {
                drafted[part.Part] = drafted.GetValueOrDefault(part.Part) + 1;
                refused[part.Part] = refused.GetValueOrDefault(part.Part) + (part.Supported ? 0 : 1);
            }

            withheld += gated.Story is null ? 1 : 0;
            if (shown < show)
            {
                shown++;
                Show(name, gated);
                if (args.Contains("--why"))
                {
                    Why(draft, articles, verifier);
                }
            }

            Plant(name, gated, articles, gate, planted);
        }

        var elapsed = clock.Elapsed;
        Console.WriteLine($"Publication gate on {clusters.Count} stories ({set}, first {max} clusters of two or more articles); {withheld} withheld (no supported sentence or headline)");
        Console.WriteLine();
        Console.WriteLine("| part | drafted | refused | share refused |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var part in Enum.GetValues<StoryPart>())
        {
            var d = drafted.GetValueOrDefault(part);
            var r = refused.GetValueOrDefault(part);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {part} | {d} | {r} | {(d == 0 ? 0 : 100.0 * r / d):0.0}% |"));
        }

        Console.WriteLine();
        Console.WriteLine("| error planted in a published framing part | planted | caught | share caught |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (kind, (p, c)) in planted.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {p} | {c} | {(p == 0 ? 0 : 100.0 * c / p):0.0}% |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Writing, gating and planting: {elapsed.TotalMilliseconds / Math.Max(1, clusters.Count):0} ms per story"));
        return 0;
    }

    /// <summary>Plants one error in each published framing part (the gate's own output) and counts the ones it refuses.</summary>
    private static void Plant(string name, GatedStory gated, IReadOnlyList<Article> articles, PublicationGate gate, Dictionary<string, (int Planted, int Caught)> planted)
    {
        if (gated.Story is not { } story)
        {
            return;
        }

        var sourceText = string.Join("\n", articles.Select(a => a.Title + "\n" + a.Text)).ToLowerInvariant();
        var seed = name.Aggregate(17, (h, c) => (h * 31) + c);

        void Count(string kind, Story corrupted, Func<GatedStory, bool> caught)
        {
            var (p, c) = planted.GetValueOrDefault(kind);
            var result = gate.Check(corrupted, articles);
            var hit = caught(result);
            planted[kind] = (p + 1, c + (hit ? 1 : 0));
            if (!hit)
            {
                Console.Error.WriteLine($"MISSED [{name}] {kind}: {corrupted.Headline} | {corrupted.Dateline} | {string.Join(" / ", corrupted.Sections.Select(x => x.Heading))}");
            }
        }

        foreach (var kind in new[] { Corruption.InventedName, Corruption.ChangedNumber, Corruption.Negation, Corruption.SwappedRoles })
        {
            if (Corruptions.Apply(kind, story.Headline, sourceText, seed + (int)kind) is { } headline && headline != story.Headline)
            {
                Count($"headline: {kind}", story with { Headline = headline }, g => g.Story is null || g.Story.Headline != headline);
            }

            for (var i = 0; i < story.Sections.Count; i++)
            {
                var heading = story.Sections[i].Heading;
                if (Headings.Furniture.Contains(heading) || Corruptions.Apply(kind, heading, sourceText, seed + (int)kind + (7 * i)) is not { } bad || bad == heading)
                {
                    continue;
                }

                var sections = story.Sections.Select((x, j) => j == i ? x with { Heading = bad } : x).ToList();
                Count($"subhead: {kind}", story with { Sections = sections }, g => g.Story is null || g.Story.Sections.All(x => x.Heading != bad));
            }
        }

        // Key-fact rows: every row of the story corrupted one way at once (the gate checks each row on its own).
        foreach (var kind in Enum.GetValues<FactCorruption>())
        {
            var corrupted = story.Facts.Select((f, i) => FactCorruptions.Apply(kind, f, story.Facts, sourceText, seed + (int)kind + (11 * i))).ToList();
            if (corrupted.All(c => c is null))
            {
                continue;
            }

            var result = gate.Check(story with { Facts = story.Facts.Select((f, i) => corrupted[i] ?? f).ToList() }, articles);
            foreach (var bad in corrupted.OfType<StoryFact>())
            {
                var hit = result.Story is null || !result.Story.Facts.Contains(bad);
                var key = $"fact row: {kind}";
                var (p, c) = planted.GetValueOrDefault(key);
                planted[key] = (p + 1, c + (hit ? 1 : 0));
                if (!hit)
                {
                    Console.Error.WriteLine($"MISSED [{name}] {key}: {bad.Label}: {bad.Value}");
                }
            }
        }

        var (place, date, dateText) = DatelineCheck.Parse(story.Dateline);
        if (place.Length > 0 && OtherPlaces.FirstOrDefault(p => !sourceText.Contains(p.ToLowerInvariant(), StringComparison.Ordinal)) is { } other)
        {
            var bad = dateText.Length > 0 ? $"{other}, {dateText}" : other;
            Count("dateline: another place", story with { Dateline = bad }, g => g.Story is null || !g.Story.Dateline.Contains(other, StringComparison.Ordinal));
        }

        if (date is { } day)
        {
            var shifted = day.AddDays(PlantedDayShift);
            if (DatelineCheck.DateBackedBy(shifted, articles) is null)
            {
                var text = Newsdesk.Writing.Extractive.Dateline.ApDate(shifted.ToDateTime(TimeOnly.MinValue));
                var bad = place.Length > 0 ? $"{place}, {text}" : text;
                Count("dateline: another day", story with { Dateline = bad }, g => g.Story is null || !g.Story.Dateline.Contains(text, StringComparison.Ordinal));
            }
        }
    }

    /// <summary>For each fact row the gate refuses: the cited sentences that hold its numbers, and the window the verifier read.</summary>
    private static void Why(Story draft, IReadOnlyList<Article> articles, Verifier verifier)
    {
        var sources = verifier.Prepare(articles);
        foreach (var fact in draft.Facts)
        {
            var text = $"{fact.Label}: {fact.Value}";
            if (verifier.CheckFact(fact.Label, fact.Value, fact.Cites, sources).Supported)
            {
                continue;
            }

            var analyzed = AnalyzedSentence.Analyze(text);
            var cited = sources.Cited(fact.Cites);
            var window = SupportFinder.Find(analyzed, cited, sources);
            Console.Error.WriteLine($"    WHY \"{text}\" cites {fact.Cites.Count}; quantities {string.Join(", ", analyzed.Quantities.Select(q => $"{q.Surface} binder={q.Binder} counted={q.Counted} ctx=[{string.Join(' ', q.Context)}]"))}");
            Console.Error.WriteLine($"        window: {window?.Text}");
            foreach (var sentence in cited.SelectMany(a => a.Sentences).Where(s => s.Quantities.Any(q => analyzed.Quantities.Any(r => r.IsSupportedBy(q)))).Take(4))
            {
                Console.Error.WriteLine($"        holds: {sentence.Text} [{string.Join(", ", sentence.Quantities.Select(q => $"{q.Surface} binder={q.Binder} counted={q.Counted}"))}]");
            }
        }
    }

    private static void Show(string name, GatedStory gated)
    {
        var story = gated.Story;
        Console.Error.WriteLine($"=== {name}: {(story is null ? "WITHHELD" : story.Headline)}");
        Console.Error.WriteLine($"    dateline: {story?.Dateline} | sources {story?.Sources.Count}");
        if (story is not null)
        {
            Console.Error.WriteLine($"    lede: {story.Lede}");
            foreach (var section in story.Sections)
            {
                Console.Error.WriteLine($"    ## {section.Heading}  ({section.Paragraphs.Sum(p => p.Count)} sentences, {section.Bullets.Count} bullets)");
            }

            foreach (var fact in story.Facts)
            {
                Console.Error.WriteLine($"    fact: {fact.Label}: {fact.Value}");
            }
        }

        foreach (var part in gated.Parts.Where(p => !p.Supported))
        {
            Console.Error.WriteLine($"    REFUSED {part.Part}: \"{part.Text}\" ({string.Join("; ", part.Reasons)}) -> \"{part.Published}\"");
        }
    }

    private static List<(string Name, IReadOnlyList<Article> Articles)> Clusters(string set, string data, int max)
    {
        IEnumerable<(string, IReadOnlyList<Article>)> groups = set switch
        {
            "giveme" => Grouped(EventSets.Giveme(Path.Combine(data, "giveme5w1h-events"))),
            "gva-dev" => Grouped(EventSets.Gva(Path.Combine(data, "gva-events"), EventSets.Part.Dev)),
            "gva-heldout" => Grouped(EventSets.Gva(Path.Combine(data, "gva-events"), EventSets.Part.HeldOut)),
            "multinews" => MultiNews.Read(Path.Combine(data, "multinews-sample", "validation.csv"), max)
                .Select(c => ("c" + c.Index.ToString("000", CultureInfo.InvariantCulture), c.Articles)),
            _ => throw new ArgumentException($"unknown set '{set}' (giveme, gva-dev, gva-heldout, multinews)"),
        };
        return groups.Where(g => g.Item2.Count >= 2).Take(max).ToList();
    }

    private static IEnumerable<(string, IReadOnlyList<Article>)> Grouped(List<LabelledArticle> articles) =>
        articles.GroupBy(a => a.Story, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<Article>)g.Select(a => a.Article).ToList()));
}
