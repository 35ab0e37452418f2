using System.Collections.Frozen;

namespace Newsdesk.Text;

/// <summary>
/// German capitalises every noun, so there a capital does not make a name ("Deich", "Feuerwehr",
/// "Schaden"). A capitalised word is a common noun of a German text when the text uses it as one: right
/// after an article, a determiner or a contraction ("den Schaden", "die Feuerwehr", "im Einsatz"), or
/// a number ("230 Bewohner"), with at most <see cref="MaxAdjectives"/> lowercase words between ("am
/// frühen Morgen"), or wherever it stands when it ends as a derived noun ("in Sicherheit", "Regierung":
/// <see cref="HasNounEnding"/>). A word the text never uses so (a person, a town: "Albrecht", "Weidenbrück") stays
/// a name. Languages that capitalise only names (English, French...) have no common nouns here.
/// </summary>
public static class CommonNouns
{
    /// <summary>Lowercase words (adjectives) between the determiner and the noun at most.</summary>
    public const int MaxAdjectives = 2;

    /// <summary>
    /// German articles, determiners, possessives, quantifiers and preposition-article contractions:
    /// a capitalised word after one (past lowercase adjectives) is a noun. Compiled by hand from the
    /// German article and determiner paradigms (Duden grammar, inflected forms written out).
    /// </summary>
    private static readonly FrozenSet<string> GermanDeterminers = FrozenSet.ToFrozenSet(
    [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
        "kein", "keine", "keinen", "keinem", "keiner", "keines", "dieser", "diese", "dieses", "diesen", "diesem",
        "jener", "jene", "jenes", "jenen", "jenem", "jeder", "jede", "jedes", "jeden", "jedem", "welcher", "welche",
        "welches", "welchen", "welchem", "alle", "allen", "aller", "alles", "viele", "vielen", "vieler", "einige",
        "einigen", "einiger", "mehrere", "mehreren", "mehrerer", "beide", "beiden", "beider", "manche", "manchen",
        "mein", "meine", "meinen", "meinem", "meiner", "meines", "dein", "deine", "deinen", "deinem", "deiner", "deines",
        "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres",
        "unser", "unsere", "unseren", "unserem", "unserer", "unseres", "euer", "eure", "euren", "eurem", "eurer", "eures",
        "zum", "zur", "im", "am", "vom", "beim", "ins", "ans", "aufs", "ums", "durchs", "fürs", "übers",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Endings of German abstract and derived nouns ("Sicherheit", "Regierung", "Gemeinschaft",
    /// "Ergebnis"): a capitalised word with one is a common noun wherever it stands, after a preposition
    /// too ("in Sicherheit", "mit Unterstützung"), where no article marks it. Names rarely end so; "-ei"
    /// is left out ("Polizei" but "Türkei"). The stem before the ending has at least <see cref="MinSuffixStem"/> letters ("Jung" is a name).
    /// </summary>
    private static readonly string[] GermanNounEndings =
    [
        "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen", "tät", "täten",
        "nis", "nisse", "nissen", "ismus", "ismen",
    ];

    /// <summary>Letters a word has before a noun ending at least.</summary>
    public const int MinSuffixStem = 3;

    /// <summary>Whether a lowercase German word ends as a derived noun (see <see cref="GermanNounEndings"/>).</summary>
    public static bool HasNounEnding(string key) =>
        GermanNounEndings.Any(e => key.Length >= e.Length + MinSuffixStem && key.EndsWith(e, StringComparison.Ordinal));

    /// <summary>Whether <paramref name="language"/> capitalises common nouns (so a capital alone does not make a name).</summary>
    public static bool Capitalises(string? language) => language == "de";

    /// <summary>Whether a lowercase word is one after which a capitalised word is a noun, in <paramref name="language"/>.</summary>
    public static bool IsDeterminer(string key, string? language) => Capitalises(language) && GermanDeterminers.Contains(key);

    /// <summary>
    /// The capitalised words <paramref name="text"/> uses as common nouns (lowercase keys); empty for a
    /// language that capitalises only names.
    /// </summary>
    public static HashSet<string> Of(string text, string? language)
    {
        var nouns = new HashSet<string>(StringComparer.Ordinal);
        if (!Capitalises(language) || string.IsNullOrEmpty(text))
        {
            return nouns;
        }

        var tokens = Tokenizer.Tokenize(text);
        var marks = Mark(tokens, language);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (marks[i])
            {
                nouns.Add(tokens[i].Key);
            }
        }

        return nouns;
    }

    /// <summary>Per token: whether it is a capitalised word used as a common noun where it stands (all false for a language that capitalises only names).</summary>
    public static bool[] Mark(IReadOnlyList<Token> tokens, string? language)
    {
        var marks = new bool[tokens.Count];
        if (!Capitalises(language))
        {
            return marks;
        }

        var reader = new Reader(language);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            marks[i] = reader.Next(t.Key, t.Kind == TokenKind.Number, t.IsCapitalized, t.AfterClauseMark || t.AfterBreak);
        }

        return marks;
    }

    /// <summary>
    /// Reads a text word by word and tells, at each word, whether it is a capitalised word used as a
    /// common noun: after a determiner with at most <see cref="MaxAdjectives"/> lowercase words between,
    /// or right after a number, with no punctuation between.
    /// </summary>
    public struct Reader(string? language)
    {
        private readonly bool _on = Capitalises(language);

        /// <summary>Words read since the last determiner (-1: none in reach).</summary>
        private int _since = -1;

        private bool _afterNumber;

        /// <summary>Reads the next word (its lowercase key); true when it is a capitalised common noun.</summary>
        public bool Next(string key, bool isNumber, bool capitalised, bool afterMark)
        {
            if (!_on)
            {
                return false;
            }

            if (afterMark)
            {
                _since = -1;
            }

            if (isNumber)
            {
                (_since, _afterNumber) = (0, true);
                return false;
            }

            if (GermanDeterminers.Contains(key))
            {
                (_since, _afterNumber) = (0, false);
                return false;
            }

            var inReach = _since >= 0 && (_afterNumber ? _since == 0 : _since <= MaxAdjectives);
            if (capitalised)
            {
                _since = -1;   // the noun closes the phrase: a name after it ("die Stadt Weidenbrück") stays a name
                return inReach || HasNounEnding(key);
            }

            _since = inReach ? _since + 1 : -1;   // a lowercase adjective between: "am frühen Morgen"
            return false;
        }
    }
}
