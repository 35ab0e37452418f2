using System.Collections.Frozen;

namespace Newsdesk.Writing.Places;

/// <summary>
/// Whether a name is a place: countries, capitals, states and provinces, and the world's towns of
/// 5,000 people or more, from GeoNames (CC BY 4.0) and countries-list (MIT); see
/// Writing/Places/SOURCE.md. Read once from the embedded list; immutable afterwards.
/// </summary>
public static class Gazetteer
{
    private static readonly Lazy<FrozenSet<string>> Names = new(Load);

    /// <summary>
    /// Abbreviations a place name's words are written in, as datelines write them ("FT LAUDERDALE",
    /// "St. Louis", "Mt. Pleasant"): read as the word they stand for, on both sides of the lookup.
    /// </summary>
    private static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ft"] = "fort", ["ft."] = "fort", ["mt"] = "mount", ["mt."] = "mount",
        ["st"] = "saint", ["st."] = "saint", ["ste"] = "sainte", ["ste."] = "sainte",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> (any case, "PITTSBURGH" or "Pittsburgh"; a leading "the" ignored; "Ft."/"St."/"Mt." as "Fort"/"Saint"/"Mount") is a known place.</summary>
    public static bool IsPlace(string name)
    {
        var key = Key(name);
        return key.Length > 0 && Names.Value.Contains(key);
    }

    /// <summary>
    /// Sites the news agencies file from that no gazetteer lists as a town: AP's "UNITED NATIONS (AP) -"
    /// is the UN headquarters in New York. A dateline's place only: in a story's text "the United
    /// Nations" is an organisation, not where the event happened. Our own list.
    /// </summary>
    private static readonly FrozenSet<string> DatelineSites = FrozenSet.ToFrozenSet(["united nations"], StringComparer.Ordinal);

    /// <summary>
    /// Continents, world regions and oceans the gazetteer lists (our own list: "Europe", "Latin America",
    /// "the Caribbean"; "Pacific", a town in Washington, as the ocean the news means): places, but no
    /// dateline's place. "UK death toll highest in Europe" did not happen in a continent; a story is
    /// filed from a town or a country. Australia is a country first.
    /// </summary>
    private static readonly FrozenSet<string> Regions = FrozenSet.ToFrozenSet(
    [
        "europe", "africa", "asia", "antarctica", "north america", "south america", "latin america", "central america",
        "middle east", "caribbean", "pacific", "atlantic", "arctic", "oceania", "eurasia", "scandinavia", "balkans",
    ], StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> is a continent, a world region or an ocean (<see cref="Regions"/>): never where a dateline puts a story.</summary>
    public static bool IsRegion(string name) => Regions.Contains(Key(name));

    /// <summary>True when <paramref name="name"/> is a known place (<see cref="IsPlace"/>) or a site a source's own dateline may name ("UNITED NATIONS").</summary>
    public static bool IsDatelinePlace(string name) => IsPlace(name) || DatelineSites.Contains(Key(name));

    private static string Key(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList();
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        var text = string.Join(' ', words.Select(w => Abbreviations.GetValueOrDefault(w, w))).Trim(' ', ',', '.');
        return text.Replace('\u2019', '\'');
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("Newsdesk.Writing.Places.gazetteer.txt")
            ?? throw new InvalidOperationException("the gazetteer resource is missing from Newsdesk.Core");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                names.Add(Key(line));
            }
        }

        return names.ToFrozenSet(StringComparer.Ordinal);
    }
}
