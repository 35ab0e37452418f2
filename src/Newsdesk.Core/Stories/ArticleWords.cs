using System.Buffers;
using Newsdesk.Text;

namespace Newsdesk.Stories;

/// <summary>
/// The clusterer's words: the shared <see cref="Tokenizer"/>'s words with inner apostrophes, read
/// into interned lowercase forms with the apostrophes dropped and a trailing "'s" cut ("McDonald's"
/// -> "mcdonald"; "don't" -> "dont"), each marked when it opens a sentence. A German noun used as one
/// ("die Feuerwehr", "230 Bewohner": <see cref="CommonNouns"/>) is read as not capitalised, so the
/// stream's case statistics do not take it for a name.
/// </summary>
internal static class ArticleWords
{
    /// <summary>Longest word kept; longer runs (URLs, base64) are cut to this length.</summary>
    public const int MaxWordChars = 30;

    /// <summary>Shortest term kept (shorter words are dropped, except as entity-run breakers).</summary>
    public const int MinTermChars = 2;

    /// <summary>Characters that end a sentence, a quotation, a headline part or a line: the next word's capital says nothing.</summary>
    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create(".!?:;\n|\"\u201C\u201D");

    public static void Read(string text, int maxTokens, Lexicon lexicon, List<Token> into)
    {
        Span<char> word = stackalloc char[MaxWordChars];
        var previousEnd = 0;
        var count = 0;
        var nouns = new CommonNouns.Reader(lexicon.Language);   // German capitalises nouns: one after an article is no name

        foreach (var span in Tokenizer.Scan(text, TokenizerOptions.Apostrophes))
        {
            if (count >= maxTokens)
            {
                break;
            }

            var end = IsPossessive(text, span) ? span.End - 2 : span.End;
            var length = 0;
            for (var k = span.Start; k < end && length < MaxWordChars; k++)
            {
                if (char.IsLetterOrDigit(text[k]))
                {
                    word[length++] = char.ToLowerInvariant(text[k]);
                }
            }

            var gap = text.AsSpan(previousEnd, span.Start - previousEnd);
            var sentenceStart = count == 0 || OpensSentence(gap);
            var entry = lexicon.Get(word[..length]);
            var capitalised = char.IsUpper(text[span.Start]);
            var commonNoun = nouns.Next(entry.Surface, length > 0 && char.IsDigit(word[0]), capitalised, sentenceStart || gap.IndexOfAny(ClauseMarks) >= 0);
            into.Add(new Token(entry, capitalised && !commonNoun, sentenceStart));
            previousEnd = span.End;
            count++;
        }
    }

    /// <summary>Marks between words that end a noun phrase (for <see cref="CommonNouns.Reader"/>).</summary>
    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create(",;()\u2013\u2014\u201E");

    /// <summary>Whether the word ends in an apostrophe and "s" ("Russia's").</summary>
    private static bool IsPossessive(string text, TokenSpan span) =>
        span.End - span.Start > 2 && text[span.End - 2] is ('\'' or '\u2019') && text[span.End - 1] is ('s' or 'S');

    /// <summary>Whether the text between two words holds one of the <see cref="SentenceMarks"/>.</summary>
    private static bool OpensSentence(ReadOnlySpan<char> gap) => gap.IndexOfAny(SentenceMarks) >= 0;

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
