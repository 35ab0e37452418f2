using System.Collections.Frozen;
using Newsdesk.Articles;

namespace Newsdesk.Stories;

/// <summary>
/// Topics and entities of a story, for topic pages, entity pages and related stories. Topics come
/// from keyword lists (our own, below); entities are capitalised names that more than one article
/// uses, or that the headlines use.
/// </summary>
public static class StoryTags
{
    /// <summary>Most topics a story carries.</summary>
    public const int MaxTopics = 2;

    /// <summary>Most entities a story carries.</summary>
    public const int MaxEntities = 8;

    /// <summary>Keyword hits (per thousand words, at least <see cref="MinTopicHits"/>) that make a topic.</summary>
    public const int MinTopicHits = 2;

    /// <summary>Longest text read per article.</summary>
    private const int MaxCharsPerArticle = 20_000;

    /// <summary>Topic keywords, lower-case word stems matched as word prefixes. Written for Newsdesk.</summary>
    public static readonly FrozenDictionary<string, string[]> TopicKeywords = new Dictionary<string, string[]>
    {
        ["Politics"] = ["election", "minister", "parliament", "senat", "vote", "voter", "campaign", "govern", "mayor", "council", "party", "president", "legislat", "coalition", "ballot"],
        ["Business"] = ["market", "shares", "stock", "compan", "profit", "revenue", "investor", "bank", "economy", "economic", "inflation", "job", "layoff", "merger", "price", "trade", "factory", "ceo"],
        ["Science"] = ["scien", "research", "study", "species", "discover", "space", "telescope", "universit", "laborator", "fossil", "astronom"],
        ["Health"] = ["hospital", "health", "patient", "doctor", "disease", "virus", "vaccin", "medical", "outbreak", "nurse", "clinic"],
        ["Climate & environment"] = ["climate", "flood", "storm", "wildfire", "drought", "emission", "weather", "environment", "rainfall", "heatwave", "pollut"],
        ["Sport"] = ["match", "cup", "championship", "goal", "coach", "league", "tournament", "player", "season", "final", "stadium", "team"],
        ["Technology"] = ["software", "tech", "digital", "cyber", "hack", "data", "internet", "app", "artificial", "robot", "chip"],
        ["Crime & justice"] = ["police", "court", "judge", "trial", "arrest", "charged", "prosecut", "crime", "investigat", "sentence", "lawsuit"],
        ["Transport"] = ["train", "rail", "airport", "flight", "bridge", "road", "traffic", "transit", "ferry", "bus"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Capitalised words that start sentences or name months and days, never entities on their own.</summary>
    private static readonly FrozenSet<string> NotNames = FrozenSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "I", "But", "And", "Or", "If", "As", "By", "For",
        "This", "That", "These", "Those", "There", "Their", "His", "Her", "Its", "Our", "After", "Before", "When", "While",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Dr", "Read",
        "More", "Photo", "Updated", "According", "Officials", "Police", "Some", "Many", "Most", "One", "Two", "Three");

    public static IReadOnlyList<string> Topics(IReadOnlyList<Article> articles)
    {
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = 0;
        foreach (var article in articles)
        {
            foreach (var word in Words(article.Title + " " + Clip(article.Text)))
            {
                words++;
                var lower = word.ToLowerInvariant();
                foreach (var (topic, keys) in TopicKeywords)
                {
                    if (keys.Any(k => lower.StartsWith(k, StringComparison.Ordinal)))
                    {
                        hits[topic] = hits.GetValueOrDefault(topic) + 1;
                    }
                }
            }
        }

        var needed = Math.Max(MinTopicHits, words / 1000 * MinTopicHits);
        return hits.Where(h => h.Value >= needed)
            .OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal)
            .Take(MaxTopics).Select(h => h.Key).ToList();
    }

    public static IReadOnlyList<string> Entities(IReadOnlyList<Article> articles)
    {
        var articlesUsing = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var inHeadline = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var name in Names(Clip(article.Text)))
            {
                if (!articlesUsing.TryGetValue(name, out var ids))
                {
                    articlesUsing[name] = ids = new HashSet<string>(StringComparer.Ordinal);
                }

                ids.Add(article.Id);
            }

            foreach (var name in Names(article.Title))
            {
                inHeadline.Add(name);
            }
        }

        return articlesUsing
            .Where(e => e.Value.Count >= 2 || (articles.Count == 1 && inHeadline.Contains(e.Key)))
            .OrderByDescending(e => e.Value.Count + (inHeadline.Contains(e.Key) ? 1 : 0))
            .ThenByDescending(e => e.Key.Count(c => c == ' '))
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => e.Key)
            .Where((_, i) => i < MaxEntities * 3)
            .Aggregate(new List<string>(), (kept, name) =>
            {
                // Keep "Maria Okafor" rather than also "Okafor".
                if (kept.Count < MaxEntities && !kept.Any(k => k.Contains(name, StringComparison.Ordinal) || name.Contains(k, StringComparison.Ordinal)))
                {
                    kept.Add(name);
                }

                return kept;
            });
    }

    /// <summary>Runs of capitalised words (with "of", "de", "van" inside), not at a sentence start unless two words long.</summary>
    internal static IEnumerable<string> Names(string text)
    {
        var run = new List<string>();
        var sentenceStart = true;
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('"', '\'', '(', ')', ',', ';', ':', '.', '!', '?', '\u201c', '\u201d', '\u2018', '\u2019');
            var capitalised = word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && !NotNames.Contains(word);
            var connector = run.Count > 0 && word is "of" or "de" or "van" or "von" or "al";
            if (capitalised && !(sentenceStart && run.Count == 0 && IsCommonStart(word)))
            {
                run.Add(word);
            }
            else if (!connector)
            {
                if (Flush(run) is { } name)
                {
                    yield return name;
                }
            }
            else
            {
                run.Add(word);
            }

            sentenceStart = raw.EndsWith('.') || raw.EndsWith('!') || raw.EndsWith('?');
            if (sentenceStart && Flush(run) is { } ended)
            {
                yield return ended;
            }
        }

        if (Flush(run) is { } last)
        {
            yield return last;
        }
    }

    private static bool IsCommonStart(string word) => word.Length < 4;

    private static string? Flush(List<string> run)
    {
        while (run.Count > 0 && run[^1] is "of" or "de" or "van" or "von" or "al")
        {
            run.RemoveAt(run.Count - 1);
        }

        var name = run.Count == 0 ? null : string.Join(' ', run);
        run.Clear();
        return name is { Length: >= 3 } ? name : null;
    }

    private static string Clip(string text) => text.Length > MaxCharsPerArticle ? text[..MaxCharsPerArticle] : text;

    private static IEnumerable<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('"', '\'', '(', ')', ',', ';', ':', '.', '!', '?'));
}
