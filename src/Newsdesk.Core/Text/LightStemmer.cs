namespace Newsdesk.Text;

/// <summary>
/// A light English suffix stripper for matching word forms ("dumped", "dumping", "dumps" ->
/// "dump"; "arrests", "arrested" -> "arrest"). It is not Porter's algorithm: it only has to map
/// the forms of one word to one key, and both sides of every comparison go through it.
/// Used by the verifier only (<c>Verification/Lemmas</c>, and the quantity context of <see cref="Quantities"/>):
/// its calibration was fitted with this stemmer, and on SummEdits Snowball English (<see cref="Stemmer"/>)
/// scored lower (held-out balanced accuracy 0.708 -> 0.698, issue 18 session 4). Every other stage
/// stems with <see cref="Stemmer"/>; the verifier moves to it with its next calibration fit.
/// </summary>
public static class LightStemmer
{
    /// <summary>Suffixes stripped, longest first, each only when at least <see cref="MinStem"/> letters remain.</summary>
    private static readonly string[] Suffixes =
    [
        "ational", "ization", "fulness", "iveness", "ations", "ation", "ments", "ment", "ness", "ingly",
        "edly", "ings", "ing", "ies", "ied", "ers", "er", "ed", "ly", "es", "s", "e", "y",
    ];

    /// <summary>Shortest stem kept; shorter words are returned as they are.</summary>
    public const int MinStem = 3;

    public static string Stem(string key)
    {
        if (key.Length <= MinStem || !key.All(char.IsLetter))
        {
            return key;
        }

        if (key.EndsWith("ss", StringComparison.Ordinal) || key.EndsWith("us", StringComparison.Ordinal) || key.EndsWith("is", StringComparison.Ordinal))
        {
            return key;
        }

        var stem = key;
        foreach (var suffix in Suffixes)
        {
            if (stem.EndsWith(suffix, StringComparison.Ordinal) && stem.Length - suffix.Length >= MinStem)
            {
                stem = stem[..^suffix.Length];
                break;
            }
        }

        // "stopped" -> "stopp" -> "stop"; "e" and "y" endings were folded above ("hoped", "hope" -> "hop").
        if (stem.Length > MinStem && stem[^1] == stem[^2] && !IsVowel(stem[^1]) && stem[^1] is not ('l' or 's' or 'z'))
        {
            stem = stem[..^1];
        }

        if (stem.Length > MinStem && (stem[^1] == 'e' || stem[^1] == 'i'))
        {
            stem = stem[..^1];
        }

        return stem;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
