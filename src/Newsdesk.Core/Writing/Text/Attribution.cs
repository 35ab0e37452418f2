using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Newsdesk.Text;

namespace Newsdesk.Writing.Text;

/// <summary>
/// Who a sentence's statement is from, when the sentence says so after a comma: ", police said on
/// Monday", ", L.A. County public health director Barbara Ferrer says", ", according to the criminal
/// complaint", ", said Valley Water spokesman Marcus Reid", "..., inquiry told", "'This virus may never
/// go away,' WHO says". A headline made from such a sentence keeps it: without it the headline states
/// as fact what the source attributes ("People in areas with high poverty rates have nearly four times
/// as many deaths from COVID-19"). English, from Multi-News texts and the real May 2020 feeds; shared
/// by the headline writer and the story lint.
/// </summary>
internal static partial class Attribution
{
    /// <summary>Most words of an attribution after a comma (", one of the mountaineers who found the remains said on Monday").</summary>
    internal const int MaxTagWords = 12;

    /// <summary>Most words after the verb of an attribution: the speaker or whom they told ("said Valley Water spokesman Marcus Reid", "told reporters on Monday").</summary>
    internal const int MaxWordsAfterVerb = 6;

    /// <summary>A speaker phrase longer than this is named by its name alone in a headline ("L.A. County public health director Barbara Ferrer" -> "Barbara Ferrer").</summary>
    internal const int MaxSpeakerWords = 4;

    /// <summary>An "according to" phrase longer than this is cut to its noun in a headline.</summary>
    internal const int MaxSourceWords = 6;

