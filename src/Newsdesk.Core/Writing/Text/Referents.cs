using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Newsdesk.Writing.Text;

/// <summary>
/// Pronouns that point at someone the sentence does not name. "Chinese security officers detained
/// him weeks after he returned home." reads well after a sentence about Ekpar Asat and means nothing
/// at the start of a section: "him" cannot be the officers (that would be "himself"), and no one
/// else is named before it. Used by the writer (such a sentence is only used right after the
/// sentence before it in its article) and by the story lint (such a sentence published where the
/// sentence before it names no one is a finding).
/// </summary>
internal static partial class Referents
{
    /// <summary>Pronouns searched, within this many words of the start (later ones usually have a referent in the sentence).</summary>
    internal const int SearchWords = 10;

    /// <summary>Third-person pronouns for one person, as they appear outside quotation marks.</summary>
    private static readonly FrozenSet<string> PersonPronouns = FrozenSet.ToFrozenSet(["he", "him", "his", "she", "her"], StringComparer.Ordinal);

    /// <summary>
    /// Capitalised first words that name no one a pronoun could point at: groups ("Police said he..."
    /// speaks of a man the police found) and the words that open sentences.
    /// </summary>
    private static readonly FrozenSet<string> NoOne = FrozenSet.ToFrozenSet(
    [
        "police", "officials", "authorities", "prosecutors", "investigators", "officers", "witnesses", "neighbours", "neighbors",
        "relatives", "doctors", "reports", "sources", "court", "documents", "records", "the", "a", "an", "in", "on", "at", "after",
        "before", "when", "while", "as", "since", "during", "then", "now", "until", "but", "and", "so", "yet", "security", "chinese",
        "american", "british", "russian", "federal", "state", "local", "military", "troops", "soldiers", "agents", "detectives",
    ], StringComparer.Ordinal);

    [GeneratedRegex(@"[""\u201c][^""\u201c\u201d]*[""\u201d]", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[\p{L}][\p{L}'\u2019\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>Nouns for a person, which a pronoun after them may point back to ("A man collapsed at his apartment").</summary>
    public static readonly FrozenSet<string> PersonNouns = FrozenSet.ToFrozenSet(
    [
        "man", "woman", "boy", "girl", "child", "baby", "teenager", "teen", "father", "mother", "son", "daughter", "wife", "husband",
        "brother", "sister", "officer", "suspect", "victim", "driver", "president", "minister", "leader", "official", "spokesman",
        "spokeswoman", "spokesperson", "lawyer", "attorney", "judge", "doctor", "nurse", "teacher", "student", "mayor", "governor",
        "senator", "player", "coach", "actor", "actress", "singer", "star", "chief", "director", "founder", "resident", "worker",
        "patient", "mum", "dad", "mom", "person", "owner", "friend", "grandmother", "grandfather", "defendant", "prisoner",
        "gunman", "pilot", "passenger", "candidate", "chairman", "executive", "ceo", "king", "queen", "prince", "princess",
    ], StringComparer.Ordinal);

    /// <summary>
    /// The first personal pronoun (he, him, his, she, her) outside quotation marks within the first
    /// <see cref="SearchWords"/> words when the sentence names no one it could point at: no
    /// name (a capitalised word after the first, not a day or month) and no person noun before it
    /// ("A man collapsed at his apartment"), a first word that is no name ("Farves was given a
    /// suspension, which requires him..."), and no name after the comma that closes a fronted clause
    /// holding the pronoun ("When asked how he reconciled it, Sollecito said..."). Null when there is none.
    /// </summary>
    public static string? Unnamed(string sentence)
    {
        var text = Quoted().Replace(sentence, " \" ");
        var all = Word().Matches(text).Select(m => (m.Value, m.Index)).ToList();
        if (all.Count == 0)
        {
            return null;
        }

        var first = all[0].Value.ToLowerInvariant();
        if (OpensOnName(all[0].Value))
        {
            return null; // the first word is a name ("Smith said he...")
        }

        for (var i = 1; i < Math.Min(all.Count, SearchWords); i++)
        {
            var word = all[i].Value;
            var lower = word.ToLowerInvariant();
            if ((IsName(word) && !PersonPronouns.Contains(lower)) || PersonNouns.Contains(lower)) // one person: "officers arrested him" names no one "him" could be
            {
                return null;
            }

            if (PersonPronouns.Contains(lower))
            {
                // A fronted clause may name its subject after the comma that closes it:
                // "When asked how he reconciled that, Sollecito said..."
                var comma = text.IndexOf(',', all[i].Index);
                var fronted = Clauses.Introducers.Contains(first) && comma > 0 && all.Any(w => w.Index > comma && IsName(w.Value));
                // A sentence opening on a person noun names the one its "she"/"his" stands for ("Woman in her 70s is
                // fighting for her life", "Doctor says she will..."); "him" cannot be that subject ("Officer arrested him").
                var subject = PersonNouns.Contains(first) && lower != "him";
                return fronted || subject ? null : word;
            }
        }

        return null;
    }

    /// <summary>Whether a sentence's capitalised first word is a name ("Smith said he...", "Hernandez was released..."): no group, pronoun, person noun, day or word that opens sentences.</summary>
    private static bool OpensOnName(string word)
    {
        var first = word.ToLowerInvariant();
        return char.IsUpper(word[0]) && !NoOne.Contains(first) && !WriterStopWords.Words.Contains(first) && !Clauses.Introducers.Contains(first)
            && !PersonPronouns.Contains(first) && !PersonNouns.Contains(first) && !Calendar.Contains(first);
    }

    /// <summary>Days and months, capitalised but no one's name.</summary>
    private static readonly FrozenSet<string> Calendar = FrozenSet.ToFrozenSet(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december",
    ], StringComparer.Ordinal);

    private static bool IsName(string word) => char.IsUpper(word[0]) && !Calendar.Contains(word.ToLowerInvariant()) && word != "I";

    /// <summary>
    /// The personal pronoun (he, she, his, her, him) a sentence needs someone named before it for:
    /// the one it opens with, or <see cref="Unnamed"/>. Null when it needs no one.
    /// </summary>
    public static string? PersonNeeded(string sentence)
    {
        var opening = Word().Match(sentence.TrimStart('"', '\'', '\u201c', '\u2018', '(', ' ')).Value;
        return PersonPronouns.Contains(opening.ToLowerInvariant()) ? opening : Unnamed(sentence);
    }

    /// <summary>Whether a sentence offers a person for a pronoun after it: a name (a capitalised word after the first, or a first word that is a name: "Hernandez was released on bond. She is next scheduled..."), a person noun, or a personal pronoun of its own.</summary>
    public static bool NamesSomeone(string sentence)
    {
        var words = Word().Matches(sentence).Select(m => m.Value).ToList();
        return (words.Count > 0 && OpensOnName(words[0])) || words.Skip(1).Any(IsName)
            || words.Any(w => PersonNouns.Contains(w.ToLowerInvariant()) || PersonNouns.Contains(w.ToLowerInvariant().TrimEnd('s')) || PersonPronouns.Contains(w.ToLowerInvariant()));
    }
}
