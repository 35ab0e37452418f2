using System.Collections.Frozen;

namespace Newsdesk.Stories;

/// <summary>
/// What marks one happening apart from another of its kind, read from the text as written: the towns it
/// places itself in ("Ridgecrest" of "11 miles from Ridgecrest, Calif."; "Palm Springs" of "PALM SPRINGS,
/// Calif. (AP)"), a run of capitalised words before a comma and a U.S. state (its AP abbreviation or its
/// name), each word of it a mark (two articles name one town when they share a word of it); and the times
/// of day it gives ("4:37 p.m."); and the magnitudes of a quake it gives ("magnitude 4.4", "3.6 quake", "M 4.7"). Two reports of one template (a quake bot, a police log) share every word
/// but these. The punctuation that says so is gone from the clusterer's words, so the text is read again
/// here; only the first <see cref="MaxChars"/> characters, as the clusterer reads a long text's opening.
/// </summary>
internal static class HappeningMarks
{
    /// <summary>Characters of an article's text read for marks.</summary>
    public const int MaxChars = 4000;

    /// <summary>Capitalised words before the comma that make the town at most ("Rancho Santa Margarita").</summary>
    public const int MaxTownWords = 3;

    /// <summary>The AP style abbreviations of U.S. states and D.C., as written with their periods. Our own list.</summary>
    private static readonly FrozenSet<string> StateAbbreviations = FrozenSet.ToFrozenSet(
        ["Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.",
         "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.",
         "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C."],
        StringComparer.Ordinal);

    /// <summary>The names of U.S. states; after "Town, " they mark a town only when punctuation follows ("Ridgecrest, California,"). Our own list.</summary>
    private static readonly FrozenSet<string> StateNames = FrozenSet.ToFrozenSet(
        ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
         "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
         "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "Ohio", "Oklahoma", "Oregon",
         "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "Wisconsin", "Wyoming"],
        StringComparer.Ordinal);

    /// <summary>Adds the towns, times of day and (when asked) quake magnitudes <paramref name="text"/> gives to <paramref name="towns"/>, <paramref name="times"/> and <paramref name="magnitudes"/>.</summary>
    public static void Read(string text, HashSet<string> towns, HashSet<string> times, HashSet<string>? magnitudes = null)
    {
        var end = Math.Min(text.Length, MaxChars);
        for (var i = 0; i < end; i++)
        {
            if (text[i] == ',')
            {
                ReadTown(text, i, end, towns);
            }
            else if (text[i] == ':')
            {
                ReadTime(text, i, end, times);
            }
            else if (text[i] == '.' && magnitudes is not null)
            {
                ReadMagnitude(text, i, end, magnitudes);
            }
        }
    }

    /// <summary>Whether both sides give marks of one kind and none is the same: two happenings.</summary>
    public static bool Disagree(IReadOnlySet<string>? article, IReadOnlySet<string>? core) =>
        article is not null && core is not null && !article.Overlaps(core);

    /// <summary>"Town, ST." or "Town, State" followed by punctuation: the town, lower case, words joined by spaces.</summary>
    private static void ReadTown(string text, int comma, int end, HashSet<string> towns)
    {
        var start = comma + 1;
        if (start >= end || text[start] != ' ')
        {
            return;
        }

        start++;
        var stop = start;
        while (stop < end && (char.IsLetter(text[stop]) || text[stop] == '.'))
        {
            stop++;
        }

        var state = text.AsSpan(start, stop - start);
        var lookup = StateAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        var names = StateNames.GetAlternateLookup<ReadOnlySpan<char>>();
        var marked = lookup.Contains(state)
            || (names.Contains(state) && (stop == end || text[stop] is ',' or '.' or ')' or ';' or '\n'));
        if (!marked)
        {
            return;
        }

        // The town: up to MaxTownWords capitalised words just before the comma, one space apart.
        var townEnd = comma;
        var townStart = comma;
        var words = 0;
        var at = comma;
        while (words < MaxTownWords)
        {
            var wordEnd = at;
            var wordStart = wordEnd;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '-' or '\'' or '.'))
            {
                wordStart--;
            }

