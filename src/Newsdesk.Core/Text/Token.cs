namespace Newsdesk.Text;

/// <summary>What a token is: a word (letters, inner apostrophes, dotted initials) or a number (digits, separators, a percent sign).</summary>
public enum TokenKind
{
    Word,
    Number,
}

/// <summary>
/// One token of a sentence. <see cref="Text"/> is the surface form; <see cref="Key"/> is the
/// lowercase comparison form (possessive and inner periods removed: "Russia's" -> "russia",
/// "U.S." -> "us"); <see cref="Index"/> is its position among the sentence's tokens.
/// </summary>
public sealed record Token(string Text, string Key, TokenKind Kind, int Index)
{
    /// <summary>Whether the surface form starts with a capital letter.</summary>
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>The currency sign written just before a number ("$5"), or null.</summary>
    public string? Currency { get; init; }

    /// <summary>Whether clause punctuation (a comma, semicolon, colon, bracket, dash or quotation mark) stands between this token and the one before.</summary>
    public bool AfterBreak { get; init; }

    /// <summary>
    /// Whether a comma, semicolon, colon, bracket, dash or quotation mark stands between this token
    /// and the one before: <see cref="AfterBreak"/> without the full stop, which inside one sentence
    /// ends an abbreviation ("Qualcomm Inc. to about $121 billion"), not a phrase.
    /// </summary>
    public bool AfterClauseMark { get; init; }

    /// <summary>Whether a number is written straight after a word or number and a hyphen ("CoV-2", "COVID-19", the 7 of "4-7%").</summary>
    public bool AfterHyphen { get; init; }
}
