namespace Newsdesk.Stories;

/// <summary>Splits text into words for clustering: letters and digits, inner apostrophes dropped with a trailing "'s".</summary>
internal static class Tokenizer
{
    /// <summary>Longest word kept; longer runs (URLs, base64) are noise.</summary>
    public const int MaxWordChars = 30;

    /// <summary>Shortest term kept (shorter words are dropped, except as entity-run breakers).</summary>
    public const int MinTermChars = 2;

    public static void Tokenize(string text, int maxTokens, Lexicon lexicon, List<Token> into)
    {
        Span<char> word = stackalloc char[MaxWordChars];
        var sentenceStart = true;
        var count = 0;
        var i = 0;
        while (i < text.Length && count < maxTokens)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or ':' or ';' or '\n' or '|' or '"' or '\u201C' or '\u201D')
                {
                    sentenceStart = true;
                }

                i++;
                continue;
            }

            var start = i;
            var length = 0;
            while (i < text.Length)
            {
                var ch = text[i];
                if (char.IsLetterOrDigit(ch))
                {
                    if (length < MaxWordChars)
                    {
                        word[length++] = char.ToLowerInvariant(ch);
                    }

                    i++;
                }
                else if ((ch == '\'' || ch == '\u2019') && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    // "McDonald's" -> "mcdonald"; "don't" -> "dont".
                    if ((i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])) && char.ToLowerInvariant(text[i + 1]) == 's')
                    {
                        i += 2;
                        break;
                    }

                    i++;
                }
                else
                {
                    break;
                }
            }

            into.Add(new Token(lexicon.Get(word[..length]), char.IsUpper(text[start]), sentenceStart));
            sentenceStart = false;
            count++;
        }
    }

    /// <summary>A light English stemmer: plurals only ("stories" -> "story", "recalls" -> "recall").</summary>
    public static string Stem(string w)
    {
        if (w.Length <= 3 || char.IsDigit(w[^1]))
        {
            return w;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return string.Concat(w.AsSpan(0, w.Length - 3), "y");
        }

        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) ||
            w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i'))
        {
            return w[..^1];
        }

        return w;
    }

    public static bool IsSmallNumber(string w)
    {
        if (w.Length > 2)
        {
            return false;
        }

        foreach (var c in w)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
