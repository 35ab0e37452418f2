using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Newsdesk.Text;

/// <summary>
/// The one stemmer: the Snowball stemmers of Lucene.Net.Analysis.Common (snowballstem.org; English is
/// Porter2) for English and every language <see cref="LanguageDetector"/> knows that Snowball covers
/// (de, fr, es, it, pt, nl, sv, ru). Polish has no Snowball stemmer: its words are returned as they
/// are. Both sides of every comparison go through it: "dumped", "dumping", "dumps" -> "dump";
/// "denied", "deny" -> "deni". ROUGE alone keeps a Porter of its own (Writing/Evaluation/PorterStemmer.cs)
/// so that its figures stay comparable with ROUGE-1.5.5.
/// </summary>
public static class Stemmer
{
    /// <summary>Shortest word stemmed; shorter words ("us", "is") are returned as they are.</summary>
    public const int MinLength = 3;

    /// <summary>Longest word stemmed; longer runs (URLs, identifiers) are returned as they are, at bounded cost.</summary>
    public const int MaxLength = 40;

    /// <summary>Snowball stemmers keep state between calls: one set per thread.</summary>
    [ThreadStatic]
    private static Dictionary<string, SnowballProgram?>? _stemmers;

    /// <summary>The English stem of a lowercase word; a word with anything but letters (a number, "covid-19") is returned as it is.</summary>
    public static string Stem(string word) => Stem(word, "en");

    /// <summary>The stem of a lowercase word in <paramref name="language"/> (ISO 639-1; null means English).</summary>
    public static string Stem(string word, string? language)
    {
        if (word.Length < MinLength || word.Length > MaxLength || !word.All(char.IsLetter))
        {
            return word;
        }

        var stemmers = _stemmers ??= new Dictionary<string, SnowballProgram?>(StringComparer.Ordinal);
        var key = language ?? "en";
        if (!stemmers.TryGetValue(key, out var stemmer))
        {
            stemmer = Create(key);
            stemmers[key] = stemmer;
        }

        if (stemmer is null)
        {
            return word;
        }

        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    /// <summary>Whether <paramref name="language"/> has a stemmer (otherwise words are compared as written).</summary>
    public static bool Knows(string? language) => Create(language ?? "en") is not null;

    private static SnowballProgram? Create(string language) => language switch
    {
        "en" => new EnglishStemmer(),
        "de" => new GermanStemmer(),
        "fr" => new FrenchStemmer(),
        "es" => new SpanishStemmer(),
        "it" => new ItalianStemmer(),
        "pt" => new PortugueseStemmer(),
        "nl" => new DutchStemmer(),
        "sv" => new SwedishStemmer(),
        "ru" => new RussianStemmer(),
        _ => null,
    };
}
