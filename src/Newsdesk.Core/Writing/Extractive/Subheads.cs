using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Extractive;

/// <summary>
/// Subheads drawn from a section's own sentences: the main clause of its most central sentence
/// that reads as a headline (<see cref="SubheadClause"/>: "Twelve people injured", "Line to
/// reopen on Nov 23"). A section with none joins the section before it; the first one is headed
/// by the writer's plain "The story" (key phrases such as "Swept along" or "First glance" read as
/// fragments on real feeds, so none is made up from two adjacent words).
/// </summary>
internal static class Subheads
{
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
}
