using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Newsdesk.Writing.Extractive;

/// <summary>Who a sentence attributes its statement to, as the source attributes it ("X said", "according to Y"; "a déclaré X", "selon X"; "sagte X", "laut X").</summary>
internal static partial class Speakers
{
    private const string Name = @"(?:the\s+)?[A-Z][\p{L}.'\-]+(?:\s+[A-Z][\p{L}.'\-]+){0,3}";

    [GeneratedRegex(@"(?<name>" + Name + @")\s*(?:,[^,]{1,60},\s*)?\s(?:said|says|told|added|wrote|explained|tweeted|announced|confirmed|warned|claimed|noted|asked|stated)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenVerb();

    /// <summary>
    /// "said Valley Water spokesman Marcus Reid." / "according to the Road Safety Authority,": the name ends
    /// the clause. Not after a preposition: "Luke Espiritu said in Filipino." names a language, not a speaker
    /// (real feeds, 17 May).
    /// </summary>
    [GeneratedRegex(@"\b(?:said|says|according to)\s+(?:(?!(?:in|on|at|from|during|via|over|through|with|after|before|to|into)\s)[\p{L}'\u2019\-]+\s+){0,4}?(?<name>" + Name + @")\s*(?:[,.;:]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex VerbThenName();

    [GeneratedRegex(@"[""\u201c][^""\u201c\u201d]*[""\u201d]|\u201e[^\u201c\u201d]*[\u201c\u201d]|\u00ab[^\u00bb]*\u00bb", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    /// <summary>French: "a déclaré la maire, Hélène Marchetti", "selon le préfet Paul Roux": the name after the verb, past a title in lower case.</summary>
    [GeneratedRegex(@"(?:\ba\s+(?:déclaré|dit|indiqué|affirmé|précisé|expliqué|ajouté|souligné|annoncé|assuré|estimé|confirmé)|\bselon)\s+(?:(?:le|la|l'|les|du|de|des|d'|[\p{Ll}\-]+),?\s*){0,4}?(?<name>[\p{Lu}][\p{L}.'\-]+(?:\s+[\p{Lu}][\p{L}.'\-]+){0,3})\s*(?:[,.;:]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchVerbThenName();

    /// <summary>German: "sagte Bürgermeister Jens Albrecht.", "laut Polizeisprecher Uwe Kern,": the capitalised words after the verb (a title, as German writes it, and the name).</summary>
    [GeneratedRegex(@"\b(?:sagte|sagt|sagten|erklärte|betonte|berichtete|warnte|bestätigte|versicherte|laut)\s+(?:(?:der|die|das|den|dem|des|ein|eine|einer|[\p{Ll}\-]+)\s+){0,3}?(?<name>[\p{Lu}][\p{L}.'\-]+(?:\s+[\p{Lu}][\p{L}.'\-]+){0,3})\s*(?:[,.;:]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex GermanVerbThenName();

    private static readonly HashSet<string> NotSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "He", "She", "It", "They", "We", "I", "The", "This", "That", "But", "And", "In", "On", "A", "An", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        // Subordinating words before a verb of saying ("When asked how..., Sollecito said"): no speaker.
        "When", "While", "If", "As", "After", "Before", "Also", "Asked", "Once", "Later", "Earlier", "Unless", "Although",
    };

    /// <summary>Job titles that may stand before a person's name ("Presenter Emily Maitlis", "House Speaker Nancy Pelosi"; "State" is what is left of "Secretary of State"). English, from the real May 2020 feeds.</summary>
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
    [
        "Presenter", "Host", "Anchor", "Spokesman", "Spokeswoman", "Spokesperson", "Reporter", "Correspondent", "Editor", "Columnist",
        "Commentator", "Star", "Actor", "Actress", "Singer", "Rapper", "Coach", "Manager", "Captain", "Chairman", "Chairwoman", "Chair",
        "Chief", "Director", "Officer", "Professor", "President", "Governor", "Gov.", "Senator", "Sen.", "Rep.", "Representative",
        "Speaker", "Secretary", "Minister", "Mayor", "Judge", "Justice", "Commissioner", "Sheriff", "Premier", "Chancellor", "General",
        "Gen.", "Lt.", "Sgt.", "Leader", "Deputy", "Attorney", "Adviser", "Advisor", "Ambassador", "Envoy", "Founder", "CEO", "Executive",
        "Detective", "Inspector", "Superintendent", "Constable", "Doctor", "Dr.", "State",
    ], StringComparer.Ordinal);

    /// <summary>Words that may stand before a title in a title run ("House Speaker", "Prime Minister", "Health Minister").</summary>
    private static readonly FrozenSet<string> TitleModifiers = FrozenSet.ToFrozenSet(
    [
        "House", "Senate", "Prime", "Vice", "Health", "Foreign", "Home", "Finance", "Defence", "Defense", "Interior", "Education",
        "Majority", "Minority", "White", "Press", "Police", "Fire", "Army", "Navy", "Supreme", "Court", "Former", "Acting", "Interim",
        "Senior", "Top", "Assistant", "Managing", "District", "County", "Labour", "Opposition",
    ], StringComparer.Ordinal);

    /// <summary>
    /// A speaker as a subhead names them: the person without the job title before their name
    /// ("Presenter Emily Maitlis" -> "Emily Maitlis", "House Speaker Nancy Pelosi" -> "Nancy Pelosi");
    /// a title stays when fewer than two words would be left ("Gov. Newsom").
    /// </summary>
    public static string WithoutTitle(string speaker)
    {
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = -1;
        for (var i = 0; i < words.Length && (Titles.Contains(words[i]) || TitleModifiers.Contains(words[i])); i++)
        {
            last = Titles.Contains(words[i]) ? i : last;
        }

        return last >= 0 && words.Length - last - 1 >= 2 ? string.Join(' ', words.Skip(last + 1)) : speaker;
    }

    /// <summary>Prepositions of place: a name after one is where something happened, not who spoke ("a man arrested at Walt Disney World's Discovery Island told police").</summary>
    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.ToFrozenSet(
        ["at", "in", "on", "near", "into", "inside", "outside", "across", "around"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the name found before a verb of saying at <paramref name="at"/> is a place, not its subject: the name
    /// (with any capitalised words it goes on with to the left, "[Walt] Disney World's Discovery Island told") follows
    /// a preposition of place ("a man arrested at Walt Disney World's Discovery Island told police").
    /// </summary>
    private static bool InsideAPlace(string text, int at)
    {
        var words = text[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var i = words.Length - 1;
        while (i >= 0 && char.IsUpper(words[i][0]))
        {
            i--;
        }

        if (i > 0 && words[i] == "the")
        {
            i--;
        }

        return i >= 0 && PlacePrepositions.Contains(words[i]);
    }

    /// <summary>The speaker of a sentence's statement, as the source names them; null when none is named. Names inside quotations are not speakers.</summary>
    public static string? Of(string sentence)
    {
        var reporting = Quoted().Replace(sentence, " ");
        var before = NameThenVerb().Matches(reporting).Where(m => !InsideAPlace(reporting, m.Groups["name"].Index));
        foreach (var m in VerbThenName().Matches(reporting).Concat(before)
                     .Concat(FrenchVerbThenName().Matches(reporting)).Concat(GermanVerbThenName().Matches(reporting)))
        {
            var name = m.Groups["name"].Value.Trim().TrimEnd('.', ',');
            if (name.StartsWith("the ", StringComparison.Ordinal))
            {
                name = name[4..];
            }

            if (!NotSpeakers.Contains(name.Split(' ')[0]))
            {
                return name;
            }
        }

        return null;
    }
}
