using System.Collections.Frozen;
using Newsdesk.Text;

namespace Newsdesk.Verification;

/// <summary>
/// Irregular word forms mapped to their base form before stemming ("grew" -> "grow", "sold" ->
/// "sell", "men" -> "man"), so that a suffix stemmer matches them and the antonym list needs one
/// pair per meaning ("grow"/"shrink" also catches "grew"/"shrank"). Forms that are common words in
/// their own right are left out ("left", "found", "bound", "wound", "felt", "lay"). Data in one
/// place, compiled by hand.
/// </summary>
internal static class Lemmas
{
    private static readonly string[] Verbs =
    [
        "arise arose arisen", "beat beat beaten", "become became", "begin began begun", "bend bent", "bite bit bitten",
        "bleed bled", "blow blew blown", "break broke broken", "breed bred", "bring brought", "build built",
        "burn burnt", "buy bought", "catch caught", "choose chose chosen", "come came", "creep crept", "deal dealt",
        "dig dug", "draw drew drawn", "drink drank drunk", "drive drove driven", "eat ate eaten", "fall fell fallen",
        "feed fed", "fight fought", "flee fled", "fly flew flown", "forbid forbade forbidden", "forget forgot forgotten",
        "forgive forgave forgiven", "freeze froze frozen", "give gave given", "grow grew grown", "hang hung",
        "hear heard", "hide hid hidden", "hold held", "keep kept", "know knew known", "lead led", "lend lent",
        "lose lost", "mean meant", "meet met", "pay paid", "prove proven", "ride rode ridden", "ring rang rung",
        "rise rose risen", "run ran", "see saw seen", "seek sought", "sell sold", "send sent", "shake shook shaken",
        "shine shone", "shoot shot", "show shown", "shrink shrank shrunk", "sing sang sung", "sink sank sunk",
        "sit sat", "sleep slept", "slide slid", "speak spoke spoken", "spend spent", "spin spun", "spring sprang sprung",
        "stand stood", "steal stole stolen", "stick stuck", "sting stung", "strike struck stricken", "swear swore sworn",
        "sweep swept", "swim swam swum", "swing swung", "take took taken", "teach taught", "tear tore torn",
        "tell told", "think thought", "throw threw thrown", "understand understood", "undertake undertook undertaken",
        "wake woke woken", "wear wore worn", "weep wept", "win won", "withdraw withdrew withdrawn", "write wrote written",
        "overtake overtook overtaken", "mistake mistook mistaken", "outgrow outgrew outgrown", "overcome overcame",
        "uphold upheld", "withhold withheld",
    ];

    private static readonly string[] Nouns =
    [
        "man men", "woman women", "child children", "person persons", "foot feet", "tooth teeth", "mouse mice",
        "crisis crises", "analysis analyses", "thesis theses",
    ];

    private static readonly FrozenDictionary<string, string> BaseForms = Verbs.Concat(Nouns)
        .Select(line => line.Split(' '))
        .SelectMany(forms => forms.Skip(1).Where(f => f != forms[0]).Select(f => (Form: f, Base: forms[0])))
        .GroupBy(p => p.Form, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First().Base, StringComparer.Ordinal);

    /// <summary>The base form of an irregular word form, else the key itself.</summary>
    public static string Of(string key) => BaseForms.GetValueOrDefault(key, key);

    /// <summary>The stem the verifier compares: the suffix stem of the base form.</summary>
    public static string Stem(string key) => LightStemmer.Stem(Of(key));
}
