using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Newsdesk.Writing.Extractive;

/// <summary>
/// Whether the reporting itself (not a quotation in it) says what comes next, in the story's language:
/// English "will", "is expected to", "next week"; French "sera", "va reprendre", "la semaine prochaine";
/// German "wird ... öffnen", "soll ... eröffnet werden", "plant", "nächste Woche". A guess about the past
/// is no future ("will have", "aura fallu"); German "will" and "soll" alone are a wish or hearsay
/// ("Sie will nichts gewusst haben"), not what comes next. A language without cues of its own has none:
/// English words in it ("will" is "wants" in German) say nothing.
/// </summary>
internal static partial class WhatComesNext
{
    /// <summary>English: the future tense and scheduling phrases (news usage).</summary>
    private static readonly string[] EnglishMarkers =
    [
        " will ", " won't ", " is expected to ", " are expected to ", " is scheduled ", " are scheduled ", " plans to ",
        " plan to ", " is set to ", " are set to ", " is due to ", " are due to ", " next week", " next month", " next year",
        " later this ", " upcoming ", " is slated ", " are slated ", " will be ", " intends to ", " is poised to ",
        " is expected ", " are expected ", " is forecast ", " are forecast ",
    ];

    private static readonly string[] EnglishPast = [" will have ", " had expected ", " had been expected "];

    /// <summary>French: scheduling words and phrases; the simple future is read by <see cref="FrenchFuture"/>.</summary>
    private static readonly string[] FrenchMarkers =
    [
        " prochain ", " prochaine ", " prochains ", " prochaines ", " prochainement ", " à venir ", " demain ", " dès demain ",
        " est prévu ", " est prévue ", " sont prévus ", " sont prévues ", " prévoit de ", " prévoient de ", " doit être ",
        " doivent être ", " devrait ", " devraient ", " d'ici la fin ", " d'ici à ",
    ];

    /// <summary>French forms of "aura"/"auront" that look back ("il aura fallu", "aura été"), a guess about the past.</summary>
    private static readonly string[] FrenchPast = [" aura fallu ", " aura été ", " auront été ", " aura eu ", " auront eu "];

    /// <summary>
    /// The French simple future, third person ("sera", "restera", "reprendra", "pourront"), and "va"/"vont"
    /// before an infinitive. Lower case only, so a name ("Riviera") is none; nouns with these endings are listed apart.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}'’])(?:(?:sera|seront|aura|auront|fera|feront|ira|iront|devra|devront|pourra|pourront|faudra|viendra|viendront|verra|verront|saura|sauront)|\p{Ll}{2,}(?:era|eront|ira|iront|dra|dront|rra|rront|vra|vront))(?![\p{L}'’])|(?<![\p{L}'’])(?:va|vont)\s+(?:(?:pas|plus|bientôt|encore|se|s'|y|en|le|la|les|lui|leur)\s*)*\p{Ll}{2,}(?:er|ir|re)(?![\p{L}'’])", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchFuture();

    /// <summary>French words with the future's endings that are no verbs.</summary>
    private static readonly FrozenSet<string> FrenchNotFuture = FrozenSet.ToFrozenSet(
        ["opera", "riviera", "camera", "extra", "chimera", "hydra", "cobra", "madra", "sierra", "terra", "guerra", "ultra"],
        StringComparer.Ordinal);

    /// <summary>German: scheduling words and phrases (lower-cased); the future tense is read by <see cref="GermanFuture"/>.</summary>
    private static readonly string[] GermanMarkers =
    [
        " plant ", " planen ", " geplant ", " voraussichtlich ", " künftig ", " demnächst ", " nächste woche",
        " nächsten woche", " nächsten monat", " nächstes jahr", " nächsten jahr", " kommende woche", " kommenden woche",
        " kommenden monat", " kommenden jahr", " in den kommenden ", " ab kommendem ", " ab nächster ", " ab nächstem ",
    ];

