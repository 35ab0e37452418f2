using System.Collections.Frozen;
using Newsdesk.Text;

namespace Newsdesk.Verification;

/// <summary>
/// Small closed classes of words that state a fact the way a name or a number does: colours,
/// units of time, sex and kinship, compass points, seasons (not parts of the day: "the eve of" is often "the night before"). A sentence's word from one of these
/// classes must be in its support: "white paint" is not supported by "blue paint", nor a
/// "one-month anniversary" by a one-year one. Data in one place, compiled by hand.
/// </summary>
internal static class ClosedClasses
{
    private static readonly string[][] Classes =
    [
        ["red", "orange", "yellow", "green", "blue", "purple", "violet", "pink", "brown", "black", "white", "grey", "gray", "gold", "silver"],
        ["minute", "hour", "day", "week", "month", "year", "decade", "century"],
        ["man", "woman", "men", "women", "boy", "girl", "boys", "girls", "male", "female", "father", "mother", "son", "daughter",
            "brother", "sister", "husband", "wife", "uncle", "aunt", "grandfather", "grandmother", "gay", "lesbian"],
        ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest"],
        ["spring", "summer", "autumn", "winter"],
    ];

    /// <summary>Stem -> the stems of the other members of its class.</summary>
    private static readonly FrozenDictionary<string, FrozenSet<string>> Members = Classes
        .SelectMany(c => c.Select(w => (Stem: Lemmas.Stem(w), Class: c.Select(Lemmas.Stem).ToFrozenSet(StringComparer.Ordinal))))
        .GroupBy(p => p.Stem, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First().Class, StringComparer.Ordinal);

    /// <summary>
    /// Words that change who a title names ("co-founder", "vice president", "deputy director"):
    /// one of them before a word that its window has bare is a different person or role, not a
    /// paraphrase. "Former" and "ex" are left out: "the former year", "ex-dividend".
    /// </summary>
    private static readonly FrozenSet<string> RoleModifiers = FrozenSet.ToFrozenSet(
        ["co", "vice", "deputy", "assistant", "interim"], StringComparer.Ordinal);

    /// <summary>
    /// The role modifiers of the sentence (lowercase) that its window lacks, written before a word
    /// the window has: "the co-founder" when the window says "the founder".
    /// </summary>
    public static IEnumerable<string> AddedModifiers(AnalyzedSentence sentence, IReadOnlySet<string> windowStems)
    {
        var words = sentence.ContentWords;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!words[i].Capitalized && RoleModifiers.Contains(words[i].Key) && !windowStems.Contains(words[i].Stem)
                && windowStems.Contains(words[i + 1].Stem))
            {
                yield return words[i].Key;
            }
        }
    }

    /// <summary>
    /// The closed-class words of the sentence (lowercase: a capital makes a name, "the Gold plan")
    /// that the sources lack anywhere while the support window has another member of the same
    /// class: a substitution, not an added detail.
    /// </summary>
    public static IEnumerable<string> Substituted(AnalyzedSentence sentence, IReadOnlySet<string> supportStems, Func<string, bool> inSources)
    {
        foreach (var stem in sentence.ContentWords.Where(w => !w.Capitalized).Select(w => w.Stem).Distinct())
        {
            if (supportStems.Contains(stem) || inSources(stem) || !Members.TryGetValue(stem, out var members))
            {
                continue;
            }

            if (members.Any(m => m != stem && supportStems.Contains(m)))
            {
                yield return stem;
            }
        }
    }
}
