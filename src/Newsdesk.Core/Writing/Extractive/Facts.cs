using System.Text.RegularExpressions;
using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Extractive;

/// <summary>
/// The key-facts table: numbers with what they count, the date and the place, found in the
/// story's best sentences; each row cites every article whose text holds its value.
/// </summary>
internal static partial class Facts
{
    /// <summary>Rows of numbers at most; the table is a summary, not an index.</summary>
    internal const int MaxNumberRows = 6;

    /// <summary>Best-scored sentences searched for facts besides the chosen ones.</summary>
    internal const int SentencesSearched = 60;

    [GeneratedRegex(@"(?<value>[$\u20ac\u00a3]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[$\u20ac\u00a3]?\d+(?:\.\d+)?)(?<unit>\s?(?:%|percent|per cent|million|billion|trillion))?(?<rest>(?:\s+[A-Za-z][\w\-]*){0,4})", RegexOptions.CultureInvariant)]
    private static partial Regex NumberWithContext();

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    /// <summary>Words after a number that make it a time, an age or a ranking rather than a key fact.</summary>
    private static readonly HashSet<string> Unhelpful = new(StringComparer.Ordinal)
    {
        "a", "p", "am", "pm", "m", "year", "old", "th", "st", "nd", "rd", "of", "to", "and", "or", "in", "on", "at",
    };

    public static List<StoryFact> Extract(IReadOnlyList<SourceSentence> sentences, StoryCorpus corpus, string place, IReadOnlyList<StoryFact> disputed)
    {
        var facts = new List<StoryFact>(disputed);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new List<(StoryFact Fact, double Score)>();
        foreach (var sentence in sentences)
        {
            foreach (Match m in NumberWithContext().Matches(sentence.Text))
            {
                var value = (m.Groups["value"].Value + m.Groups["unit"].Value).Trim();
                var digits = SentenceFeatures.NormaliseNumber(m.Groups["value"].Value.TrimStart('$', '\u20ac', '\u00a3'));
                if (IsYear(digits, m.Groups["unit"].Value) || IsInsideWord(sentence.Text, m.Index) || !seen.Add(digits))
                {
                    continue;
                }

                var label = Label(m.Groups["rest"].Value);
                if (label.Length == 0)
                {
                    continue;
                }

                var cites = CitesHolding(corpus, e => e.Numbers.Contains(digits));
                numbers.Add((new StoryFact(label, value, cites), cites.Count + sentence.Score));
            }
        }

        facts.AddRange(numbers.Where(n => !disputed.Any(d => d.Label.Equals(n.Fact.Label, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(n => n.Score).Take(MaxNumberRows).Select(n => n.Fact));

        var date = sentences.SelectMany(s => DatePattern().Matches(s.Text).Select(m => m.Value))
            .GroupBy(d => d, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        if (date is not null)
        {
            facts.Add(new StoryFact("When", date, CitesHolding(corpus, e => ContainsWords(e, date))));
        }

        if (place.Length > 0)
        {
            var cites = CitesHolding(corpus, e => ContainsWords(e, place));
            if (cites.Count > 0)
            {
                facts.Add(new StoryFact("Where", ToTitle(place), cites));
            }
        }

        return facts;
    }

    private static bool IsYear(string digits, string unit) =>
        unit.Length == 0 && digits.Length == 4 && int.TryParse(digits, out var year) && year is >= 1800 and <= 2100;

    /// <summary>Part of a word, a decimal (".340"), an abbreviated year ("'15") or a compound ("15-day").</summary>
    private static bool IsInsideWord(string text, int index) =>
        index > 0 && (char.IsLetter(text[index - 1]) || text[index - 1] is '.' or '\'' or '\u2019' or '-' or '(');

    /// <summary>What a number counts: up to two content words after it ("15,000 jerseys" -> "Jerseys").</summary>
    private static string Label(string rest)
    {
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || Unhelpful.Contains(words[0].ToLowerInvariant()))
        {
            return "";
        }

        var content = words.Select(w => w.ToLowerInvariant())
            .TakeWhile(w => !Unhelpful.Contains(w) && !StopWords.English.Contains(w)).Take(2).ToList();
        if (content.Count == 0)
        {
            return "";
        }

        var label = string.Join(' ', content);
        return char.ToUpperInvariant(label[0]) + label[1..];
    }

    private static bool ContainsWords(ArticleEvidence evidence, string text) =>
        Tokens.Words(text).All(evidence.Words.Contains);

    private static List<string> CitesHolding(StoryCorpus corpus, Func<ArticleEvidence, bool> holds) =>
        corpus.Articles.Where((_, i) => !corpus.OffTopic.Contains(i) && holds(corpus.Evidence[i])).Select(a => a.Id).ToList();

    private static string ToTitle(string place) =>
        string.Join(' ', place.Split(' ').Select(w => w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));
}