    /// <summary>Auxiliaries of the German future ("wird ... öffnen"; "werde" in reported speech) and of a plan ("soll ... werden").</summary>
    private static readonly FrozenSet<string> GermanFutureAuxiliaries = FrozenSet.ToFrozenSet(["wird", "werden", "werde"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> GermanPlanAuxiliaries = FrozenSet.ToFrozenSet(["soll", "sollen", "solle"], StringComparer.Ordinal);

    /// <summary>"will"/"soll" and their plurals: a wish or hearsay alone, a plan when the sentence also names when ("will bis zum 30. November ... vorlegen").</summary>
    private static readonly FrozenSet<string> GermanIntentAuxiliaries = FrozenSet.ToFrozenSet(["will", "wollen", "wolle", "soll", "sollen", "solle"], StringComparer.Ordinal);

    /// <summary>A time the plan is for: a month, a weekday, a season, "bis zum", "bis Ende".</summary>
    [GeneratedRegex(@"\b(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Frühjahr|Sommer|Herbst|Winter|Jahresende|Monatsende)\b|\bbis (?:zum|zur|Ende|Mitte|Anfang)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GermanWhen();

    /// <summary>Modal verbs: "werden müssen" at a clause's end is a passive with a modal ("gekennzeichnet werden müssen"), not the future.</summary>
    private static readonly FrozenSet<string> GermanModals = FrozenSet.ToFrozenSet(["können", "müssen", "dürfen", "sollen", "wollen", "mögen"], StringComparer.Ordinal);

    /// <summary>Infinitives that begin with "ge" (not past participles).</summary>
    private static readonly FrozenSet<string> GermanGeInfinitives = FrozenSet.ToFrozenSet(
        ["gehen", "geben", "gelten", "gewinnen", "gehören", "genießen", "gelingen", "gewähren", "gestalten", "gebrauchen"], StringComparer.Ordinal);

    /// <summary>A past participle in -en: "geschlossen", "angehoben", "auseinandergenommen" (a separable prefix before "ge").</summary>
    [GeneratedRegex(@"^(?:ab|an|auf|aus|bei|ein|fest|mit|nach|vor|weg|zu|zurück|zusammen|auseinander|hin|her|los|frei|hoch|statt|teil|weiter|fort|dar|durch|um|wieder|heraus|herein|hinaus|voran|vorbei)?ge\p{Ll}{2,}en$", RegexOptions.CultureInvariant)]
    private static partial Regex GermanParticipleEn();

    /// <summary>A past participle: "gemacht", "geachtet", "angehoben", "bestellt", "verletzt", "informiert".</summary>
    private static bool LooksLikeParticiple(string word) =>
        char.IsLower(word[0]) && (GermanParticipleEn().IsMatch(word) || GermanParticipleT().IsMatch(word));

    [GeneratedRegex(@"^(?:(?:ab|an|auf|aus|bei|ein|fest|mit|nach|vor|weg|zu|zurück|zusammen|hin|her|los|frei|hoch|teil|weiter|fort|dar|durch|um|wieder)?ge\p{Ll}{2,}t|(?:be|ver|er|ent|zer|über|unter)\p{Ll}{2,}t|\p{Ll}{2,}iert)$", RegexOptions.CultureInvariant)]
    private static partial Regex GermanParticipleT();

    /// <summary>Where a clause ends: punctuation, but not the period of an ordinal ("bis zum 30. November").</summary>
    [GeneratedRegex(@"(?<!\b\d{1,2})\.|[;:!?,\u2013\u2014()]", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>
    /// The German future in a clause: "wird"/"werden"/"werde" and, at the clause's end, an infinitive
    /// ("wird ... übernehmen", "wird ... eröffnet werden"), not a past participle ("werden ... untergebracht",
    /// "werden ... angehoben": the passive) nor "werden" with a modal ("gekennzeichnet werden müssen"); or a plan,
    /// "soll"/"sollen" ending on "werden" ("soll ... geschlossen werden"). Read in the sentence's own case, so a
    /// noun at the end ("wird Präsident") is none.
    /// </summary>
    private static bool GermanFuture(string written)
    {
        foreach (var clause in ClauseBreak().Split(written))
        {
            var words = Word().Matches(clause).Select(m => m.Value).ToList();
            if (words.Count < 2)
            {
                continue;
            }

            var last = words[^1];
            var infinitive = last.EndsWith("en", StringComparison.Ordinal) && char.IsLower(last[0])
                && (GermanGeInfinitives.Contains(last) || !GermanParticipleEn().IsMatch(last));
            // "bestellt werden", "angehoben werden dürfen": a participle before "werden" makes it the passive's infinitive.
            var auxiliaries = Enumerable.Range(0, words.Count - 1)
                .Where(i => GermanFutureAuxiliaries.Contains(words[i]) && (i == 0 || !LooksLikeParticiple(words[i - 1])))
                .ToList();
            if (infinitive && auxiliaries.Count > 0
                && !(GermanModals.Contains(last) && words[^2] == "werden" && !auxiliaries.Any(i => words[i] != "werden")))
            {
                return true;
            }

            if (words.Exists(GermanPlanAuxiliaries.Contains) && last == "werden")
            {
                return true;
            }

            if (infinitive && last is not ("haben" or "sein") && words.Take(words.Count - 1).Any(GermanIntentAuxiliaries.Contains) && GermanWhen().IsMatch(clause))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Quotations in the writing systems of the three languages: "…", “…”, „…“, «…».</summary>
    [GeneratedRegex(@"[""\u201c][^""\u201c\u201d]*[""\u201d]|\u201e[^\u201c\u201d]*[\u201c\u201d]|\u00ab[^\u00bb]*\u00bb", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    /// <summary>True when the sentence's own reporting (quotations aside) speaks of what comes next in <paramref name="language"/> (null: English).</summary>
    public static bool Says(string text, string? language)
    {
        // The verb forms are read in the sentence's own case, so a name ("Sandra", "Grünen") is never a verb.
        var written = " " + Quoted().Replace(text, " ") + " ";
        var reporting = written.ToLowerInvariant();
        return (language ?? "en") switch
        {
            "en" => EnglishMarkers.Any(reporting.Contains) && !EnglishPast.Any(reporting.Contains),
            "fr" => !FrenchPast.Any(reporting.Contains)
                    && (FrenchMarkers.Any(reporting.Contains) || FrenchFuture().Matches(written).Any(m => !FrenchNotFuture.Contains(m.Value))),
            "de" => GermanMarkers.Any(reporting.Contains) || written.Contains(" morgen ", StringComparison.Ordinal) || GermanFuture(written),
            _ => false,
        };
    }
}
