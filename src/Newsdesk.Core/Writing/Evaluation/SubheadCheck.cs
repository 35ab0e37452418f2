using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Evaluation;

/// <summary>
/// The lint's reading of a subhead taken from a sentence: it must stop where the source's phrase
/// stops. Unlike the writer (which lists the words a subhead may not stop before), the lint lists
/// the few places a clause may stop: the sentence's end or punctuation, an adverbial opener
/// ("after", "when"), a preposition opening a place or time adjunct ("in", "near"), or a
/// participle opening a reduced relative ("in a routine sample [taken on Tuesday]"). Anything
/// else ("released a wealth [of]", "accused China [and Russia]") is cut mid-phrase.
/// </summary>
internal static partial class SubheadCheck
{
    /// <summary>Headings that claim nothing or frame their section (the writer's and the verifier's furniture, every language).</summary>
    private static FrozenSet<string> Framing => StoryWords.FurnitureHeadings;

    /// <summary>Prepositions that open an adjunct of place, time or manner after a whole clause.</summary>
    private static readonly FrozenSet<string> AdjunctPrepositions = FrozenSet.ToFrozenSet(
    [
        "in", "on", "at", "near", "during", "across", "outside", "inside", "over", "under", "from", "for", "with", "without",
        "into", "around", "along", "through", "throughout", "within", "off", "after", "before", "since", "until", "amid",
        "including", "ahead", "last", "this", "next", "today", "yesterday", "tonight", "if", "unless", "once", "but",
        "so", "because", "as", "when", "while", "where", "despite", "although", "though", "following", "between", "more",
        "who", "which", "whose",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Irregular past participles that open a reduced relative after a whole clause ("LAPD released body camera video [taken
    /// during a clash]", "rejected the request to dismiss a case [brought by the state]"), as the regular "-ed" ones do.
    /// </summary>
    private static readonly FrozenSet<string> IrregularParticiples = FrozenSet.ToFrozenSet(
    [
        "taken", "brought", "given", "made", "shown", "seen", "written", "known", "held", "found", "caught", "built", "sent", "kept",
        "led", "shot", "struck", "stolen", "sold", "paid", "told", "won", "lost", "begun", "done", "drawn", "grown", "thrown", "flown",
        "driven", "chosen", "frozen", "spoken", "torn", "hidden", "beaten", "broken", "born", "worn", "sworn", "bound", "spent", "bought",
    ], StringComparer.Ordinal);

    /// <summary>Words that open another clause: the search for a verb the subhead left behind stops at them.</summary>
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(
    [
        "and", "or", "but", "if", "when", "as", "while", "because", "since", "although", "though", "who", "which", "that",
        "where", "unless", "once", "so", "after", "before", "until", "despite", "following", "whose", "than",
    ], StringComparer.Ordinal);

    /// <summary>Personal pronouns: in a subhead, which stands alone, they point at nothing.</summary>
    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["he", "him", "she", "her", "they", "them", "we", "us", "i", "me", "you"], StringComparer.Ordinal);

    /// <summary>Verbs that, found after the subhead's stop and before the clause's next punctuation, show the subhead kept only a subject.</summary>
    private static readonly FrozenSet<string> LaterVerbs = FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "has", "have", "had", "will", "would"], StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[.,'\u2019][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>Why <paramref name="heading"/> is a broken subhead given the sentences of its section's articles, or null.</summary>
    public static string? Problem(string heading, IEnumerable<string> sentences)
    {
        var text = heading.Trim();
        if (text.Length == 0 || Framing.Contains(text) || StoryWords.SpeakersOf(text) is not null
            || StoryWords.DisputeOf(text) is not null)
        {
            return null;
        }

        var words = Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        if (words.Count == 0)
        {
            return "no words";
        }

        if (Clauses.Dangling.Contains(words[^1]))
        {
            return $"ends on '{words[^1]}'";
        }

        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('"', '\u201c', '\u201d', ',', '.').ToLowerInvariant()).FirstOrDefault(Pronouns.Contains) is { } pronoun)
        {
            return $"'{pronoun}' points at nothing: a subhead stands alone";
        }

        foreach (var sentence in sentences)
        {
            if (After(words, sentence) is not { } after)
            {
                continue;
            }

            // A subhead that closes its quotation ("Welcome to 'granny chic'") stops after the closing mark.
            return Stop(text[^1] is '\'' or '\u2019' or '"' or '\u201d' && after.TrimStart() is { Length: > 0 } rest && rest[0] is '\'' or '\u2019' or '"' or '\u201d'
                ? after.TrimStart()[1..] : after);
        }

        return null; // not taken from a sentence of the section's articles: nothing to compare with
    }

