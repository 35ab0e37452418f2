namespace Newsdesk.Articles;

/// <summary>Word shingles of a text, hashed: lower-case letter/digit words, <see cref="Size"/> words per shingle.</summary>
internal static class TextShingles
{
    /// <summary>Words per shingle: three keeps word order without making a one-word edit cost too many shingles.</summary>
    public const int Size = 3;

    /// <summary>Words read at most from one text.</summary>
    public const int MaxWords = 5000;

    public static HashSet<ulong> Of(string text)
    {
        var words = new List<ulong>();
        var start = -1;
        for (var i = 0; i <= text.Length && words.Count < MaxWords; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(Fnv(text.AsSpan(start, i - start)));
                start = -1;
            }
        }

        var shingles = new HashSet<ulong>();
        for (var i = 0; i + Size <= words.Count; i++)
        {
            var h = 14695981039346656037UL;
            for (var j = 0; j < Size; j++)
            {
                h = (h ^ words[i + j]) * 1099511628211UL;
                h ^= h >> 29;
            }

            shingles.Add(h);
        }

        return shingles;
    }

    /// <summary>FNV-1a over the lower-cased characters of a word.</summary>
    private static ulong Fnv(ReadOnlySpan<char> word)
    {
        var h = 14695981039346656037UL;
        foreach (var c in word)
        {
            h = (h ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        }

        return h;
    }
}
