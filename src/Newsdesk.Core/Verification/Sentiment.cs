using System.Collections.Frozen;

namespace Newsdesk.Verification;

/// <summary>
/// Words that judge (favourable or unfavourable), and the check that a sentence has not swapped
/// one for a word of the other side in the same place: "the troubled start-up" restated as "the
/// triumphant start-up". Only a swap in the same slot counts (the content word before or after
/// is the same on both sides), so a favourable word elsewhere in a sentence is not a contradiction.
/// The word lists are data, compiled by hand for news copy.
/// </summary>
internal static class Sentiment
{
    private static readonly string[] Favourable =
    [
        "good", "great", "successful", "success", "triumphant", "triumph", "thriving", "thrive", "flourishing", "booming",
        "prosperous", "healthy", "profitable", "stable", "secure", "safe", "positive", "optimistic", "peaceful", "friendly",
        "happy", "pleased", "glad", "delighted", "proud", "grateful", "thankful", "hopeful", "confident", "satisfied",
        "welcome", "welcomed", "praise", "praised", "celebrate", "celebrated", "celebration", "victory", "victorious",
        "improve", "improved", "improvement", "benefit", "beneficial", "helpful", "effective", "efficient", "reliable",
        "reputable", "honest", "legitimate", "legal", "lawful", "encouraging", "promising", "excellent", "outstanding",
        "impressive", "remarkable", "robust", "favourable", "favorable", "best", "better", "easy", "easier", "calm",
        "resolution", "agreement", "cooperation", "support", "supportive", "innocent", "acquitted", "recovery", "recovered",
        "win", "winning", "winner", "boom", "upbeat", "enthusiastic", "excited", "eager", "loved", "love", "popular",
    ];

    private static readonly string[] Unfavourable =
    [
        "bad", "poor", "failed", "failing", "failure", "troubled", "struggling", "embattled", "beleaguered", "distressed",
        "ailing", "weak", "unstable", "insecure", "dangerous", "unsafe", "negative", "pessimistic", "violent", "hostile",
        "unhappy", "angry", "sad", "disappointed", "ashamed", "ungrateful", "worried", "anxious", "frustrated", "upset",
        "condemn", "condemned", "criticise", "criticised", "criticize", "criticized", "mourn", "mourned", "defeat", "defeated",
        "worsen", "worsened", "deterioration", "harm", "harmful", "ineffective", "inefficient", "unreliable", "disreputable",
        "dishonest", "deceptive", "fraudulent", "illegal", "unlawful", "discouraging", "disappointing", "terrible", "awful",
        "disastrous", "alarming", "worst", "worse", "difficult", "harder", "chaotic", "conflict", "invasion", "attack",
        "war", "hostility", "opposition", "guilty", "convicted", "recession", "slump", "collapse", "collapsed", "bankrupt",
        "lose", "losing", "loser", "bust", "gloomy", "reluctant", "hated", "hate", "unpopular", "crisis", "scandal",
    ];

    private static readonly FrozenDictionary<string, int> Polarity = Favourable.Select(w => (Stem: Lemmas.Stem(w), Sign: 1))
        .Concat(Unfavourable.Select(w => (Stem: Lemmas.Stem(w), Sign: -1)))
        .GroupBy(p => p.Stem, StringComparer.Ordinal)
        .Where(g => g.Select(p => p.Sign).Distinct().Count() == 1)
        .ToFrozenDictionary(g => g.Key, g => g.First().Sign, StringComparer.Ordinal);

    /// <summary>
    /// A judging word of the sentence, absent from its window, whose best-aligned counterparts in
    /// the window (the window words the sentence lacks that share most of its neighbours: the
    /// content word before it, the one after it) include a judging word of the other side and none
    /// of its own side: the two words, else null. "Russia's attack on Ukraine" aligns best with
    /// "Russia's invasion of Ukraine", not with "in support of Ukraine".
    /// </summary>
    public static (string Sentence, string Window)? Swapped(AnalyzedSentence sentence, IReadOnlyList<AnalyzedSentence> window, IReadOnlySet<string> windowStems)
    {
        var words = sentence.ContentWords;
        for (var i = 0; i < words.Count; i++)
        {
            var stem = words[i].Stem;
            if (words[i].Capitalized || windowStems.Contains(stem) || !Polarity.TryGetValue(stem, out var sign))
            {
                continue;
            }

            var before = i > 0 ? words[i - 1].Stem : null;
            var after = i + 1 < words.Count ? words[i + 1].Stem : null;
            var best = 0;
            string? opposite = null;
            var sameSide = false;
            foreach (var source in window)
            {
                var other = source.ContentWords;
                for (var k = 0; k < other.Count; k++)
                {
                    if (sentence.ContentStems.Contains(other[k].Stem))
                    {
                        continue;
                    }

                    var score = (before is not null && k > 0 && other[k - 1].Stem == before ? 1 : 0)
                        + (after is not null && k + 1 < other.Count && other[k + 1].Stem == after ? 1 : 0);
                    if (score == 0 || score < best)
                    {
                        continue;
                    }

                    if (score > best)
                    {
                        (best, opposite, sameSide) = (score, null, false);
                    }

                    if (Polarity.TryGetValue(other[k].Stem, out var otherSign))
                    {
                        if (otherSign == sign)
                        {
                            sameSide = true;
                        }
                        else
                        {
                            opposite ??= other[k].Stem;
                        }
                    }
                }
            }

            if (opposite is not null && !sameSide)
            {
                return (stem, opposite);
            }
        }

        return null;
    }
}