    /// <summary>Why a subhead stopping before <paramref name="after"/> (the rest of its source sentence) stops mid-phrase, or null.</summary>
    private static string? Stop(string after)
    {
        var rest = after.TrimStart();
        if (rest.Length == 0 || rest[0] is '.' or '!' or '?' or ';' or ':' or '\u2014' or '\u2013' or '(' or '"' or '\u201d' or '-')
        {
            return null;
        }

        var next = Word().Matches(rest).Select(m => m.Value).ToList();
        if (rest[0] == ',')
        {
            var lower = next.Take(4).Select(w => w.ToLowerInvariant()).ToList();
            return next.Count > 0 && char.IsUpper(next[0][0]) && !lower.Any(w => w is "said" or "says" or "told" or "reported" or "according")
                ? $"cut before a list or an appositive (the source goes on: '{Short(rest)}')"
                : null;
        }

        var first = next.Count > 0 ? next[0].ToLowerInvariant() : "";
        if (first is "and" or "or" && next.Count > 1 && Clauses.HasFiniteVerb([first, next[1].ToLowerInvariant()]))
        {
            return null; // a second verb joined to a whole clause ("went to the man's home [and entered it]")
        }

        var clause = ClauseOpeners.Contains(first) ? [] : Word().Matches(rest.Split([',', ';', ':', '\u2014'])[0]).Select(m => m.Value.ToLowerInvariant()).TakeWhile(w => !ClauseOpeners.Contains(w)).ToList();
        if (clause.Any(LaterVerbs.Contains))
        {
            return $"the clause's verb comes after the cut (the source goes on: '{Short(rest)}')";
        }

        var participle = (first.Length > 4 && first.EndsWith("ed", StringComparison.Ordinal)) || IrregularParticiples.Contains(first);
        return AdjunctPrepositions.Contains(first) || participle ? null : $"cut mid-phrase (the source goes on: '{Short(rest)}')";
    }

    /// <summary>
    /// The rest of <paramref name="sentence"/> after the subhead's last word, when the sentence holds the subhead's
    /// words in order with its last two words side by side (a headline-style subhead drops articles and auxiliaries); else null.
    /// </summary>
    private static string? After(List<string> words, string sentence)
    {
        var tokens = Word().Matches(sentence).ToList();
        var lower = tokens.Select(t => t.Value.ToLowerInvariant()).ToList();
        var tail = words.Count >= 2 ? 2 : 1;
        for (var i = tail - 1; i < lower.Count; i++)
        {
            if (!Enumerable.Range(0, tail).All(k => lower[i - k] == words[words.Count - 1 - k]))
            {
                continue;
            }

            // The other words in order before the tail ("will" may have become "to").
            var at = i - tail;
            var ok = true;
            for (var w = words.Count - tail - 1; w >= 0 && ok; w--)
            {
                while (at >= 0 && lower[at] != words[w] && !(words[w] == "to" && lower[at] == "will"))
                {
                    at--;
                }

                ok = at-- >= 0;
            }

            if (ok)
            {
                return sentence[(tokens[i].Index + tokens[i].Length)..];
            }
        }

        return null;
    }

    private static string Short(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5);
        return string.Join(' ', words) + "...";
    }
}
