using System.Collections.Frozen;
using System.Globalization;

namespace Newsdesk.Writing;

/// <summary>
/// The words a story carries that no source wrote (its furniture), in the story's own language:
/// the writer's subheads, the key-facts labels it adds ("When", "Where"), the dateline's date, the
/// framing of a dispute, and the words the renderers and the site put around a story (the key-facts
/// and sources headings, the note that software wrote it). English, French and German are written
/// out; any other language gets English. The verifier reads every language's furniture, so a French
/// subhead is furniture to it as "The story" is.
/// </summary>
public sealed record StoryWords
{
    /// <summary>ISO 639-1 code.</summary>
    public required string Language { get; init; }

    /// <summary>Subhead of a first section with no headline-style clause to stand under.</summary>
    public required string FirstHeading { get; init; }

    /// <summary>Subhead a later section gets when its own is refused.</summary>
    public required string LaterHeading { get; init; }

    /// <summary>Subhead of the final section, where the sources say what happens next.</summary>
    public required string NextHeading { get; init; }

    /// <summary>Subhead of context a writer may add.</summary>
    public required string BackgroundHeading { get; init; }

    /// <summary>Subhead of the quotes when no speaker can be named.</summary>
    public required string SaidHeading { get; init; }

    /// <summary>"What {0} said" around one speaker and around several (the verb agrees in French and German).</summary>
    public required (string One, string Many) SaidFormat { get; init; }

    /// <summary>The word before the last of a list of names.</summary>
    public required string And { get; init; }

    /// <summary>Key-facts label of the date row.</summary>
    public required string When { get; init; }

    /// <summary>Key-facts label of the place row.</summary>
    public required string Where { get; init; }

    /// <summary>Month names, January first, as the dateline writes them before or after the day.</summary>
    public required IReadOnlyList<string> Months { get; init; }

    /// <summary>The date as the language's newsrooms write it (from <see cref="Months"/>).</summary>
    public required Func<DateTime, string> FormatDate { get; init; }

    /// <summary>
    /// The things whose counts outlets may dispute, by topic (the key "killed", "injured", "missing",
    /// "arrested", "evacuated" is the same in every language): the word the dispute's subhead names it by
    /// ("killed", "morts", "Toten") and its key-facts label ("Deaths", "Morts", "Tote").
    /// </summary>
    public required IReadOnlyDictionary<string, (string Named, string Label)> Counted { get; init; }

    /// <summary>The subhead of a dispute around the thing counted: "Reports differ on the number {0}".</summary>
    public required string DisputeFormat { get; init; }

    /// <summary>One outlet's (or several outlets') figure in a dispute: "{0} reported {1}", "selon {0}, {1}", "laut {0} {1}".</summary>
    public required string ClaimFormat { get; init; }

    /// <summary>What a disputed key-facts label says in brackets after the thing counted: "Deaths (reports differ)".</summary>
    public required string DisputedMark { get; init; }

    /// <summary>What groups the thousands of a dispute's figures ("1,200", "1\u202f200", "1.200").</summary>
    public required string ThousandsSeparator { get; init; }

    /// <summary>Heading of the key-facts table.</summary>
    public required string KeyFacts { get; init; }

    /// <summary>Heading of the sources list.</summary>
    public required string Sources { get; init; }

    /// <summary>The note that software wrote the story, given the number of sources.</summary>
    public required Func<int, string> SoftwareNote { get; init; }

    /// <summary>AP style: months abbreviated before a day, except the short ones.</summary>
    private static readonly string[] ApMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    public static StoryWords English { get; } = new()
    {
        Language = "en",
        FirstHeading = "The story",
        LaterHeading = "More details",
        NextHeading = "What comes next",
        BackgroundHeading = "Background",
        SaidHeading = "What was said",
        SaidFormat = ("What {0} said", "What {0} said"),
        And = "and",
        When = "When",
        Where = "Where",
        Months = ApMonths,
        FormatDate = d => $"{ApMonths[d.Month - 1]} {d.Day}, {d.Year}",
        Counted = new Dictionary<string, (string, string)>
        {
            ["killed"] = ("killed", "Deaths"), ["injured"] = ("injured", "Injured"), ["missing"] = ("missing", "Missing"),
            ["arrested"] = ("arrested", "Arrests"), ["evacuated"] = ("evacuated", "Evacuated"),
        },
        DisputeFormat = "Reports differ on the number {0}",
        ClaimFormat = "{0} reported {1}",
        DisputedMark = "reports differ",
        ThousandsSeparator = ",",
        KeyFacts = "Key facts",
        Sources = "Sources",
        SoftwareNote = n => $"This story was written by software from the {Count(n, "source", "sources")} listed below, not by a reporter. "
                            + "Each sentence cites the articles that support it; follow a number to the source.",
    };

    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public static StoryWords French { get; } = new()
    {
        Language = "fr",
        FirstHeading = "Les faits",
        LaterHeading = "Autres détails",
        NextHeading = "La suite",
        BackgroundHeading = "Contexte",
        SaidHeading = "Les déclarations",
        SaidFormat = ("Ce qu'a dit {0}", "Ce qu'ont dit {0}"),
        And = "et",
        When = "Quand",
        Where = "Où",
        Months = FrenchMonths,
        FormatDate = d => $"{(d.Day == 1 ? "1er" : d.Day.ToString(CultureInfo.InvariantCulture))} {FrenchMonths[d.Month - 1]} {d.Year}",
        Counted = new Dictionary<string, (string, string)>
        {
            ["killed"] = ("morts", "Morts"), ["injured"] = ("blessés", "Blessés"), ["missing"] = ("disparus", "Disparus"),
            ["arrested"] = ("interpellations", "Interpellations"), ["evacuated"] = ("évacués", "Évacués"),
        },
        DisputeFormat = "Les sources divergent sur le nombre de {0}",
        ClaimFormat = "selon {0}, {1}",
        DisputedMark = "selon les sources",
        ThousandsSeparator = "\u202f",
        KeyFacts = "L'essentiel",
        Sources = "Sources",
        SoftwareNote = n => $"Cet article a été rédigé par un logiciel à partir {(n == 1 ? "de la source citée" : $"des {n} sources citées")} ci-dessous, "
                            + "et non par un journaliste. Chaque phrase renvoie aux articles qui l'étayent ; suivez un numéro jusqu'à la source.",
    };

