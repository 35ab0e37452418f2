using System.Globalization;
using System.Text;
using Newsdesk.Stories;

namespace Newsdesk.Bench;

/// <summary>
/// The judged pairs of bench/cluster/pairs (issue #14): pairs of articles of the real May 2020 feeds
/// published within 3 days of each other that share a name, each judged "same happening" or not by
/// a reader (rules in bench/cluster/pairs/README.md). <c>--pairs-sample N</c> draws the pairs (a
/// bottom-N sample by a hash of the two links, half among pairs sharing one name, half among pairs
/// sharing two or more) and prints them unjudged; <c>--pairs-score</c> reads the judged file and
/// prints pairwise precision and recall of the clusterer's stories and of the TF-IDF baseline, for all pairs and per
/// part: `dev` when the earlier of the two was captured before <see cref="RealFeedsStream.HeldOutFrom"/> (the real feeds'
/// development part, as for the judged links and joins), `held-out` from then (session 17; the set had no parts before).
/// <c>--show</c> prints the development part's pairs that the clusterer gets wrong, never the held-out ones.
/// </summary>
internal static class JudgedPairs
{
    /// <summary>Pairs published further apart than this are not drawn.</summary>
    public static readonly TimeSpan MaxApart = TimeSpan.FromDays(3);

    /// <summary>The judged file, relative to the repository root.</summary>
    public const string JudgedFile = "bench/cluster/pairs/judged.tsv";

    /// <summary>Characters of an article's text printed for the judge.</summary>
    private const int ShownText = 220;

    internal static string Key(RealFeedsStream.Arrival a) => a.Article.Source + " " + a.Article.Url;

    /// <summary>
    /// A judged link (or "outlet link" key) as the feed parser reads it now: the judged sets were written
    /// when "&amp;amp;" in a feed's links was left as written (nzherald); since e8b8014 the parser decodes it once.
    /// </summary>
    internal static string Link(string judged) => Newsdesk.Feeds.FeedUris.WithoutEscapedAmpersands(judged);

    public static void Sample(string folder, int count)
    {
        var stream = RealFeedsStream.Load(folder);
        var features = new ArticleFeatures(new StoryClustererOptions(), new StreamVocabulary());
        var names = stream.Select(a => features.Profile(a.Article).Names.Lookup.Keys.ToHashSet(StringComparer.Ordinal)).ToList();
        var one = new SortedList<ulong, (int, int)>();
        var more = new SortedList<ulong, (int, int)>();
        var byTime = Enumerable.Range(0, stream.Count).OrderBy(i => stream[i].Article.Published).ToList();
        for (var x = 0; x < byTime.Count; x++)
        {
            var i = byTime[x];
            for (var y = x + 1; y < byTime.Count && stream[byTime[y]].Article.Published - stream[i].Article.Published <= MaxApart; y++)
            {
                var j = byTime[y];
                var shared = names[i].Count(names[j].Contains);
                if (shared == 0 || stream[i].Article.Title == stream[j].Article.Title)
                {
                    continue;
                }

                var (a, b) = string.CompareOrdinal(Key(stream[i]), Key(stream[j])) < 0 ? (i, j) : (j, i);
                var target = shared == 1 ? one : more;
                var h = Fnv(Key(stream[a]) + "\n" + Key(stream[b]));
                target.TryAdd(h, (a, b));
                if (target.Count > count / 2)
                {
                    target.RemoveAt(target.Count - 1);
                }
            }
        }

        Console.WriteLine("stratum\toutlet_a\tlink_a\toutlet_b\tlink_b\tsame");
        foreach (var (stratum, list) in new[] { ("1name", one), ("2names", more) })
        {
            foreach (var (a, b) in list.Values)
            {
                Console.WriteLine($"{stratum}\t{stream[a].Article.Source}\t{stream[a].Article.Url}\t{stream[b].Article.Source}\t{stream[b].Article.Url}\t?");
                Console.Error.WriteLine($"## {stratum} shared: {string.Join(' ', names[a].Where(names[b].Contains))}");
                Console.Error.WriteLine($"A {Show(stream[a])}");
                Console.Error.WriteLine($"B {Show(stream[b])}");
            }
        }
    }

    public sealed record Score(int Pairs, int JudgedSame, int PredictedSame, int Both)
    {
        public double Precision => PredictedSame == 0 ? 0 : Both / (double)PredictedSame;

