using System.Collections.Frozen;
using Newsdesk.Text;
using Newsdesk.Writing.Places;

namespace Newsdesk.Publishing;

/// <summary>
/// Which stories an entity page (<c>/entity/{key}</c>) and an entity follow take. A story's
/// entities come from its own reports (StoryTags), so a story whose reports only ever write
/// "Trump" carries "Trump", and another "Donald Trump": on the real May 2020 feeds, 32 stories carried
/// the one and 43 the other. The page of a person's full name also takes the stories that carry
/// the surname alone; the page of the surname keeps to its own stories (a surname is a family's:
/// "Trump" is not only Donald Trump).
/// </summary>
public static class EntityKeys
{
    /// <summary>First words of a place's name, never a person's ("North Korea" is not "Korea" on its own).</summary>
    private static readonly FrozenSet<string> PlaceStarts = new[]
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "new", "central", "greater",
        "upper", "lower", "san", "los", "las", "saint", "st", "port", "fort", "mount", "lake", "cape",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// How many times more stories the surname's owner must carry than any other full name with that
    /// surname: "Trump" alone is Donald Trump's when he is named in 43 stories and Melania Trump in 3; with
    /// Ellen Marsh and Tom Marsh named alike, "Marsh" alone is nobody's.
    /// </summary>
    private const int OwnerLead = 2;

    /// <summary>
    /// Whether a story's <paramref name="entity"/> belongs under <paramref name="key"/>: its own key,
    /// or the last word of a person's name of two or three words ("donald-trump" takes "Trump") when
    /// <paramref name="surnameOwners"/> gives that surname to that name (<see cref="SurnameOwners"/>).
    /// </summary>
    public static bool Names(string entity, string key, IReadOnlyDictionary<string, string> surnameOwners)
    {
        var slug = Slug.ForTerm(entity);
        return slug == key || (slug.Length > 0 && surnameOwners.TryGetValue(slug, out var owner) && owner == key);
    }

    /// <summary>
    /// Each surname's owner among the published stories' entities (one list per story): the full name
    /// ending in that surname that the most stories carry, at least <see cref="OwnerLead"/> times as many
    /// as any other; none when two are close.
    /// </summary>
    public static IReadOnlyDictionary<string, string> SurnameOwners(IEnumerable<IEnumerable<string>> storyEntities)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var entities in storyEntities)
        {
            foreach (var key in entities.Select(Slug.ForTerm).Distinct(StringComparer.Ordinal))
            {
                if (SurnameOf(key) is { } surname)
                {
                    var names = counts.TryGetValue(surname, out var held) ? held : counts[surname] = new(StringComparer.Ordinal);
                    names[key] = names.GetValueOrDefault(key) + 1;
                }
            }
        }

        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (surname, names) in counts)
        {
            var ranked = names.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).ToList();
            if (ranked.Count == 1 || ranked[0].Value >= OwnerLead * ranked[1].Value)
            {
                owners[surname] = ranked[0].Key;
            }
        }

        return owners;
    }

    /// <summary>
    /// The surname of a person's name key of two or three words, or null when the name is no person's:
    /// a place or a name that starts like one ("new-york" gives no "York", "northern-ireland" no "Ireland",
    /// "bank-of-england" no "England").
    /// </summary>
    private static string? SurnameOf(string key)
    {
        var words = key.Split('-');
        if (words.Length is not (2 or 3) || words.Contains("of") || PlaceStarts.Contains(words[0]))
        {
            return null;
        }

        var surname = words[^1];
        return Gazetteer.IsPlace(surname) || Gazetteer.IsPlace(string.Join(' ', words)) ? null : surname;
    }
}
