using System.Collections.Frozen;
using Newsdesk.Text;

namespace Newsdesk.Verification;

/// <summary>
/// Who a sentence says said something: a name before a verb of saying ("Smith said", "Smith told
/// reporters"), a name after one ("said Mayor John Smith"), or after "according to". A statement
/// attributed to a named speaker is supported only where its support gives it to that speaker:
/// the name is in the support window or in the sentences just around it (a quotation often opens a
/// paragraph that names its speaker a sentence or two before), and the window does not give the
/// statement to someone else. The verbs are data, compiled by hand for news copy.
/// </summary>
internal static class Attribution
{
    /// <summary>Verbs that attribute a statement to the name before them (and, for most, after them).</summary>
    private static readonly FrozenSet<string> SpeechVerbs = FrozenSet.ToFrozenSet(
    [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "announced", "announces", "explained",
        "noted", "wrote", "writes", "warned", "warns", "claimed", "claims", "insisted", "argued", "tweeted", "declared",
        "asserted", "acknowledged", "admitted", "confirmed", "revealed", "testified", "recalled", "complained", "predicted",
        "urged", "vowed", "pledged", "promised", "replied", "responded", "commented", "remarked", "conceded", "stressed",
        "emphasized", "emphasised", "alleged", "contended", "reported", "reports", "believes", "thinks", "thought",
    ], StringComparer.Ordinal);

    /// <summary>Verbs after which a name is the addressee, not the speaker ("told Smith").</summary>
    private static readonly FrozenSet<string> AddresseeVerbs = FrozenSet.ToFrozenSet(["told", "tells", "urged", "warned", "warns", "promised"], StringComparer.Ordinal);

    /// <summary>Titles that may open a speaker's name ("said Mr. Smith", "said Sen. Jones").</summary>
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(["mr", "mrs", "ms", "dr", "the"], StringComparer.Ordinal);

    /// <summary>Marks a speaker named by a common noun ("officials said"): such a speaker is someone, not a name to look up.</summary>
    public const string UnnamedPrefix = "~";

    /// <summary>Source sentences before the support window searched for the speaker's name.</summary>
    public const int ReachBefore = 3;

    /// <summary>Source sentences after the support window searched for the speaker's name.</summary>
    public const int ReachAfter = 1;

    /// <summary>
    /// The keys of the last word of each named speaker of a sentence ("smith" for "Mayor John Smith
    /// said"), and of each speaker named by a common noun, marked with <see cref="UnnamedPrefix"/>.
    /// </summary>
    public static IReadOnlyList<string> Speakers(IReadOnlyList<Token> tokens)
    {
        var speakers = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            if (SpeechVerbs.Contains(token.Key))
            {
                if (i > 0 && IsNameWord(tokens[i - 1]))
                {
                    speakers.Add(tokens[i - 1].Key);
                }
                else if (i > 0 && tokens[i - 1].Kind == TokenKind.Word && !tokens[i - 1].IsCapitalized && !StopWords.Contains(tokens[i - 1].Key)
                    && tokens[i - 1].Key.Length > 2 && !tokens[i].AfterBreak)
                {
                    // "officials said", "police said": a speaker named by what they are.
                    speakers.Add(UnnamedPrefix + tokens[i - 1].Key);
                }
                else if (!AddresseeVerbs.Contains(token.Key) && NameAfter(tokens, i + 1) is { } after)
                {
                    speakers.Add(after);
                }
            }
            else if (token.Key == "according" && i + 1 < tokens.Count && tokens[i + 1].Key == "to" && NameAfter(tokens, i + 2) is { } source)
            {
                speakers.Add(source);
            }
        }

        return speakers;
    }

    /// <summary>The speakers of the sentence that its support window does not give the statement to.</summary>
    public static IReadOnlyList<string> Unsupported(AnalyzedSentence sentence, SupportWindow window)
    {
        if (!sentence.Speakers.Any(IsNamed))
        {
            return [];
        }

        var inWindow = window.Sentences.ToList();
        var windowSpeakers = inWindow.SelectMany(s => s.Speakers).ToHashSet(StringComparer.Ordinal);
        var from = Math.Max(0, window.Start - ReachBefore);
        var to = Math.Min(window.Article.Sentences.Count, window.Start + window.Count + ReachAfter);
        var around = window.Article.Sentences.Skip(from).Take(to - from).ToList();
        var missing = new List<string>();
        foreach (var speaker in sentence.Speakers.Where(IsNamed).Distinct(StringComparer.Ordinal))
        {
            var named = inWindow.Exists(s => s.Keys.Contains(speaker));
            var someoneElse = windowSpeakers.Count > 0 && !windowSpeakers.Contains(speaker) && !named;
            if (someoneElse || !around.Exists(s => s.Keys.Contains(speaker)))
            {
                missing.Add(speaker);
            }
        }

        return missing;
    }

    private static bool IsNamed(string speaker) => !speaker.StartsWith(UnnamedPrefix, StringComparison.Ordinal);

    private static bool IsNameWord(Token token) =>
        token.Kind == TokenKind.Word && token.IsCapitalized && !StopWords.Contains(token.Key) && !DateMentions.IsDateWord(token) && token.Key.Length > 1;

    /// <summary>The key of the last word of the name that starts at <paramref name="i"/> (after an optional title), or null.</summary>
    private static string? NameAfter(IReadOnlyList<Token> tokens, int i)
    {
        while (i < tokens.Count && Titles.Contains(tokens[i].Key))
        {
            i++;
        }

        string? last = null;
        while (i < tokens.Count && IsNameWord(tokens[i]))
        {
            last = tokens[i].Key;
            i++;
        }

        return last;
    }
}