            // A word before the town that ends a sentence ("Thursday.") or a capital in the middle of a word is no part of it.
            if (wordStart == wordEnd || !char.IsUpper(text[wordStart]) || (words > 0 && text[wordEnd - 1] == '.' && wordEnd - wordStart > 3))
            {
                break;
            }

            townStart = wordStart;
            words++;
            if (wordStart < 2 || text[wordStart - 1] != ' ')
            {
                break;
            }

            at = wordStart - 1;
        }

        // Each word of the town is a mark: "Kent" and "Kent Seattle" (a byline run into a dateline) are one town. A county
        // holds many towns ("Orange County" beside "Santa Ana"), so it marks none.
        if (words == 0)
        {
            return;
        }

        var town = text[townStart..townEnd].ToLowerInvariant().Split(' ');
        if (town[^1] is "county" or "parish")
        {
            return;
        }

        towns.UnionWith(town);
    }

    /// <summary>
    /// A quake's magnitude, a decimal with one digit before the point ("4.4"), as a quake report writes it: after
    /// "magnitude" or "M" ("a magnitude 4.4 earthquake", "magnitude-3.1", "M 4.7 - 10km NE of Eureka"), or before "quake",
    /// "earthquake" or "magnitude" ("3.6 quake near Brawley", "a 4.5-magnitude quake"). Other decimals (prices, shares) are no marks.
    /// </summary>
    private static void ReadMagnitude(string text, int point, int end, HashSet<string> magnitudes)
    {
        if (point < 1 || !char.IsAsciiDigit(text[point - 1]) || (point >= 2 && (char.IsLetterOrDigit(text[point - 2]) || text[point - 2] == '.'))
            || point + 1 >= end || !char.IsAsciiDigit(text[point + 1]))
        {
            return;
        }

        var stop = point + 1;
        while (stop < end && stop - point <= 2 && char.IsAsciiDigit(text[stop]))
        {
            stop++;
        }

        if (stop < end && (char.IsLetterOrDigit(text[stop]) || (text[stop] == '.' && stop + 1 < end && char.IsAsciiDigit(text[stop + 1]))))
        {
            return;
        }

        var before = text.AsSpan(0, point - 1).TrimEnd(" -");
        var after = text.AsSpan(stop, Math.Min(end, stop + 12) - stop).TrimStart(" -");
        var marked = before.EndsWith("magnitude", StringComparison.OrdinalIgnoreCase)
            || (before.EndsWith("M", StringComparison.Ordinal) && (before.Length == 1 || !char.IsLetterOrDigit(before[^2])))
            || StartsWord(after, "quake") || StartsWord(after, "earthquake") || StartsWord(after, "magnitude");
        if (marked)
        {
            magnitudes.Add(text[(point - 1)..stop]);
        }
    }

    /// <summary>Whether <paramref name="span"/> opens with the word <paramref name="word"/> (any case).</summary>
    private static bool StartsWord(ReadOnlySpan<char> span, string word) =>
        span.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (span.Length == word.Length || !char.IsLetter(span[word.Length]));

    /// <summary>"4:37 p.m.", "10:36 a.m.", "7:53pm": the time as "4:37p".</summary>
    private static void ReadTime(string text, int colon, int end, HashSet<string> times)
    {
        var hourStart = colon;
        while (hourStart > 0 && colon - hourStart < 2 && char.IsAsciiDigit(text[hourStart - 1]))
        {
            hourStart--;
        }

        if (hourStart == colon || (hourStart > 0 && char.IsLetterOrDigit(text[hourStart - 1]))
            || colon + 3 > end || !char.IsAsciiDigit(text[colon + 1]) || !char.IsAsciiDigit(text[colon + 2]))
        {
            return;
        }

        var at = colon + 3;
        if (at < end && text[at] == ' ')
        {
            at++;
        }

        if (at >= end || char.ToLowerInvariant(text[at]) is not ('a' or 'p'))
        {
            return;
        }

        var half = char.ToLowerInvariant(text[at]);
        at++;
        if (at < end && text[at] == '.')
        {
            at++;
        }

        if (at >= end || char.ToLowerInvariant(text[at]) != 'm' || (at + 1 < end && char.IsLetter(text[at + 1])))
        {
            return;
        }

        times.Add(string.Concat(text.AsSpan(hourStart, colon + 3 - hourStart), [half]));
    }
}
