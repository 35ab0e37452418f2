using System.Collections.Frozen;

namespace Newsdesk.Text;

/// <summary>
/// German capitalises every noun, so there a capital does not make a name ("Deich", "Feuerwehr",
/// "Schaden"). A capitalised word is a common noun of a German text when the text uses it as one: right
/// after an article, a determiner or a contraction ("den Schaden", "die Feuerwehr", "im Einsatz"), or
/// a number ("230 Bewohner"), with at most <see cref="MaxAdjectives"/> lowercase words between ("am
/// frühen Morgen"). A word the text never uses so (a person, a town: "Albrecht", "Weidenbrück") stays
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
        for (var i = 0; i < tokens.Count; i++)
        {
            if (At(tokens, i, language))
            {
                nouns.Add(tokens[i].Key);
            }
        }

        return nouns;
    }

    /// <summary>Whether token <paramref name="index"/> is a capitalised word used as a common noun where it stands.</summary>
    public static bool At(IReadOnlyList<Token> tokens, int index, string? language)
    {
        var token = tokens[index];
        if (!Capitalises(language) || token.Kind != TokenKind.Word || !token.IsCapitalized)
        {
            return false;
        }

        for (var j = index - 1; j >= 0 && j >= index - 1 - MaxAdjectives; j--)
        {
            var before = tokens[j];
            if (tokens[j + 1].AfterClauseMark || tokens[j + 1].AfterBreak)
            {
                return false;   // "..., Bürgermeister": a comma or a quotation mark stands between
            }

            if (before.Kind == TokenKind.Number)
            {
                return j == index - 1;   // "230 Bewohner", not "230 neue ..." read two words on
            }

            if (before.Kind != TokenKind.Word)
            {
                return false;
            }

            if (GermanDeterminers.Contains(before.Key))
            {
                return true;
            }

            if (before.IsCapitalized)
            {
                return false;   // an adjective is lowercase; a capital before is another noun or a name
            }
        }

        return false;
    }
}
