using System.Collections.Frozen;
using Newsdesk.Writing.Places;

namespace Newsdesk.Stories;

/// <summary>
/// Which of an article's names name a place. A city or a county is named by every report from
/// there: two stories that share only "Auckland" or "Orange County" are two happenings in one place,
/// and the May 2020 feeds' threads chained by it (docs/stories.md). A run of adjacent names ("Los
/// Angeles County", "Haw River") names a place when the run, or two adjacent words of it, is in the
/// <see cref="Gazetteer"/>, or when it ends in a word for a kind of place ("Orange County"). A
/// single name is a place when it is in the gazetteer; a word of a longer name that is not a place
/// is not one ("George" of "George Floyd", although George is a town).
/// </summary>
internal static class PlaceNames
{
    /// <summary>Last words that make a run of names a place ("Orange County", "Kowloon City"). Our own list.</summary>
    public static readonly FrozenSet<string> PlaceKinds = FrozenSet.ToFrozenSet(
        ["county", "city", "province", "district", "region", "borough", "township", "parish", "island", "islands"],
        StringComparer.Ordinal);

    /// <summary>The place a run of adjacent names names (its words as written, lower case, joined by spaces), or null.</summary>
    public static string? Names(IReadOnlyList<Token> run)
    {
        var whole = run.Count == 1 ? run[0].Surface : string.Join(' ', run.Select(t => t.Surface));
        if (Gazetteer.IsPlace(whole))
        {
            return whole;
        }

        if (run.Count == 1)
        {
            return null;
        }

        if (PlaceKinds.Contains(run[^1].Surface))
        {
            return whole;
        }

        for (var i = 1; i < run.Count; i++)
        {
            if (Gazetteer.IsPlace(run[i - 1].Surface + " " + run[i].Surface))
            {
                return whole;
            }
        }

        return null;
    }
}