    private static readonly string[] GermanMonths =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    public static StoryWords German { get; } = new()
    {
        Language = "de",
        FirstHeading = "Das Geschehen",
        LaterHeading = "Weitere Einzelheiten",
        NextHeading = "Wie es weitergeht",
        BackgroundHeading = "Hintergrund",
        SaidHeading = "Was gesagt wurde",
        SaidFormat = ("Was {0} sagte", "Was {0} sagten"),
        And = "und",
        When = "Wann",
        Where = "Wo",
        Months = GermanMonths,
        FormatDate = d => $"{d.Day}. {GermanMonths[d.Month - 1]} {d.Year}",
        Counted = new Dictionary<string, (string, string)>
        {
            ["killed"] = ("Toten", "Tote"), ["injured"] = ("Verletzten", "Verletzte"), ["missing"] = ("Vermissten", "Vermisste"),
            ["arrested"] = ("Festnahmen", "Festnahmen"), ["evacuated"] = ("Evakuierten", "Evakuierte"),
        },
        DisputeFormat = "Unterschiedliche Angaben zur Zahl der {0}",
        ClaimFormat = "laut {0} {1}",
        DisputedMark = "Angaben unterschiedlich",
        ThousandsSeparator = ".",
        KeyFacts = "Auf einen Blick",
        Sources = "Quellen",
        SoftwareNote = n => $"Dieser Text wurde von einer Software aus {(n == 1 ? "der unten genannten Quelle" : $"den {n} unten genannten Quellen")} geschrieben, "
                            + "nicht von einem Redakteur. Jeder Satz nennt die Artikel, die ihn belegen; eine Zahl führt zur Quelle.",
    };

    /// <summary>Every language whose furniture is written out, English first.</summary>
    public static IReadOnlyList<StoryWords> All { get; } = [English, French, German];

    private static readonly FrozenDictionary<string, StoryWords> ByLanguage = All.ToFrozenDictionary(w => w.Language, StringComparer.Ordinal);

    /// <summary>The furniture of <paramref name="language"/>; English for a language without its own.</summary>
    public static StoryWords For(string? language) =>
        language is not null && ByLanguage.TryGetValue(language, out var words) ? words : English;

    /// <summary>The subhead over the quotes of the given speakers ("What Smith and Jones said").</summary>
    public string Said(IReadOnlyList<string> speakers) =>
        speakers.Count == 0 ? SaidHeading : string.Format(CultureInfo.InvariantCulture, speakers.Count == 1 ? SaidFormat.One : SaidFormat.Many, Join(speakers));

    /// <summary>Names as a list: "A", "A and B", "A, B and C".</summary>
    public string Join(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => $"{string.Join(", ", names.Take(names.Count - 1))} {And} {names[^1]}",
    };

    /// <summary>The speakers a "What X and Y said" subhead names, in any language; null when it is no such subhead.</summary>
    public static IReadOnlyList<string>? SpeakersOf(string heading)
    {
        foreach (var words in All)
        {
            foreach (var format in new[] { words.SaidFormat.One, words.SaidFormat.Many }.Distinct(StringComparer.Ordinal))
            {
                var at = format.IndexOf("{0}", StringComparison.Ordinal);
                var (prefix, suffix) = (format[..at], format[(at + 3)..]);
                if (heading.Length > prefix.Length + suffix.Length && heading.StartsWith(prefix, StringComparison.Ordinal) && heading.EndsWith(suffix, StringComparison.Ordinal))
                {
                    var names = heading[prefix.Length..^suffix.Length];
                    return names.Split(", ").SelectMany(n => n.Split($" {words.And} ")).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
                }
            }
        }

        return null;
    }

