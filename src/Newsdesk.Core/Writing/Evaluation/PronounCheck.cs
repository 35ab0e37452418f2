using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Evaluation;

/// <summary>
/// The lint's reading of pronouns that point at nothing (issue #15: "every paragraph reads without
/// a pronoun that points at nothing"). A sentence that opens with he, she, they, it, this, these,
/// those or a possessive (his, her, their, its), or that speaks of "him" or "her" before naming
/// anyone (<see cref="Referents.Unnamed"/>), needs the sentence before it; published first in its
/// section (where a subhead stands before it), or after a sentence that names no one a personal
/// pronoun could mean, it points at nothing.
/// </summary>
internal static partial class PronounCheck
{
    /// <summary>Openings that point back.</summary>
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
        ["he", "she", "they", "it", "this", "these", "those", "his", "her", "their", "its", "him", "them"], StringComparer.Ordinal);

    /// <summary>Openers for one person, whose referent a preceding sentence must name.</summary>
    private static readonly FrozenSet<string> Personal = FrozenSet.ToFrozenSet(["he", "she", "his", "her", "him"], StringComparer.Ordinal);

    /// <summary>"This week", "These days": a time, not a reference back.</summary>
    [GeneratedRegex(@"^(?:this|these|those)\s+(?:week|weekend|month|year|morning|afternoon|evening|spring|summer|autumn|fall|winter|season|time|days|weeks|months|years)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeWords();

    /// <summary>"It is not clear whether...", "It was the first time that...": "it" that stands for what follows.</summary>
    [GeneratedRegex(@"^it(?:['\u2019]s|\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|remains|remained|seems|seemed|appears|appeared))\s+(?:\w+\s+){0,5}?(?:that|to|whether|if|unclear|clear|known|unknown)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Expletive();

    [GeneratedRegex(@"[\p{L}][\p{L}'\u2019\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>Why <paramref name="sentence"/> points at nothing after <paramref name="previous"/> (null at a section's start), or null.</summary>
    public static string? Problem(string sentence, string? previous)
    {
        var text = sentence.TrimStart('"', '\'', '\u201c', '\u2018', '(', ' ');
        var first = Word().Match(text).Value.ToLowerInvariant();
        var opens = Openers.Contains(first) && !TimeWords().IsMatch(text) && !(first == "it" && Expletive().IsMatch(text))
            && !Extractive.SentenceFilters.QuotationOpensOnItsSubject(sentence);
        var unnamed = opens ? null : Referents.Unnamed(sentence);
        if (!opens && unnamed is null)
        {
            return null;
        }

        var pronoun = opens ? first : unnamed!.ToLowerInvariant();
        if (previous is null)
        {
            return $"'{pronoun}' at the start of a section points at nothing";
        }

        return Personal.Contains(pronoun) && !Referents.NamesSomeone(previous)
            ? $"'{pronoun}' points at no one: the sentence before it names no person"
            : null;
    }
}
