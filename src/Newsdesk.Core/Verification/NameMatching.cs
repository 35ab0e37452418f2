using System.Collections.Frozen;

namespace Newsdesk.Verification;

/// <summary>
/// When a name in a sentence counts as found in its sources: the same key, a known alias
/// ("U.K." for "Britain"), or the same place as a demonym ("Russian" for "Russia", "Ukrainian"
/// for "Ukraine", "Chinese" for "China"). The alias groups are data, compiled by hand; an alias
/// of two words ("united states") is looked up as two adjacent capitalised words, never as either
/// word alone ("United" is no more the U.S. than the U.K.).
/// </summary>
internal static class NameMatching
{
    private static readonly string[][] AliasGroups =
    [
        ["uk", "britain", "british", "england", "english", "brit", "brits", "britons", "briton", "united kingdom", "great britain"],
        ["us", "usa", "america", "american", "americans", "united states"],
        ["eu", "european", "europe", "european union"],
        ["un", "united nations"],
        ["uae", "emirates", "emirati"],
        ["nz", "zealand"],
        ["dutch", "netherlands", "holland"],
        ["swiss", "switzerland"],
        ["french", "france"],
        ["welsh", "wales"],
        ["scottish", "scotland", "scots"],
        ["irish", "ireland"],
        ["spanish", "spain"],
        ["greek", "greece"],
        ["turkish", "turkey", "turkiye"],
        ["polish", "poland"],
        ["danish", "denmark"],
        ["swedish", "sweden"],
        ["finnish", "finland"],
        ["norwegian", "norway"],
        ["filipino", "philippines"],
        ["thai", "thailand"],
        ["covid", "coronavirus"],
    ];

    private static readonly FrozenDictionary<string, string[]> Aliases = AliasGroups
        .SelectMany(group => group.Select(key => (key, group)))
        .GroupBy(p => p.key, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.SelectMany(p => p.group).Where(k => k != g.Key).Distinct().ToArray(), StringComparer.Ordinal);

    /// <summary>Endings that turn a place into its people ("Russia" + "n", "Canad(a)" + "ian", "Chin(a)" + "ese").</summary>
    private static readonly FrozenSet<string> DemonymEndings = FrozenSet.ToFrozenSet(
        ["n", "an", "ian", "ns", "ans", "ians", "ese", "ish", "i", "is", "s", "ite", "ites"], StringComparer.Ordinal);

    /// <summary>Endings a place name loses before a demonym ending ("Ukrain(e)", "Mexic(o)").</summary>
    private static readonly FrozenSet<string> PlaceEndings = FrozenSet.ToFrozenSet(["", "a", "e", "o", "y"], StringComparer.Ordinal);

    /// <summary>Shortest shared beginning for two words to be a place and its demonym.</summary>
    internal const int MinDemonymStem = 4;

    /// <summary>Whether a key, or two keys joined by a space, is an alias of some name ("united states").</summary>
    public static bool IsAlias(string key) => Aliases.ContainsKey(key);

    public static bool Found(string name, Func<string, bool> hasKey, IEnumerable<string> keys)
    {
        if (hasKey(name))
        {
            return true;
        }

        if (Aliases.TryGetValue(name, out var aliases) && aliases.Any(hasKey))
        {
            return true;
        }

        return name.Length >= MinDemonymStem && keys.Any(k => IsDemonymPair(name, k));
    }

    internal static bool IsDemonymPair(string a, string b)
    {
        if (a.Length < MinDemonymStem || b.Length < MinDemonymStem || a == b)
        {
            return false;
        }

        var shared = 0;
        var limit = Math.Min(a.Length, b.Length);
        while (shared < limit && a[shared] == b[shared])
        {
            shared++;
        }

        if (shared < MinDemonymStem)
        {
            return false;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return PlaceEndings.Contains(shorter[shared..]) && DemonymEndings.Contains(longer[shared..]);
    }
}
