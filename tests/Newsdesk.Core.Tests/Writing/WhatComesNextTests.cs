using Newsdesk.Writing.Extractive;

namespace Newsdesk.Writing.Tests;

/// <summary>"What comes next" in the story's language (issue #18): French and German future sentences, and English words that say nothing in them.</summary>
public class WhatComesNextTests
{
    public sealed record Case(string Name, string Language, string Input, bool Expected)
    {
        public override string ToString() => $"{Language}: {Name}";
    }

    public static TheoryData<Case> Cases => new()
    {
        new("simple future", "fr", "Le marché couvert restera fermé pendant au moins trois semaines, a précisé la mairie.", true),
        new("'sera' before a participle", "fr", "Un marché provisoire sera installé dès samedi sur la place de la Mairie.", true),
        new("'va' before an infinitive", "fr", "La commune va reconstruire la charpente avant le printemps.", true),
        new("next week", "fr", "Les experts rendront leur rapport la semaine prochaine.", true),
        new("'devrait': an expectation", "fr", "Le trafic devrait reprendre lundi sur la ligne.", true),
        new("the future only inside a quotation", "fr", "« Personne ne sera laissé seul face à cette catastrophe », a-t-elle affirmé.", false),
        new("the past", "fr", "Le feu s'est déclaré vers 3 h 40 dans la partie nord du bâtiment.", false),
        new("'il aura fallu' looks back", "fr", "Il aura fallu quatre heures aux pompiers pour maîtriser les flammes.", false),
        new("a name ending like a verb", "fr", "La maire a reçu Sandra Vidal et Alexandra Roux à la mairie.", false),
        new("a noun ending like a verb", "fr", "Une caméra de surveillance a filmé le départ du feu, selon l'opéra voisin.", false),
        new("future tense: infinitive at the clause's end", "de", "Der Kreis wird einen Härtefonds für die betroffenen Familien einrichten.", true),
        new("reported speech: 'werde' and an infinitive", "de", "Die Landrätin sagte, der Kreis werde einen Härtefonds einrichten.", true),
        new("a plan: 'soll ... werden'", "de", "Die Brücke soll im Frühjahr wieder freigegeben werden.", true),
        new("scheduling word", "de", "Der Deich wird voraussichtlich bis Freitag repariert.", true),
        new("next week", "de", "Die Gutachter legen ihren Bericht nächste Woche vor.", true),
        new("the passive: 'werden' and a participle", "de", "Die Bewohner wurden in der Turnhalle untergebracht, dort werden sie von Helfern versorgt.", false),
        new("the passive with a modal", "de", "Die Straßen müssen gesperrt werden, weil sie überflutet werden können.", false),
        new("'werden' before a noun: to become", "de", "Jens Albrecht wird Bürgermeister.", false),
        new("'will' is a wish, not the future", "de", "Der Verein will nichts von den Plänen gewusst haben.", false),
        new("'will' with a date is a plan", "de", "Die Stadt will bis zum 30. November ein Gutachten über alle Deiche vorlegen.", true),
        new("'soll' alone is hearsay", "de", "Der Täter soll aus der Nachbarstadt stammen.", false),
        new("the future only inside a quotation", "de", "„Wir werden alles wieder aufbauen“, sagte der Bürgermeister.", false),
        new("English words say nothing in German", "de", "Die Stadt will have a look.", false),
        new("English is read as before", "en", "The line will reopen on Nov 23, Coastline Rail said.", true),
        new("a language without cues has none", "es", "El mercado will reopen next week.", false),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_reporting_says_what_comes_next_in_its_language(Case c) => Assert.Equal(c.Expected, WhatComesNext.Says(c.Input, c.Language));
}
