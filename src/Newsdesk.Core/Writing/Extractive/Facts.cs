using System.Text.RegularExpressions;
using Newsdesk.Text;
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

    /// <param name="disputedNumbers">Figures the outlets dispute: the disputed row reports them outlet by outlet, no other row repeats one.</param>
    public static List<StoryFact> Extract(IReadOnlyList<SourceSentence> sentences, StoryCorpus corpus, string place, StoryWords words, IReadOnlyList<StoryFact> disputed, IReadOnlyCollection<string> disputedNumbers)
    {
        var facts = new List<StoryFact>(disputed);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new List<(StoryFact Fact, double Score)>();
        foreach (var sentence in sentences)
        {
            foreach (var reading in FactLabels.Read(sentence.Text, corpus.Language))
            {
                if (!seen.Add(reading.Digits) || disputedNumbers.Contains(reading.Digits))
                {
                    continue;
                }

                var cites = CitesHolding(corpus, e => e.Numbers.Contains(reading.Digits));
                numbers.Add((new StoryFact(reading.Label, reading.Value, cites), cites.Count + sentence.Score));
            }
        }

        facts.AddRange(numbers.Where(n => !disputed.Any(d => d.Label.StartsWith(n.Fact.Label, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(n => n.Score).DistinctBy(n => n.Fact.Label, StringComparer.OrdinalIgnoreCase).Take(MaxNumberRows).Select(n => n.Fact));

        // The event's date: a date in a sentence about what comes next ("will report by 30 November") is a deadline, not when it happened.
        var date = sentences.Where(s => !s.IsFuture).SelectMany(s => WrittenDates.In(s.Text, corpus.Language))
            .GroupBy(d => d, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        if (date is not null)
        {
            facts.Add(new StoryFact(words.When, date, CitesHolding(corpus, e => ContainsWords(e, date))));
        }

        if (place.Length > 0)
        {
            var cites = CitesHolding(corpus, e => ContainsWords(e, place));
            if (cites.Count > 0)
            {
                facts.Add(new StoryFact(words.Where, ToTitle(place), cites));
            }
        }

        return facts;
    }

    private static bool ContainsWords(ArticleEvidence evidence, string text) =>
        Tokenizer.Words(text).All(evidence.Words.Contains);

    private static List<string> CitesHolding(StoryCorpus corpus, Func<ArticleEvidence, bool> holds) =>
        corpus.Articles.Where((_, i) => !corpus.OffTopic.Contains(i) && holds(corpus.Evidence[i])).Select(a => a.Id).ToList();

    private static string ToTitle(string place) =>
        string.Join(' ', place.Split(' ').Select(w => w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));
}
