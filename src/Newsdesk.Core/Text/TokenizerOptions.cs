namespace Newsdesk.Text;

/// <summary>
/// What <see cref="Tokenizer"/> keeps inside one token. With no option a token is a run of
/// letters and digits (and the combining marks written on them): "don't" gives "don" and "t",
/// "U.S." gives "U" and "S", "1,200.5" gives "1", "200" and "5". Hyphens always split words.
/// </summary>
[Flags]
public enum TokenizerOptions
{
    /// <summary>Runs of letters and digits only: what the writer and ROUGE compare.</summary>
    None = 0,

    /// <summary>An apostrophe between two letters stays inside the word ("don't", "Russia's").</summary>
    Apostrophes = 1,

    /// <summary>Dotted initials are one word, final period included ("U.S.").</summary>
    Initialisms = 2,

    /// <summary>
    /// A number is one token with its thousands separators and decimals ("1,200.5"), a time of day
    /// ("11:45"), a leading currency sign ("$5") and a trailing percent sign ("4%"); a unit glued to
    /// it ("5bn") is a word of its own.
    /// </summary>
    Numbers = 4,

    /// <summary>What a reader of claims needs (verification, quantities, material change): all of the above.</summary>
    Claims = Apostrophes | Initialisms | Numbers,
}
