using System.Globalization;
using System.Text.Json;
using Newsdesk.Articles;

namespace Newsdesk.Bench;

/// <summary>
/// The labelled event sets of bench-data, as streams in arrival order with their gold event:
/// gva-events (local news on gun-violence incidents, labelled by incident) and giveme5w1h-events
/// (hand-grouped world news events). gva-events is split by a stable hash of the incident id into
/// a development part (looked at and tuned on) and a held-out part (only scored).
/// </summary>
internal static class EventSets
{
    /// <summary>The gva-events file this repository sees (the other half of the corpus is kept apart by the team).</summary>
    public const string GvaFile = "gva-even.jsonl";

    /// <summary>The giveme5w1h-events file.</summary>
    public const string GivemeFile = "news_cluster.jsonl";

    /// <summary>Which part of gva-events an incident falls in.</summary>
    public enum Part
    {
        All,
        Dev,
        HeldOut,
    }

    /// <summary>
    /// Loads gva-events in file order (sorted by day; the order within a day is the file's). Dates
    /// carry no time, so every article is stamped at noon UTC of its day.
    /// </summary>
    public static List<LabelledArticle> Gva(string folder, Part part = Part.All)
    {
        var list = new List<LabelledArticle>();
        foreach (var line in File.ReadLines(Path.Combine(folder, GvaFile)))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var incident = root.GetProperty("incident_id").GetString() ?? "";
            if (part != Part.All && (IsDev(incident) ? Part.Dev : Part.HeldOut) != part)
            {
                continue;
            }

            var day = DateTime.ParseExact(root.GetProperty("date").GetString() ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var id = root.GetProperty("doc_id").GetString() + "/" + incident;
            list.Add(new LabelledArticle(
                new Article(id, root.GetProperty("url").GetString() ?? "", Newsdesk.Articles.CanonicalUrl.OutletHost(root.GetProperty("url").GetString()),
                    root.GetProperty("title").GetString() ?? "", root.GetProperty("text").GetString() ?? "",
                    new DateTimeOffset(day.AddHours(12), TimeSpan.Zero)),
                incident));
        }

        return list;
    }

    /// <summary>Loads giveme5w1h-events sorted by publication time; the 23 undated articles are left out (a stream has no place for them).</summary>
    public static List<LabelledArticle> Giveme(string folder)
    {
        var list = new List<(LabelledArticle Item, int Line)>();
        var n = 0;
        foreach (var line in File.ReadLines(Path.Combine(folder, GivemeFile)))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            string S(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
            DateTimeOffset? published = DateTime.TryParse(S("date_publish"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d)
                ? new DateTimeOffset(d, TimeSpan.Zero)
                : null;
            var text = S("description").Length > 0 && !S("text").StartsWith(S("description"), StringComparison.Ordinal)
                ? S("description") + "\n\n" + S("text")
                : S("text");
            if (published is not null)
            {
                list.Add((new LabelledArticle(new Article(S("doc_id"), S("url"), S("source_domain"), S("title"), text, published), S("event")), n++));
            }
        }

        return list
            .OrderBy(x => x.Item.Article.Published)
            .ThenBy(x => x.Line)
            .Select(x => x.Item)
            .ToList();
    }

    /// <summary>The development part: incidents whose FNV-1a hash has bit 16 clear (about half; the low bits of FNV-1a follow the digits' parity).</summary>
    public static bool IsDev(string incident)
    {
        var h = 2166136261u;
        foreach (var c in incident)
        {
            h = (h ^ c) * 16777619u;
        }

        return ((h >> 16) & 1) == 0;
    }
}
