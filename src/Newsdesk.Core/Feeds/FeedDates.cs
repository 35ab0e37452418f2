using System.Collections.Frozen;

namespace Newsdesk.Feeds;

/// <summary>
/// Parses the dates feeds carry into UTC: ISO 8601 / W3CDTF (with or without zone, seconds,
/// fractions; reduced precision; compact form) and RFC 822 with its broken variants (weekday
/// missing or misspelt, two-digit years, lowercase or long month names, named and military
/// zones, asctime order, dashes for spaces). A date without a zone is taken as UTC. Unparseable
/// dates are null, never an exception. Hand-written: no regex, no culture lookups.
/// </summary>
public static class FeedDates
{
    /// <summary>Two-digit years below this are 20xx, the rest 19xx (RFC 2822 §4.3).</summary>
    internal const int TwoDigitYearPivot = 50;

    /// <summary>Longest date string looked at; longer text is not a date.</summary>
    internal const int MaxLength = 128;

    /// <summary>Named zones and their offsets in minutes (RFC 822 names, common North American, European and Asian abbreviations).</summary>
    private static readonly FrozenDictionary<string, int> Zones = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["WET"] = 0,
        ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300,
        ["MST"] = -420, ["MDT"] = -360, ["PST"] = -480, ["PDT"] = -420,
        ["AST"] = -240, ["ADT"] = -180, ["AKST"] = -540, ["AKDT"] = -480, ["HST"] = -600, ["NST"] = -210, ["NDT"] = -150,
        ["BST"] = 60, ["IST"] = 60, ["CET"] = 60, ["CEST"] = 120, ["MET"] = 60, ["MEST"] = 120, ["WEST"] = 60,
        ["EET"] = 120, ["EEST"] = 180, ["MSK"] = 180, ["JST"] = 540, ["KST"] = 540, ["HKT"] = 480, ["SGT"] = 480,
        ["AWST"] = 480, ["ACST"] = 570, ["AEST"] = 600, ["AEDT"] = 660, ["NZST"] = 720, ["NZDT"] = 780,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] Weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>The date as UTC, or null when it is not a date this parser knows.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var s = value.AsSpan().Trim();
        if (s.Length > MaxLength)
        {
            return null;
        }

        if (s.Length >= 4 && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) && char.IsAsciiDigit(s[2]) && char.IsAsciiDigit(s[3]))
        {
            var iso = ParseIso(s);
            if (iso is not null)
            {
                return iso;
            }
        }

        return ParseRfc822(s);
    }

    /// <summary>ISO 8601 / W3CDTF: YYYY[-MM[-DD]][(T| )hh:mm[:ss[.f]]][Z|±hh[:mm]], also YYYYMMDD[Thhmmss].</summary>
    internal static DateTimeOffset? ParseIso(ReadOnlySpan<char> s)
    {
        var p = 0;
        if (!Digits(s, ref p, 4, out var year))
        {
            return null;
        }

        int month = 1, day = 1;
        var compact = p < s.Length && char.IsAsciiDigit(s[p]);
        if (compact)
        {
            if (!Digits(s, ref p, 2, out month) || !Digits(s, ref p, 2, out day))
            {
                return null;
            }
        }
        else if (p < s.Length && s[p] == '-')
        {
            p++;
            if (!Digits(s, ref p, 2, out month))
            {
                return null;
            }

            if (p < s.Length && s[p] == '-')
            {
                p++;
                if (!Digits(s, ref p, 2, out day))
                {
                    return null;
                }
            }
        }

        int hour = 0, minute = 0, second = 0;
        long ticks = 0;
        var offset = 0;
        if (p < s.Length && (s[p] == 'T' || s[p] == 't' || s[p] == ' '))
        {
            p++;
            while (p < s.Length && s[p] == ' ')
            {
                p++;
            }

            if (!Digits(s, ref p, 2, out hour))
            {
                return null;
            }

            if (p < s.Length && s[p] == ':')
            {
                p++;
            }

            if (!Digits(s, ref p, 2, out minute))
            {
                return null;
            }

            if (p < s.Length && (s[p] == ':' || (compact && char.IsAsciiDigit(s[p]))))
            {
                if (s[p] == ':')
                {
                    p++;
                }

                if (!Digits(s, ref p, 2, out second))
                {
                    return null;
                }

                if (p < s.Length && (s[p] == '.' || s[p] == ','))
                {
                    p++;
                    var scale = TimeSpan.TicksPerSecond / 10;
                    while (p < s.Length && char.IsAsciiDigit(s[p]))
                    {
                        ticks += (s[p] - '0') * scale;
                        scale /= 10;
                        p++;
                    }
                }
            }

            while (p < s.Length && s[p] == ' ')
            {
                p++;
            }

            if (p < s.Length)
            {
                var zone = s[p..];
                if (!TryZone(zone, out offset))
                {
                    return null;
                }

                p = s.Length;
            }
        }

        return p == s.Length ? Build(year, month, day, hour, minute, second, ticks, offset) : null;
    }

    /// <summary>RFC 822 and the variants found in the wild, read token by token.</summary>
    internal static DateTimeOffset? ParseRfc822(ReadOnlySpan<char> s)
    {
        int year = -1, month = -1, day = -1, hour = 0, minute = 0, second = 0;
        var offset = 0;
        var yearDigits = 0;
        var p = 0;
        while (p < s.Length)
        {
            var c = s[p];
            if (c is ' ' or ',' or '\t' or '(' or ')' or '/' || (c == '-' && !(p + 1 < s.Length && char.IsAsciiDigit(s[p + 1]) && TimeSeen(s, p))) || c == '.')
            {
                p++;
                continue;
            }

            var start = p;
            if (char.IsAsciiLetter(c))
            {
                while (p < s.Length && char.IsAsciiLetter(s[p]))
                {
                    p++;
                }

                var word = s[start..p];
                var m = MonthIndex(word);
                if (m >= 0 && month < 0)
                {
                    month = m + 1;
                }
                else if (IsWeekday(word))
                {
                    // ignored
                }
                else if (TryZone(word, out var zoneOffset) || TryMilitary(word, out zoneOffset))
                {
                    offset = zoneOffset;
                    if (p < s.Length && (s[p] == '+' || s[p] == '-'))
                    {
                        // "GMT+0200"
                        var zs = p;
                        p++;
                        while (p < s.Length && (char.IsAsciiDigit(s[p]) || s[p] == ':'))
                        {
                            p++;
                        }

                        if (TryZone(s[zs..p], out var extra))
                        {
                            offset += extra;
                        }
                    }
                }
                else if (word.Equals("am", StringComparison.OrdinalIgnoreCase))
                {
                    if (hour == 12)
                    {
                        hour = 0;
                    }
                }
                else if (word.Equals("pm", StringComparison.OrdinalIgnoreCase))
                {
                    if (hour < 12)
                    {
                        hour += 12;
                    }
                }

                continue;
            }

            if (c is '+' or '-')
            {
                p++;
                while (p < s.Length && (char.IsAsciiDigit(s[p]) || s[p] == ':'))
                {
                    p++;
                }

                if (!TryZone(s[start..p], out offset))
                {
                    return null;
                }

                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return null;
            }

            while (p < s.Length && char.IsAsciiDigit(s[p]))
            {
                p++;
            }

            if (p < s.Length && s[p] == ':')
            {
                // a time: h:mm[:ss[.fff]]
                if (!int.TryParse(s[start..p], out hour))
                {
                    return null;
                }

                p++;
                var ms = p;
                while (p < s.Length && char.IsAsciiDigit(s[p]))
                {
                    p++;
                }

                if (!int.TryParse(s[ms..p], out minute))
                {
                    return null;
                }

                if (p < s.Length && s[p] == ':')
                {
                    p++;
                    var ss = p;
                    while (p < s.Length && char.IsAsciiDigit(s[p]))
                    {
                        p++;
                    }

                    _ = int.TryParse(s[ss..p], out second);
                    if (p < s.Length && s[p] == '.')
                    {
                        p++;
                        while (p < s.Length && char.IsAsciiDigit(s[p]))
                        {
                            p++;
                        }
                    }
                }

                continue;
            }

            var digits = p - start;
            if (!int.TryParse(s[start..p], out var number))
            {
                return null;
            }

            if (digits >= 3)
            {
                year = number;
                yearDigits = digits;
            }
            else if (day < 0)
            {
                day = number;
            }
            else if (year < 0)
            {
                year = number;
                yearDigits = digits;
            }
            else
            {
                return null;
            }
        }

        if (year < 0 || month < 0 || day < 0)
        {
            return null;
        }

        if (yearDigits <= 2)
        {
            year += year < TwoDigitYearPivot ? 2000 : 1900;
        }

        return Build(year, month, day, hour, minute, second, 0, offset);
    }

    private static bool TimeSeen(ReadOnlySpan<char> s, int p) => s[..p].IndexOf(':') >= 0;

    private static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, long ticks, int offsetMinutes)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour is < 0 or > 24 || minute is < 0 or > 59 || second is < 0 or > 60 || Math.Abs(offsetMinutes) > 18 * 60)
        {
            return null;
        }

        var extra = TimeSpan.Zero;
        if (hour == 24)
        {
            hour = 0;
            extra += TimeSpan.FromDays(1);
        }

        if (second == 60)
        {
            second = 59;
            extra += TimeSpan.FromSeconds(1);
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks) + extra;
        var utc = local - TimeSpan.FromMinutes(offsetMinutes);
        if (utc.Year is < 1 or > 9999)
        {
            return null;
        }

        return new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
    }

    private static bool Digits(ReadOnlySpan<char> s, ref int p, int count, out int value)
    {
        value = 0;
        if (p + count > s.Length)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var c = s[p + i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        p += count;
        return true;
    }

    /// <summary>Zones: Z, named zones, ±hh, ±hhmm, ±hh:mm.</summary>
    private static bool TryZone(ReadOnlySpan<char> zone, out int offset)
    {
        offset = 0;
        zone = zone.Trim();
        if (zone.Length == 0)
        {
            return false;
        }

        if (zone[0] is '+' or '-')
        {
            var sign = zone[0] == '-' ? -1 : 1;
            var digits = zone[1..];
            int h, m = 0;
            var colon = digits.IndexOf(':');
            if (colon >= 0)
            {
                if (!int.TryParse(digits[..colon], out h) || !int.TryParse(digits[(colon + 1)..], out m))
                {
                    return false;
                }
            }
            else if (digits.Length is 1 or 2)
            {
                if (!int.TryParse(digits, out h))
                {
                    return false;
                }
            }
            else if (digits.Length is 3 or 4)
            {
                if (!int.TryParse(digits[..^2], out h) || !int.TryParse(digits[^2..], out m))
                {
                    return false;
                }
            }
            else
            {
                return false;
            }

            if (h > 18 || m > 59)
            {
                return false;
            }

            offset = sign * ((h * 60) + m);
            return true;
        }

        var lookup = Zones.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(zone, out offset);
    }

    /// <summary>RFC 822 military zones: A-I and K-M are -1..-12 hours, N-Y +1..+12, Z is UTC (RFC 822 §5.1 as written).</summary>
    private static bool TryMilitary(ReadOnlySpan<char> word, out int offset)
    {
        offset = 0;
        if (word.Length != 1)
        {
            return false;
        }

        var c = char.ToUpperInvariant(word[0]);
        int hours;
        if (c is >= 'A' and <= 'I')
        {
            hours = -(c - 'A' + 1);
        }
        else if (c is >= 'K' and <= 'M')
        {
            hours = -(c - 'K' + 10);
        }
        else if (c is >= 'N' and <= 'Y')
        {
            hours = c - 'N' + 1;
        }
        else if (c == 'Z')
        {
            hours = 0;
        }
        else
        {
            return false;
        }

        offset = hours * 60;
        return true;
    }

    private static int MonthIndex(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return -1;
        }

        for (var i = 0; i < Months.Length; i++)
        {
            if (word[..3].Equals(Months[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsWeekday(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var w in Weekdays)
        {
            if (word.Length >= 3 && word[..3].Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