    /// <summary>Verbs of saying that make a comma-separated part an attribution.</summary>
    public static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
    [
        "said", "says", "say", "told", "reported", "reports", "announced", "confirmed", "added", "wrote", "according", "claimed",
        "claims", "alleged", "alleges", "suggests", "suggested", "contends", "contended", "insists", "insisted", "warns", "warned",
    ], StringComparer.Ordinal);

    /// <summary>Words that open a part which is a clause of its own or a conjunct, never an attribution (", and he said no", ", who told police").</summary>
    private static readonly FrozenSet<string> NotOpeners = FrozenSet.ToFrozenSet(
    [
        "and", "but", "or", "so", "yet", "nor", "which", "who", "whom", "whose", "where", "when", "while", "as", "after", "before",
        "because", "although", "though", "since", "until", "if", "that", "saying", "adding", "including", "despite", "amid",
    ], StringComparer.Ordinal);

    /// <summary>Subject pronouns: "..., he said" names nobody a headline's reader knows.</summary>
    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(["he", "she", "they", "it", "we", "i", "you"], StringComparer.Ordinal);

    /// <summary>The parts of a sentence: split at commas (also a comma inside or before a closing quotation mark) and semicolons.</summary>
    [GeneratedRegex(@"(?:,[""'\u2019\u201d]?|[""'\u2019\u201d],|;)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex PartBreak();

    /// <summary>A time after the verb that a headline leaves out: "said on Monday", "told reporters Tuesday night", "said in a statement".</summary>
    [GeneratedRegex(@"(?:\s+(?:on|late|early|last|this)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|week|weekend|month)(?:\s+(?:morning|afternoon|evening|night))?|\s+in\s+a\s+(?:written\s+)?statement|\s+in\s+an\s+interview)+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingTime();

    /// <summary>Where "according to" a long source is cut in a headline: before a participle or a preposition after its noun ("according to a statement provided to NPR by a publicist" -> "according to a statement").</summary>
    [GeneratedRegex(@"^(according\s+to\s+(?:the\s+|a\s+|an\s+)?\S+(?:\s+\S+)*?)\s+(?:\w{3,}ed|by|from|who|which|that)\s+[a-z].*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LongSource();

    /// <summary>Whether what a sentence goes on with after a headline is only the time of its attribution ("on Monday."), which a headline leaves out.</summary>
    public static bool IsTimeOnly(string rest) => rest.Trim().TrimEnd('.', '!', '?').Length > 0 && TrailingTime().Replace(" " + rest.Trim().TrimEnd('.', '!', '?'), "").Length == 0;

    /// <summary>Whether a comma-separated part is an attribution ("police said on Monday", "according to the complaint", "said spokesman Marcus Reid").</summary>
    public static bool IsTag(string part)
    {
        var text = part.Trim().TrimEnd('.', '!', '?').Trim();
        if (text.Length == 0 || text.IndexOfAny(['"', '\u201c', '\u201d']) >= 0)
        {
            return false;
        }

        var words = Tokenizer.Words(text);
        if (words.Count > 2 && words[0] == "according" && words[1] == "to")
        {
            return true; // unambiguous at any length
        }

        if (words.Count == 0 || words.Count > MaxTagWords || (char.IsLower(text[0]) && NotOpeners.Contains(words[0])))
        {
            return false;
        }

        var verb = -1;
        for (var i = 0; i < words.Count && verb < 0; i++)
        {
            verb = Verbs.Contains(words[i]) ? i : -1;
        }

        if (verb < 0 || words.Count - verb - 1 > MaxWordsAfterVerb)
        {
            return false;
        }

        // What follows the verb is a speaker or a listener, never a reported clause ("police said the suspect fled").
        return !words.Skip(verb + 1).Any(w => Clauses.FiniteVerbs.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The attribution among the parts of <paramref name="rest"/> (what a sentence goes on with after
    /// a headline's clause: ", officials said", " after wandering in a park, police said"), or null.
    /// </summary>
    public static string? In(string rest)
    {
        var parts = PartBreak().Split(" " + rest.Trim() + " ");
        return parts.Skip(1).Select(p => p.Trim().TrimEnd('.', '!', '?').Trim()).FirstOrDefault(IsTag);
    }

    /// <summary>The attribution that <paramref name="rest"/> opens with, up to its next comma (", police said, adding ..."), or null.</summary>
    public static string? Next(string rest)
    {
        var first = PartBreak().Split(rest.TrimStart(',', ' ') + " ")[0].Trim().TrimEnd('.', '!', '?').Trim();
        return IsTag(first) ? first : null;
    }

    /// <summary>An attribution that opens a sentence before a headline taken from it ("According to police, "), or null.</summary>
    public static string? Opening(string before)
    {
        var text = before.Trim().TrimEnd(',').Trim();
        return text.StartsWith("According to ", StringComparison.OrdinalIgnoreCase) && !text.Contains(',', StringComparison.Ordinal) ? text : null;
    }

    /// <summary>The attribution that ends a headline or sentence after a comma ("..., officials say"), or null.</summary>
    public static string? Trailing(string text)
    {
        var parts = PartBreak().Split(text.Trim());
        return parts.Length > 1 && IsTag(parts[^1]) ? parts[^1].Trim().TrimEnd('.', '!', '?').Trim() : null;
    }

    /// <summary>Verbs that make a clause attributed wherever they stand in it ("Police said the man was held", "A study suggests ..."); not "confirmed" or "announced", which a passive or an object takes ("has been confirmed").</summary>
    private static readonly FrozenSet<string> SayingVerbs = FrozenSet.ToFrozenSet(
    [
        "said", "says", "say", "told", "according", "claims", "claimed", "alleges", "alleged", "insists", "insisted", "contends",
        "contended", "suggests", "suggested", "warns", "warned", "reportedly",
    ], StringComparer.Ordinal);

    /// <summary>Whether the words (lowercase) hold a verb of saying: the clause is attributed already ("Police said the man was held").</summary>
    public static bool Attributed(IReadOnlyList<string> words) => words.Any(SayingVerbs.Contains);

    /// <summary>
    /// An attribution as a headline carries it: without the time after the verb ("officials said on
    /// Monday" -> "officials said"), with a long speaker phrase cut to the name at its end ("L.A.
    /// County public health director Barbara Ferrer says" -> "Barbara Ferrer says") and a long source
    /// to its noun ("according to a statement provided to NPR by a publicist" -> "according to a
    /// statement"); null when it names nobody ("he said").
    /// </summary>
    public static string? ForHeadline(string tag)
    {
        var text = TrailingTime().Replace(tag.Trim().TrimEnd('.'), "").Trim();
        text = Tokens.CountWords(text) > MaxSourceWords ? LongSource().Replace(text, "$1") : text;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lower = Tokenizer.Words(text);
        if (words.Length < 2 || lower.Count == 0 || Pronouns.Contains(lower[0]) || (Verbs.Contains(lower[0]) && lower.Count > 1 && Pronouns.Contains(lower[^1])))
        {
            return null;
        }

        var verb = Array.FindIndex(words, w => Verbs.Contains(w.ToLowerInvariant().TrimEnd(',', '.')));
        if (verb > MaxSpeakerWords && words[0] != "according")
        {
            var name = verb;
            while (name > 0 && words[name - 1].Length > 0 && char.IsUpper(words[name - 1][0]))
            {
                name--;
            }

            if (verb - name >= 2)
            {
                return string.Join(' ', words.Skip(name));
            }
        }

        return text;
    }
}