        public double Recall => JudgedSame == 0 ? 0 : Both / (double)JudgedSame;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    /// <summary>Rows: pairwise precision/recall of ours and of the baseline on the judged pairs, per stratum and all.</summary>
    public static IEnumerable<string[]> Rows(string folder, string judgedFile, StoryClustererOptions options, double baselineThreshold, bool show = false)
    {
        var judged = File.ReadLines(judgedFile).Skip(1)
            .Select(l => l.Split('\t'))
            .Where(c => c.Length >= 6 && c[5] is "yes" or "no")
            .Select(c => (Stratum: c[0], A: c[1] + " " + Link(c[2]), B: c[3] + " " + Link(c[4]), Same: c[5] == "yes"))
            .ToList();
        var stream = RealFeedsStream.Load(folder);
        var captured = stream.ToDictionary(Key, a => a.Captured, StringComparer.Ordinal);
        bool Dev((string Stratum, string A, string B, bool Same) p) =>
            (captured.TryGetValue(p.A, out var a) ? a : DateTimeOffset.MaxValue) < RealFeedsStream.HeldOutFrom
            || (captured.TryGetValue(p.B, out var b) ? b : DateTimeOffset.MaxValue) < RealFeedsStream.HeldOutFrom;
        var placed = RealFeedsBench.Place(stream, options);
        var ours = placed.ToDictionary(p => Key(p.Arrival), p => p.Story, StringComparer.Ordinal);
        var threads = placed.ToDictionary(p => Key(p.Arrival), p => p.Thread, StringComparer.Ordinal);
        var baseline = new TfIdfBaseline(baselineThreshold, EventBench.BaselineWindow);
        var theirs = stream.ToDictionary(Key, a => baseline.Add(a.Article).ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        Score Of(IEnumerable<(string Stratum, string A, string B, bool Same)> pairs, Dictionary<string, string> story)
        {
            var list = pairs.Where(p => story.ContainsKey(p.A) && story.ContainsKey(p.B)).ToList();
            return new Score(list.Count, list.Count(p => p.Same), list.Count(p => story[p.A] == story[p.B]), list.Count(p => p.Same && story[p.A] == story[p.B]));
        }

        if (show)
        {
            // The pairs ours gets wrong, for reading: joined but judged different, and judged same but apart.
            var byKey = stream.ToDictionary(Key, a => a, StringComparer.Ordinal);
            foreach (var p in judged.Where(p => Dev(p) && ours.ContainsKey(p.A) && ours.ContainsKey(p.B) && p.Same != (ours[p.A] == ours[p.B])))
            {
                Console.Error.WriteLine($"## {(p.Same ? "APART (judged same)" : "JOINED (judged different)")} {p.Stratum} {ours[p.A]} / {ours[p.B]}");
                Console.Error.WriteLine($"A {Show(byKey[p.A])}");
                Console.Error.WriteLine($"B {Show(byKey[p.B])}");
            }

            foreach (var p in judged.Where(p => Dev(p) && ours.ContainsKey(p.A) && ours.ContainsKey(p.B) && ours[p.A] != ours[p.B] && threads[p.A] == threads[p.B]))
            {
                Console.Error.WriteLine($"## THREAD-LINKED ({(p.Same ? "judged same" : "judged different")}) {p.Stratum} {ours[p.A]} / {ours[p.B]}");
                Console.Error.WriteLine($"A {Show(byKey[p.A])}");
                Console.Error.WriteLine($"B {Show(byKey[p.B])}");
            }
        }

        foreach (var (name, pairs) in new[] { ("all judged pairs", judged), ("  sharing one name", judged.Where(p => p.Stratum == "1name").ToList()), ("  sharing two or more names", judged.Where(p => p.Stratum == "2names").ToList()),
                     ("dev part (earlier article before 16 May)", judged.Where(Dev).ToList()), ("held-out part (from 16 May)", judged.Where(p => !Dev(p)).ToList()) })
        {
            var o = Of(pairs, ours);
            var b = Of(pairs, theirs);
            yield return [$"judged real-feeds pairs, {name}: {o.Pairs} pairs, {o.JudgedSame} same happening; pairwise P / R / F1", $"{F(o.Precision)} / {F(o.Recall)} / {F(o.F1)}", $"{F(b.Precision)} / {F(b.Recall)} / {F(b.F1)}", ""];
        }

        // Threads: a pair in one thread is read as "the same happening or its development" (the judging rules count a direct
        // development as the same). The pairs only a thread link joins (same thread, different stories) are the links' own record.
        var inThread = Of(judged, threads);
        var linked = judged.Where(p => ours.ContainsKey(p.A) && ours.ContainsKey(p.B) && ours[p.A] != ours[p.B] && threads[p.A] == threads[p.B]).ToList();
        yield return ["judged real-feeds pairs, all, same thread (story or thread link); pairwise P / R / F1", $"{F(inThread.Precision)} / {F(inThread.Recall)} / {F(inThread.F1)}", "", ""];
        yield return ["  pairs joined only by a thread link: judged same / linked", $"{linked.Count(p => p.Same)} / {linked.Count}", "", ""];
    }

    internal static string Show(RealFeedsStream.Arrival a)
    {
        var text = a.Article.Text.ReplaceLineEndings(" ");
        return $"{a.Article.Published:MM-dd HH:mm} {a.Article.Source}: {a.Article.Title} || {(text.Length <= ShownText ? text : text[..ShownText] + "…")}";
    }

    internal static ulong Fnv(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(s))
        {
            h = (h ^ b) * 1099511628211UL;
        }

        return h;
    }

    private static string F(double x) => x.ToString("F3", CultureInfo.InvariantCulture);
}
