using System.Collections.Frozen;

namespace Newsdesk.Verification;

/// <summary>
/// Words that restrict a statement to one thing ("only", "solely", "exclusively"): like a negation,
/// they change what is claimed ("the only survivor", "sold only in Europe"), so the sources must use
/// one. A restriction none of the cited articles writes anywhere is an added claim; "not only" (a
/// conjunction) and "if only" are not restrictions.
/// </summary>
internal static class Restrictions
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(["only", "solely", "exclusively"], StringComparer.Ordinal);

    /// <summary>The sentence's first restricting word that no cited article writes, else null.</summary>
    public static string? Added(AnalyzedSentence sentence, IReadOnlyList<SourceArticle> cited)
    {
        var keys = sentence.Sequence;
        for (var i = 0; i < keys.Count; i++)
        {
            if (Words.Contains(keys[i]) && !(i > 0 && keys[i - 1] is "not" or "if") && !cited.Any(a => a.Keys.Contains(keys[i])))
            {
                return keys[i];
            }
        }

        return null;
    }
}
