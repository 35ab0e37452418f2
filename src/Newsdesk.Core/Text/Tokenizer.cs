using System.Globalization;
using System.Text;

namespace Newsdesk.Text;

/// <summary>
/// The one tokenizer of every stage. A token is a word (letters, digits and the marks written on
/// them) or, with <see cref="TokenizerOptions.Numbers"/>, a number; what else stays inside a token
/// is chosen by <see cref="TokenizerOptions"/>: the verifier reads "U.S.", "didn't" and "$1,200.5"
/// whole (<see cref="TokenizerOptions.Claims"/>), the clusterer keeps apostrophes, the writer and
/// ROUGE split at everything that is not a letter or digit. Hyphens always split words
/// ("one-year" -> "one", "year").
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokens read from one sentence by <see cref="Tokenize"/> at most; a longer input is cut, not scanned unbounded.</summary>
    public const int MaxTokens = 2000;

    /// <summary>The token spans of <paramref name="text"/>, in order (see <see cref="TokenScan"/>).</summary>
    public static TokenScan Scan(string text, TokenizerOptions options) => new(text, options);

    /// <summary>
    /// The tokens of a sentence with their comparison keys, at most <see cref="MaxTokens"/>. By default
    /// as a reader of claims needs them: "U.S.", "didn't", "Russia's" and "$1,200.50" are one token each.
    /// </summary>
    public static IReadOnlyList<Token> Tokenize(string? text, TokenizerOptions options = TokenizerOptions.Claims)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var previousEnd = 0;
        foreach (var span in Scan(text, options))
        {
            if (tokens.Count >= MaxTokens)
            {
                break;
            }

            var token = span.Kind == TokenKind.Number ? NumberToken(text, span, tokens.Count) : WordToken(text, span, tokens.Count);
            tokens.Add(token with
            {
                AfterBreak = tokens.Count > 0 && HasBreak(text, previousEnd, span.Start),
                AfterClauseMark = tokens.Count > 0 && HasBreak(text, previousEnd, span.Start, stops: false),
            });
            previousEnd = span.End;
        }

        return tokens;
    }

    /// <summary>The lowercase words of a text, in order, split at everything that is not a letter or digit unless <paramref name="options"/> keep it.</summary>
    public static List<string> Words(string text, TokenizerOptions options = TokenizerOptions.None)
    {
        var words = new List<string>();
        foreach (var span in Scan(text, options))
        {
            words.Add(text[span.Start..span.End].ToLowerInvariant());
        }

        return words;
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

    /// <summary>An apostrophe, straight, curly or the modifier letter.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    /// <summary>The next token at or after <paramref name="from"/>, if any.</summary>
    internal static bool Next(string text, int from, TokenizerOptions options, out TokenSpan span)
    {
        var numbers = (options & TokenizerOptions.Numbers) != 0;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (numbers && (char.IsDigit(c) || (IsCurrency(c) && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
            {
                span = new TokenSpan(i, ReadNumber(text, i), TokenKind.Number);
                return true;
            }

            if (char.IsLetterOrDigit(c))
            {
                span = new TokenSpan(i, ReadWord(text, i, options), TokenKind.Word);
                return true;
            }
        }

        span = default;
        return false;
    }

    private static Token NumberToken(string text, TokenSpan span, int index)
    {
        var currency = IsCurrency(text[span.Start]) ? text[span.Start].ToString() : null;
        var start = currency is null ? span.Start : span.Start + 1;
        var valueEnd = text[span.End - 1] == '%' ? span.End - 1 : span.End;
        return new Token(text[start..span.End], text[start..valueEnd].Replace(",", ""), TokenKind.Number, index) {
            Currency = currency,
            AfterHyphen = currency is null && start >= 2 && text[start - 1] == '-' && char.IsLetterOrDigit(text[start - 2]),
        };
    }

    private static Token WordToken(string text, TokenSpan span, int index)
    {
        var surface = text[span.Start..span.End];
        return new Token(surface, Key(surface), TokenKind.Word, index);
    }

    /// <summary>End of a number starting at <paramref name="i"/> (a currency sign or digit), its percent sign included.</summary>
    private static int ReadNumber(string text, int i)
    {
        if (IsCurrency(text[i]))
        {
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

        return i < text.Length && text[i] == '%' ? i + 1 : i;
    }

    /// <summary>End of a word starting at <paramref name="i"/> (a letter or digit).</summary>
    private static int ReadWord(string text, int i, TokenizerOptions options)
    {
        var apostrophes = (options & TokenizerOptions.Apostrophes) != 0;
        var initialisms = (options & TokenizerOptions.Initialisms) != 0;
        var start = i;
        while (i < text.Length)
        {
            var c = text[i];
            var letterFollows = i + 1 < text.Length && char.IsLetter(text[i + 1]);
            if (char.IsLetterOrDigit(c) || IsMark(c)
                || (apostrophes && IsApostrophe(c) && letterFollows)
                || (initialisms && c == '.' && letterFollows && IsInitialism(text, start, i)))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        // Keep the final period of a dotted initialism ("U.S.").
        if (initialisms && i < text.Length && text[i] == '.' && text.AsSpan(start, i - start).Contains('.'))
        {
            i++;
        }

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

    /// <summary>Whether clause punctuation stands between two tokens (what a number binds to does not reach across it).</summary>
    private static bool HasBreak(string text, int from, int to, bool stops = true)
    {
        for (var k = from; k < to; k++)
        {
            if (IsBreak(text[k]) && (stops || text[k] is not ('.' or '?' or '!')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Punctuation that ends a phrase inside a sentence.</summary>
    private static bool IsBreak(char c) => c is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '—' or '–' or '"' or '“' or '”' or '.' or '?' or '!';

    /// <summary>Two digits of minutes (00-59) at <paramref name="at"/>, not followed by another digit.</summary>
    private static bool IsClockMinutes(string text, int at) =>
        at + 1 < text.Length && text[at] is >= '0' and <= '5' && char.IsDigit(text[at + 1]) && (at + 2 >= text.Length || !char.IsDigit(text[at + 2]));

    /// <summary>A combining mark written on the letter before it (an accent in decomposed text, an Indic vowel sign).</summary>
    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsCurrency(char c) => c is '$' or '€' or '£' or '¥' or '₹';
}
