using Newsdesk.Text;

namespace Newsdesk.Verification;

/// <summary>
/// Who did what to whom, for the commonest shape of a news clause: a name, a verb of one to three
/// words, a name ("Iran struck Pakistan", "Smith was sued by Jones"). The sentence's roles are
/// swapped when its support window has the same two names around the same verb in the other
/// order and never in this one; a passive on one side only ("was struck by") turns the order
/// round. Names are the sentence's name runs (<see cref="AnalyzedSentence.Names"/>), each known by
/// its last word.
/// </summary>
internal static class Roles
{
    /// <summary>Most words between the two names for them to be the verb's subject and object.</summary>
    public const int MaxVerbWords = 3;

    /// <summary>Words between two names that make them a list (whose order says nothing), not a subject and an object.</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "and", "or", "nor" };

    private sealed record Clause(string Subject, string Object, HashSet<string> Verbs);

    /// <summary>The swapped pair ("iran/pakistan") when the sentence's roles are exchanged against the window, else null.</summary>
    public static string? Swapped(AnalyzedSentence sentence, IReadOnlyList<AnalyzedSentence> window)
    {
        var ours = Clauses(sentence).ToList();
        if (ours.Count == 0)
        {
            return null;
        }

        var theirs = window.SelectMany(Clauses).ToList();
        foreach (var clause in ours)
        {
            var reversed = theirs.Exists(t => t.Subject == clause.Object && t.Object == clause.Subject && t.Verbs.Overlaps(clause.Verbs));
            var same = theirs.Exists(t => t.Subject == clause.Subject && t.Object == clause.Object && t.Verbs.Overlaps(clause.Verbs));
            if (reversed && !same)
            {
                return $"{clause.Subject}/{clause.Object}";
            }
        }

        return null;
    }

    /// <summary>Name runs: adjacent name tokens (first and last token index), each name's first occurrence or every one; each run is known by its last word.</summary>
    public static List<(int Start, int End)> Runs(AnalyzedSentence sentence, bool everyOccurrence = false)
    {
        var runs = new List<(int Start, int End)>();
        var at = everyOccurrence ? Enumerable.Range(0, sentence.NameAt.Count).Where(i => sentence.NameAt[i]) : sentence.Names.Select(n => n.Index).Order();
        foreach (var i in at)
        {
            if (runs.Count > 0 && runs[^1].End == i - 1)
            {
                runs[^1] = (runs[^1].Start, i);
            }
            else
            {
                runs.Add((i, i));
            }
        }

        // A run takes the capitalised stop word that opens its name ("New York", "The White House").
        for (var r = 0; r < runs.Count; r++)
        {
            var (start, end) = runs[r];
            while (start > 0 && start - 1 < sentence.LeadAt.Count && sentence.LeadAt[start - 1] && (r == 0 || runs[r - 1].End < start - 1))
            {
                start--;
            }

            runs[r] = (start, end);
        }

        return runs;
    }

    /// <summary>Per token, the key of the name run it belongs to (its last word), or null.</summary>
    public static string?[] RunKeys(AnalyzedSentence sentence)
    {
        var keys = new string?[sentence.Sequence.Count];
        foreach (var (start, end) in Runs(sentence, everyOccurrence: true))
        {
            for (var k = start; k <= end; k++)
            {
                keys[k] = sentence.Sequence[end];
            }
        }

        return keys;
    }

    /// <summary>The name-verb-name clauses of a sentence, in active form (a passive's agent is its subject).</summary>
    private static IEnumerable<Clause> Clauses(AnalyzedSentence sentence)
    {
        var names = sentence.Names;
        if (names.Count < 2 || sentence.TitleCase)
        {
            yield break;
        }

        var runs = Runs(sentence);
        for (var r = 0; r + 1 < runs.Count; r++)
        {
            var (a, b) = (runs[r], runs[r + 1]);
            var between = sentence.Sequence.Skip(a.End + 1).Take(b.Start - a.End - 1).ToList();
            // Articles do not count: "denied the The White House" is the verb and the object's article.
            if (between.Count is 0 || between.Count(k => k is not ("the" or "a" or "an")) > MaxVerbWords || between.Exists(Joiners.Contains))
            {
                continue;
            }

            var verbs = between.Where(k => k != "by" && !StopWords.Contains(k) && k.Length > 2).Select(Lemmas.Stem).ToHashSet(StringComparer.Ordinal);
            if (verbs.Count == 0)
            {
                continue;
            }

            var subject = sentence.Sequence[a.End];
            var obj = sentence.Sequence[b.End];
            if (subject == obj)
            {
                continue;
            }

            var passive = between[^1] == "by" && between.Count >= 2;
            yield return passive ? new Clause(obj, subject, verbs) : new Clause(subject, obj, verbs);
        }
    }
}
