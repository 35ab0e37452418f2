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
    private static readonly HashSet<string> PlaceStarts = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "new", "central", "greater",
        "upper", "lower", "san", "los", "las", "saint", "st", "port", "fort", "mount", "lake", "cape",
    };

    /// <summary>
    /// Whether a story's <paramref name="entity"/> belongs under <paramref name="key"/>: its own key,
    /// or the last word of a name of two or three words ("donald-trump" takes "Trump") when neither
    /// that word nor the name is a place ("new-york" does not take "York", "northern-ireland" not
    /// "Ireland", "bank-of-england" not "England").
    /// </summary>
    public static bool Names(string entity, string key)
    {
        var slug = Slug.ForTerm(entity);
        if (slug == key)
        {
            return true;
        }

        if (slug.Length == 0 || slug.Contains('-') || !key.EndsWith("-" + slug, StringComparison.Ordinal))
        {
            return false;
        }

        var words = key.Split('-');
        return words.Length is 2 or 3 && !words.Contains("of") && !PlaceStarts.Contains(words[0])
            && !Gazetteer.IsPlace(entity) && !Gazetteer.IsPlace(string.Join(' ', words));
    }
}
