using System.Text.RegularExpressions;
using Newsdesk.Text;
using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Extractive;

/// <summary>
/// Subheads drawn from a section's own sentences: the main clause of its most central sentence
/// that reads as a headline (<see cref="SubheadClause"/>: "Twelve people injured", "Line to
/// reopen on Nov 23"); failing that, its most salient key phrase (two adjacent content words) or name.
/// </summary>
internal static partial class Subheads
{
    [GeneratedRegex(@"(?<!^)(?<![.!?]\s)\b[A-Z][\p{L}'\-]+(?:\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+)?|du\s+|von\s+|van\s+|the\s+)?[A-Z][\p{L}'\-]+){0,3}", RegexOptions.CultureInvariant)]
    private static partial Regex NameRun();

    [GeneratedRegex(@"[\p{L}][\p{L}'\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>The headline-style clause of the section's most central sentence that has one; "" when none has.</summary>
    public static string Clause(IReadOnlyList<SourceSentence> sentences, ISet<string> used) => ClauseOf(sentences, used, null).Clause;

    /// <summary>
    /// The section's headline-style clause and the sentence it comes from. With
    /// <paramref name="corpus"/>, the clause that says most about the section wins (its cosine with
    /// the section's sentences' centroid: "Shares fell 6.2%" is the main clause of a central
    /// sentence about a derailment, but not what the section is about); without, the clause of the
    /// most central sentence. ("", null) when no sentence has one.
    /// </summary>
    public static (string Clause, SourceSentence? From) ClauseOf(IReadOnlyList<SourceSentence> sentences, ISet<string> used, StoryCorpus? corpus)
    {
        var candidates = sentences.Where(s => s.Usable)
            .Select(s => (Sentence: s, Clause: SubheadClause.Of(s.Text)))
            .Where(c => c.Clause.Length > 0 && !used.Contains(c.Clause.ToLowerInvariant()))
            .ToList();
        if (candidates.Count == 0)
        {
            return ("", null);
        }

        var best = candidates.MaxBy(c => c.Sentence.Score);
        if (corpus is not null)
        {
            var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var sentence in sentences)
            {
                Vectors.AddTo(centroid, sentence.Vector);
            }

            Vectors.Normalise(centroid);
            best = candidates.OrderByDescending(c => Vectors.Cosine(Vectors.TfIdf(Tokens.Terms(c.Clause), corpus.Idf), centroid))
                .ThenByDescending(c => c.Sentence.Score).First();
        }

        used.Add(best.Clause.ToLowerInvariant());
        return (best.Clause, best.Sentence);
    }

    /// <summary>A section's clause, or else its key phrase or name (for a section that cannot be folded into another).</summary>
    public static string For(IReadOnlyList<SourceSentence> sentences, StoryCorpus corpus, ISet<string> used)
    {
        var clause = Clause(sentences, used);
        if (clause.Length > 0)
        {
            return clause;
        }

        var name = BestName(sentences, used);
        var phrase = BestPhrase(sentences, corpus, used, name);
        var heading = (name, phrase) switch
        {
            (_, { Length: > 0 }) => Capitalise(phrase),
            ({ Length: > 0 }, _) => name,
            _ => "",
        };
        if (name.Length > 0)
        {
            used.Add(name.ToLowerInvariant());
        }

        if (phrase.Length > 0)
        {
            used.Add(phrase.ToLowerInvariant());
        }

        return heading;
    }

    /// <summary>The name run met most often in the section; ties go to the one in its most central sentence.</summary>
    private static string BestName(IReadOnlyList<SourceSentence> sentences, ISet<string> used) =>
        sentences
            .SelectMany(s => NameRun().Matches(s.Text).Select(m => (Name: m.Value, s.Score)))
            .Where(n => n.Name.Length > 2 && !used.Contains(n.Name.ToLowerInvariant()) && !WriterStopWords.Words.Contains(n.Name.ToLowerInvariant()))
            .GroupBy(n => n.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(n => n.Score)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault() ?? "";

    private static string BestPhrase(IReadOnlyList<SourceSentence> sentences, StoryCorpus corpus, ISet<string> used, string name)
    {
        var nameWords = new HashSet<string>(Tokenizer.Words(name), StringComparer.Ordinal);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var frequency = sentences.SelectMany(s => s.Terms).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var words = Word().Matches(sentence.Text).Select(m => m.Value).ToList();
            for (var i = 0; i + 1 < words.Count; i++)
            {
                var (a, b) = (words[i].ToLowerInvariant(), words[i + 1].ToLowerInvariant());
                if (!IsContent(a) || !IsContent(b) || b.EndsWith("ed", StringComparison.Ordinal) || NumberWords.Contains(a) || NumberWords.Contains(b) || nameWords.Contains(a) || nameWords.Contains(b)
                    || char.IsUpper(words[i][0]) || char.IsUpper(words[i + 1][0]))
                {
                    continue;
                }

                var phrase = $"{a} {b}";
                // Frequent in the section, and not so common in the story as to say nothing.
                var (sa, sb) = (Stemmer.Stem(a), Stemmer.Stem(b));
                var weight = (frequency.GetValueOrDefault(sa) * corpus.Idf.GetValueOrDefault(sa, 1)) + (frequency.GetValueOrDefault(sb) * corpus.Idf.GetValueOrDefault(sb, 1));
                scores[phrase] = Math.Max(scores.GetValueOrDefault(phrase), weight);
            }
        }

        return scores.Where(kv => !used.Contains(kv.Key))
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key).FirstOrDefault() ?? "";
    }

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred", "thousand", "million", "billion",
    };

    /// <summary>Words that can carry a subhead: not function words, adverbs (-ly) or gerunds (-ing).</summary>
    private static bool IsContent(string word) =>
        word.Length > 2 && !WriterStopWords.Words.Contains(word)
        && !word.EndsWith("ly", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