    /// <summary>The subhead over a dispute about <paramref name="topic"/> ("Reports differ on the number injured", "Unterschiedliche Angaben zur Zahl der Verletzten").</summary>
    public string DisputeHeading(string topic) => string.Format(CultureInfo.InvariantCulture, DisputeFormat, Counted[topic].Named);

    /// <summary>The key-facts label of a disputed count ("Injured (reports differ)").</summary>
    public string DisputedLabel(string topic) => $"{Counted[topic].Label} ({DisputedMark})";

    /// <summary>A figure of a dispute as the language groups its digits ("1,200", "1 200", "1.200").</summary>
    public string Figure(long value) =>
        value.ToString("N0", new NumberFormatInfo { NumberGroupSeparator = ThousandsSeparator, NumberDecimalSeparator = ThousandsSeparator == "," ? "." : "," });

    /// <summary>The framing sentence of a dispute: "Reports differ on the number injured: A and B reported 12; C reported 14."</summary>
    public string DisputeSentence(string topic, IEnumerable<(IReadOnlyList<string> Outlets, long Value)> claims) =>
        $"{DisputeHeading(topic)}: {string.Join("; ", claims.Select(c => string.Format(CultureInfo.InvariantCulture, ClaimFormat, Join(c.Outlets), Figure(c.Value))))}.";

    /// <summary>
    /// The topic a dispute's subhead names, in any language, with that language's words; null when it is
    /// no such subhead. A word that names no counted thing is returned as it stands ("Reports differ on the
    /// number hurt" -> "hurt"): it is still a dispute's subhead, one no source can support.
    /// </summary>
    public static (string Topic, StoryWords Words)? DisputeOf(string heading)
    {
        foreach (var words in All)
        {
            var prefix = words.DisputeFormat[..words.DisputeFormat.IndexOf("{0}", StringComparison.Ordinal)];
            var named = heading.StartsWith(prefix, StringComparison.Ordinal) ? heading[prefix.Length..] : "";
            if (named.Length > 0 && named.All(char.IsLetter))
            {
                var topic = words.Counted.FirstOrDefault(c => string.Equals(c.Value.Named, named, StringComparison.Ordinal)).Key;
                return (topic ?? named, words);
            }
        }

        return null;
    }

    /// <summary>The topic a disputed key-facts label counts ("Tote (Angaben unterschiedlich)" -> "killed"), in any language; null when it is no such label.</summary>
    public static string? DisputedTopicOf(string label)
    {
        foreach (var words in All)
        {
            foreach (var topic in words.Counted.Keys)
            {
                if (string.Equals(label, words.DisputedLabel(topic), StringComparison.Ordinal))
                {
                    return topic;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a key-facts label is a disputed count's, in any language.</summary>
    public static bool IsDisputedLabel(string label) => All.Any(w => label.EndsWith($"({w.DisputedMark})", StringComparison.Ordinal));

    /// <summary>One claim of a dispute's framing sentence ("A and B reported 1,200", "laut A 1.200"): the outlets as written and the figure; null when it is none.</summary>
    public (string Outlets, long Value)? ClaimOf(string claim)
    {
        var at0 = ClaimFormat.IndexOf("{0}", StringComparison.Ordinal);
        var at1 = ClaimFormat.IndexOf("{1}", StringComparison.Ordinal);
        var (before, between, after) = (ClaimFormat[..at0], ClaimFormat[(at0 + 3)..at1], ClaimFormat[(at1 + 3)..]);
        if (!claim.StartsWith(before, StringComparison.Ordinal) || !claim.EndsWith(after, StringComparison.Ordinal))
        {
            return null;
        }

        var inner = claim[before.Length..^after.Length];
        var split = inner.LastIndexOf(between, StringComparison.Ordinal);
        if (split <= 0)
        {
            return null;
        }

        var figure = inner[(split + between.Length)..];
        var digits = new string(figure.Where(char.IsDigit).ToArray());
        return digits.Length > 0 && digits.Length <= MaxFigureDigits && figure.All(c => char.IsDigit(c) || c is ',' or '.' or ' ' or '\u00a0' or '\u202f')
            ? (inner[..split], long.Parse(digits, CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>Digits a dispute's figure has at most (a longer run is no count).</summary>
    private const int MaxFigureDigits = 12;

    /// <summary>Subheads that claim nothing about the world, only what kind of section follows, in every language.</summary>
    public static FrozenSet<string> FurnitureHeadings { get; } = All
        .SelectMany(w => new[] { w.FirstHeading, w.LaterHeading, w.NextHeading, w.BackgroundHeading, w.SaidHeading })
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a key-facts label is the date row's, in any language.</summary>
    public static bool IsWhenLabel(string label) => All.Any(w => string.Equals(w.When, label, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a key-facts label is the place row's, in any language.</summary>
    public static bool IsWhereLabel(string label) => All.Any(w => string.Equals(w.Where, label, StringComparison.OrdinalIgnoreCase));

    private static string Count(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";
}
