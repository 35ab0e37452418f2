using System.Text;

namespace Newsdesk.Text;

/// <summary>
/// Splits a sentence into word and number tokens. Words keep inner apostrophes ("don't") and
/// dotted initials ("U.S."); hyphens split words ("one-year" -> "one", "year"); numbers keep
/// thousands separators and decimals ("1,200.5"), a leading currency sign and a trailing "%".
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokens read from one sentence at most; a longer input is cut, not scanned unbounded.</summary>
    public const int MaxTokens = 2000;

    public static IReadOnlyList<Token> Tokenize(string? text)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var i = 0;
        var sawBreak = false;
        while (i < text.Length && tokens.Count < MaxTokens)
        {
            var c = text[i];
            var before = tokens.Count;
            if (char.IsDigit(c) || (IsCurrency(c) && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                i = ReadNumber(text, i, tokens);
            }
            else if (char.IsLetter(c))
            {
                i = ReadWord(text, i, tokens);
            }
            else
            {
                sawBreak |= IsBreak(c);
                i++;
                continue;
            }

            if (sawBreak && tokens.Count > before && before > 0)
            {
                tokens[before] = tokens[before] with { AfterBreak = true };
            }

            sawBreak = false;
        }

        return tokens;
    }

    private static int ReadNumber(string text, int i, List<Token> tokens)
    {
        string? currency = null;
        if (IsCurrency(text[i]))
        {
            currency = text[i].ToString();
            i++;
        }

        var start = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if ((c == ',' || c == '.') && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else if (c == ':' && i - start is 1 or 2 && IsClockMinutes(text, i + 1))
            {
                // "11:45": a time of day is one number, so that its hours and minutes are not read apart.
                i += 3;
                break;
            }
            else
            {
                break;
            }
        }

        var end = i;
        if (i < text.Length && text[i] == '%')
        {
            i++;
        }

        var surface = text[start..i];
        tokens.Add(new Token(surface, text[start..end].Replace(",", ""), TokenKind.Number, tokens.Count) {
            Currency = currency,
            AfterHyphen = currency is null && start >= 2 && text[start - 1] == '-' && char.IsLetterOrDigit(text[start - 2]),
        });

        // A unit glued to the number ("5bn", "10m", "3rd") becomes its own word token.
        if (i < text.Length && char.IsLetter(text[i]))
        {
            return ReadWord(text, i, tokens);
        }

        return i;
    }

    private static int ReadWord(string text, int i, List<Token> tokens)
    {
        var start = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c == '\u0301')
            {
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                i++;
            }
            else if (c == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1])
                && i + 2 <= text.Length && IsInitialism(text, start, i))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        // Keep the final period of a dotted initialism ("U.S.").
        if (i < text.Length && text[i] == '.' && text.AsSpan(start, i - start).Contains('.'))
        {
            i++;
        }

        var surface = text[start..i];
        tokens.Add(new Token(surface, Key(surface), TokenKind.Word, tokens.Count));
        return i;
    }

    /// <summary>Whether the word so far is single letters separated by periods ("U", "U.S").</summary>
    private static bool IsInitialism(string text, int start, int at)
    {
        for (var k = start; k < at; k++)
        {
            var isLetterSlot = (k - start) % 2 == 0;
            if (isLetterSlot ? !char.IsLetter(text[k]) : text[k] != '.')
            {
                return false;
            }
        }

        return (at - start) % 2 == 1;
    }

    /// <summary>The comparison form of a word: lowercase, no possessive, no periods, curly apostrophes straightened.</summary>
    public static string Key(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c == '.')
            {
                continue;
            }

            builder.Append(IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c));
        }

        var key = builder.ToString();
        if (key.EndsWith("'s", StringComparison.Ordinal))
        {
            key = key[..^2];
        }
        else if (key.EndsWith('\''))
        {
            key = key[..^1];
        }

        return key;
    }

    /// <summary>Punctuation that ends a phrase inside a sentence: what a number binds to does not reach across it.</summary>
    private static bool IsBreak(char c) => c is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '—' or '–' or '"' or '“' or '”' or '.' or '?' or '!';

    /// <summary>Two digits of minutes (00-59) at <paramref name="at"/>, not followed by another digit.</summary>
    private static bool IsClockMinutes(string text, int at) =>
        at + 1 < text.Length && text[at] is >= '0' and <= '5' && char.IsDigit(text[at + 1]) && (at + 2 >= text.Length || !char.IsDigit(text[at + 2]));

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private static bool IsCurrency(char c) => c is '$' or '€' or '£' or '¥' or '₹';
}
