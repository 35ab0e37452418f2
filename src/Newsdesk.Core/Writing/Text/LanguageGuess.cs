namespace Newsdesk.Writing.Text;

/// <summary>Guesses a text's language from the share of each language's function words.</summary>
internal static class LanguageGuess
{
    /// <summary>Fewer words than this and the guess is "" (unknown).</summary>
    internal const int MinWords = 8;

    /// <summary>Words read per text; enough for a stable guess, bounded for long articles.</summary>
    internal const int MaxWords = 400;

    /// <summary>The best language's function words must be at least this share of the words.</summary>
    internal const double MinShare = 0.08;

    public static string Guess(string text)
    {
        var words = Tokens.Words(text);
        if (words.Count < MinWords)
        {
            return "";
        }

        var sample = words.Count > MaxWords ? words.GetRange(0, MaxWords) : words;
        var best = "";
        var bestHits = 0;
        foreach (var (language, functionWords) in StopWords.ByLanguage)
        {
            var hits = sample.Count(functionWords.Contains);
            if (hits > bestHits || (hits == bestHits && language == "en"))
            {
                best = language;
                bestHits = hits;
            }
        }

        return bestHits >= sample.Count * MinShare ? best : "";
    }
}
