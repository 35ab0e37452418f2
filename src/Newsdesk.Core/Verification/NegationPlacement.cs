using Newsdesk.Text;

namespace Newsdesk.Verification;

/// <summary>
/// A negation judged where it stands: the words around a negation of the sentence ("had [not]
/// made his way") written together without it in the support window ("had made his way") is a
/// negation added; a negation of the window whose surroundings the sentence writes without it is
/// one removed. The surroundings are the word before the negation and the two after it (the three
/// after it when it opens the sentence), so only the same clause matches, whatever the governed
/// words are ("is not 'How did you do it?'" against "is 'How did you do it?'").
/// </summary>
internal static class NegationPlacement
{
    /// <summary>What differs ("not: to be a (the support: to be a)"), or null when the negations stand alike.</summary>
    public static string? Differs(AnalyzedSentence sentence, IReadOnlyList<AnalyzedSentence> window)
    {
        if (window.Count == 0)
        {
            return null;
        }

        var plainWindow = window.SelectMany(w => Contexts(w.Sequence, negated: false)).ToHashSet(StringComparer.Ordinal);
        var negatedWindow = window.SelectMany(w => Contexts(w.Sequence, negated: true)).ToHashSet(StringComparer.Ordinal);
        var plainSentence = Contexts(sentence.Sequence, negated: false).ToHashSet(StringComparer.Ordinal);
        var negatedSentence = Contexts(sentence.Sequence, negated: true).ToHashSet(StringComparer.Ordinal);

        // Added: the sentence negates where the window does not; removed: the other way round.
        if (negatedSentence.FirstOrDefault(c => plainWindow.Contains(c) && !negatedWindow.Contains(c)) is { } added)
        {
            return $"negated around '{added}' (the support: plain)";
        }

        return negatedWindow.FirstOrDefault(c => plainSentence.Contains(c) && !negatedSentence.Contains(c)) is { } removed
            ? $"plain around '{removed}' (the support: negated)"
            : null;
    }

    /// <summary>
    /// With <paramref name="negated"/>: the context of each negation (the word before it and the
    /// ones after it, the negation left out). Without: every run of words such a context could be.
    /// </summary>
    private static IEnumerable<string> Contexts(IReadOnlyList<string> words, bool negated)
    {
        if (!negated)
        {
            for (var i = 0; i + 3 <= words.Count; i++)
            {
                // A run right after a negation is the negation's own ("not [be a silent] victim"), not a plain
                // one; so is one after "not to" ("advising women not to [be a silent] victim").
                if (!IsCue(words[i]) && !IsCue(words[i + 1]) && !IsCue(words[i + 2]) && (i == 0 || !IsCue(words[i - 1]))
                    && (i < 2 || words[i - 1] != "to" || !IsCue(words[i - 2])))
                {
                    yield return string.Join(' ', words[i], words[i + 1], words[i + 2]);
                }
            }

            yield break;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (!IsCue(words[i]) || Polarity.IsIdiom(words[i], i + 1 < words.Count ? words[i + 1] : null))
            {
                continue;
            }

            var after = words.Skip(i + 1).SkipWhile(IsCue).Take(3).ToList();
            if (i > 0 && after.Count >= 2)
            {
                yield return string.Join(' ', words[i - 1], after[0], after[1]);
            }
            else if (i == 0 && after.Count == 3)
            {
                yield return string.Join(' ', after);
            }
        }
    }

    private static bool IsCue(string key) => Polarity.NegationCues.Contains(key) || key.EndsWith("n't", StringComparison.Ordinal);
}
