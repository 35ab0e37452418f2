using System.Collections.Frozen;

namespace Newsdesk.Text;

/// <summary>
/// The languages Newsdesk reads and marks (ISO 639-1 codes, the ones <see cref="LanguageDetector"/>
/// knows) and their English names, for the site's language pages and feeds. A story whose
/// language is not known is published as <see cref="Default"/>, the language of the site itself.
/// </summary>
public static class Languages
{
    /// <summary>The site's own language, and the language of a story when none is known.</summary>
    public const string Default = "en";

    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["en"] = "English",
        ["de"] = "German",
        ["fr"] = "French",
        ["es"] = "Spanish",
        ["it"] = "Italian",
        ["pt"] = "Portuguese",
        ["nl"] = "Dutch",
        ["pl"] = "Polish",
        ["sv"] = "Swedish",
        ["ru"] = "Russian",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every code the site knows, in a stable order.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. Names.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="code"/> is a language the site knows (lowercase ISO 639-1).</summary>
    public static bool IsKnown(string? code) => code is not null && Names.ContainsKey(code);

    /// <summary>The English name of a known language ("de" -> "German"); the code itself otherwise.</summary>
    public static string Name(string code) => Names.GetValueOrDefault(code, code);

    /// <summary>
    /// The language most of the given languages are (nulls, unknown to the reader, are not counted);
    /// a tie goes to English, then to the language met first; null when none is known.
    /// </summary>
    public static string? Dominant(IEnumerable<string?> languages) =>
        languages.OfType<string>().Where(IsKnown).GroupBy(l => l, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key == Default ? 0 : 1)
            .Select(g => g.Key).FirstOrDefault();
}
