using System.Collections.Frozen;

namespace Newsdesk.Verification;

/// <summary>
/// The common words of English: every single-word lemma that WordNet 3.0 writes in lowercase in one
/// of its synsets (Debian's <c>wordnet-base</c>, read from <see cref="DefaultFolder"/> at first use;
/// "hospital", "evacuate", but not "Lausanne", which WordNet writes only capitalised). Inflected forms
/// are taken back to their lemma by WordNet's own exception lists and its suffix rules ("hospitals",
/// "evacuated", "geese"). A sentence's first word is capitalised whatever it is, so it says nothing
/// about being a name; when it is no common word and no source writes it, it is one (<see
/// cref="FeatureExtractor"/>: "Lausanne hospitals evacuated"). Without WordNet installed the check
/// is off: <see cref="Installed"/> is null.
/// </summary>
internal sealed class CommonWords
{
    /// <summary>Where Debian installs WordNet's database.</summary>
    public const string DefaultFolder = "/usr/share/wordnet";

    /// <summary>Environment variable naming another folder (or "none" for no WordNet).</summary>
    public const string FolderVariable = "NEWSDESK_WORDNET";

    private static readonly string[] Parts = ["noun", "verb", "adj", "adv"];

    /// <summary>WordNet's suffix rules (its "morphy"): an ending and what replaces it, tried in turn.</summary>
    private static readonly (string Ending, string Base)[] Suffixes =
    [
        ("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y"),
        ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("er", ""), ("est", ""), ("er", "e"),
        ("est", "e"), ("ly", ""), ("ily", "y"),
    ];

    private static readonly Lazy<CommonWords?> Default = new(() => Load(Environment.GetEnvironmentVariable(FolderVariable) ?? DefaultFolder));

    private readonly FrozenSet<string> lemmas;
    private readonly FrozenDictionary<string, string> exceptions;

    private CommonWords(FrozenSet<string> lemmas, FrozenDictionary<string, string> exceptions)
    {
        this.lemmas = lemmas;
        this.exceptions = exceptions;
    }

    /// <summary>The list read from the installed WordNet, or null when it is not installed.</summary>
    public static CommonWords? Installed => Default.Value;

    /// <summary>A list of the given lemmas (tests).</summary>
    public static CommonWords Of(IEnumerable<string> lemmas) =>
        new(lemmas.ToFrozenSet(StringComparer.Ordinal), FrozenDictionary<string, string>.Empty);

    /// <summary>Reads WordNet's data and exception files from <paramref name="folder"/>; null when they are not there.</summary>
    public static CommonWords? Load(string folder)
    {
        if (!Parts.All(p => File.Exists(Path.Combine(folder, "data." + p))))
        {
            return null;
        }

        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in Parts)
        {
            foreach (var line in File.ReadLines(Path.Combine(folder, "data." + part)))
            {
                AddLowercaseWords(line, lemmas);
            }
        }

        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in Parts)
        {
            var path = Path.Combine(folder, part + ".exc");
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (var line in File.ReadLines(path))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length >= 2 && !fields[0].Contains('_'))
                {
                    exceptions.TryAdd(fields[0], fields[1]);
                }
            }
        }

        return new CommonWords(lemmas.ToFrozenSet(StringComparer.Ordinal), exceptions.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>
    /// Whether a lowercase word is a common English word: a lemma written in lowercase, or an
    /// inflection of one; a hyphenated word when each part is ("well-known").
    /// </summary>
    public bool Contains(string key)
    {
        if (key.Contains('-') && !IsWord(key))
        {
            var parts = key.Split('-', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length > 0 && parts.All(IsWord);
        }

        return IsWord(key);
    }

    private bool IsWord(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        if (lemmas.Contains(word) || (exceptions.TryGetValue(word, out var lemma) && lemmas.Contains(lemma)))
        {
            return true;
        }

        foreach (var (ending, replacement) in Suffixes)
        {
            if (word.Length > ending.Length + 1 && word.EndsWith(ending, StringComparison.Ordinal)
                && lemmas.Contains(string.Concat(word.AsSpan(0, word.Length - ending.Length), replacement)))
            {
                return true;
            }
        }

        // A doubled consonant before -ed/-ing/-er/-est ("stopped", "bigger").
        foreach (var ending in (string[])["ed", "ing", "er", "est"])
        {
            var stemLength = word.Length - ending.Length;
            if (stemLength >= 3 && word.EndsWith(ending, StringComparison.Ordinal) && word[stemLength - 1] == word[stemLength - 2]
                && lemmas.Contains(word[..(stemLength - 1)]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the single-word lemmas a data line writes in lowercase. A line: offset, lexicographer
    /// file, part of speech, word count (hex), then word and lexical id pairs; an adjective may carry
    /// a marker in brackets ("galore(ip)"). Licence lines start with spaces.
    /// </summary>
    private static void AddLowercaseWords(string line, HashSet<string> lemmas)
    {
        if (line.Length == 0 || line[0] == ' ')
        {
            return;
        }

        var fields = line.Split(' ');
        if (fields.Length < 4 || !int.TryParse(fields[3], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var count))
        {
            return;
        }

        for (var i = 0; i < count && 4 + (2 * i) < fields.Length; i++)
        {
            var word = fields[4 + (2 * i)];
            var bracket = word.IndexOf('(', StringComparison.Ordinal);
            if (bracket > 0)
            {
                word = word[..bracket];
            }

            if (!word.Contains('_') && word.Length > 0 && !word.Any(char.IsUpper))
            {
                lemmas.Add(word);
            }
        }
    }
}
