using System.Globalization;
using Newsdesk.Stories;

namespace Newsdesk.Bench;

/// <summary>Development aid: how well single pair signals separate same-event pairs from others within a few days.</summary>
internal static class PairAnalysis
{
    public static void Run(List<LabelledArticle> items, StoryClustererOptions options, int maxDays)
    {
        var features = new ArticleFeatures(options, new StreamVocabulary());
        var profiles = items.Select(a => features.Profile(a.Article)).ToList();
        var pairs = new List<(bool Same, double Cos, double NameCos, int Days)>();
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                var days = (int)Math.Round((items[j].Article.Published!.Value - items[i].Article.Published!.Value).TotalDays);
                if (days > maxDays)
                {
                    break;
                }

                pairs.Add((items[i].Story == items[j].Story, profiles[i].Vector.Cosine(profiles[j].Vector), profiles[i].Names.Cosine(profiles[j].Names), days));
            }
        }

        var examples = new List<(int I, int J, double Cos, bool Same)>();
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count && (items[j].Article.Published!.Value - items[i].Article.Published!.Value).TotalDays <= maxDays; j++)
            {
                examples.Add((i, j, profiles[i].Vector.Cosine(profiles[j].Vector), items[i].Story == items[j].Story));
            }
        }

        string Top(int i) => string.Join(' ', profiles[i].Vector.Terms.Take(12).Select(t => t.Key + (profiles[i].Names.Lookup.ContainsKey(t.Key) ? "*" : "")));
        void Show(string title, IEnumerable<(int I, int J, double Cos, bool Same)> which)
        {
            Console.WriteLine("## " + title);
            foreach (var e in which.Take(15))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- cos {e.Cos:F2} {items[e.I].Article.Published:MM-dd}/{items[e.J].Article.Published:MM-dd} [{items[e.I].Story}/{items[e.J].Story}]"));
                Console.WriteLine($"    A: {items[e.I].Article.Title[..Math.Min(100, items[e.I].Article.Title.Length)]} | {Top(e.I)}");
                Console.WriteLine($"    B: {items[e.J].Article.Title[..Math.Min(100, items[e.J].Article.Title.Length)]} | {Top(e.J)}");
            }
        }

        Show("same event, low cosine", examples.Where(e => e.Same && e.Cos < 0.15).OrderBy(e => (e.I * 7919) % 1009));
        Show("different events, high cosine", examples.Where(e => !e.Same && e.Cos >= 0.3).OrderBy(e => (e.I * 7919) % 1009));

        var positives = pairs.Count(p => p.Same);
        Console.WriteLine($"pairs within {maxDays} days: {pairs.Count}, same event: {positives}");
        foreach (var (name, signal) in new (string, Func<(bool Same, double Cos, double NameCos, int Days), double>)[]
        {
            ("cosine", p => p.Cos), ("name cosine", p => p.NameCos), ("min(cos, namecos)", p => Math.Min(p.Cos, p.NameCos)),
            ("cos*namecos", p => Math.Sqrt(p.Cos * p.NameCos)), ("0.5cos+0.5name", p => 0.5 * p.Cos + 0.5 * p.NameCos),
        })
        {
            Console.WriteLine($"## {name}");
            foreach (var t in new[] { 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6 })
            {
                var hit = pairs.Where(p => signal(p) >= t).ToList();
                var tp = hit.Count(p => p.Same);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  >= {t:F2}: P {(hit.Count > 0 ? (double)tp / hit.Count : 0):F3} R {(double)tp / positives:F3}  (same-day R {(double)tp / Math.Max(1, positives):F3})"));
            }
        }

        Console.WriteLine("## same-event pairs by day gap: recall at cosine >= 0.3");
        foreach (var g in pairs.Where(p => p.Same).GroupBy(p => p.Days).OrderBy(g => g.Key))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {g.Key} days: {g.Count()} pairs, {g.Count(p => p.Cos >= 0.3) / (double)g.Count():F3}; diff pairs {pairs.Count(p => !p.Same && p.Days == g.Key)}"));
        }
    }
}
