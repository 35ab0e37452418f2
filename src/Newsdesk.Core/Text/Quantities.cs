using System.Globalization;

namespace Newsdesk.Text;

/// <summary>
/// Finds the numbers of a sentence: digits ("1,200", "3.5%", "$5bn"), written numbers ("three",
/// "twenty-five", "a dozen"), scale words ("5 million"), and units ("42 percent", "10 euros").
/// Years (1900-2099 written as four bare digits) are dates, not quantities: see <see cref="DateMentions"/>.
/// </summary>
public static class Quantities
{
    /// <summary>How many tokens either side of a number are read as its context.</summary>
    public const int ContextTokens = 2;

    /// <summary>How many tokens to the left of a number its binder is looked for (<see cref="Quantity.Binder"/>).</summary>
    public const int BinderTokens = 3;

    /// <summary>Stop words that still bind a number: they give it its role in a change or a range ("up 5%", "from 4 to 7").</summary>
    private static readonly HashSet<string> DirectionWords = new(StringComparer.Ordinal) { "up", "down", "from", "to" };

    /// <summary>Unit of a time of day ("11:45", read as minutes after midnight or noon).</summary>
    public const string ClockUnit = "h:mm";

    /// <summary>Unit name of ordinals ("fourth", "4th").</summary>
    public const string OrdinalUnit = "th";

    public static IReadOnlyList<Quantity> Find(IReadOnlyList<Token> tokens) => Find(tokens, LightStemmer.Stem);

    /// <summary>The numbers of a sentence, their neighbouring and counted words stemmed by <paramref name="stem"/> (a key to a stem).</summary>
    public static IReadOnlyList<Quantity> Find(IReadOnlyList<Token> tokens, Func<string, string> stem)
    {
        var found = new List<Quantity>();
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            double value;
            int significant;
            var start = i;
            if (token.Kind == TokenKind.Number)
            {
                if (ClockMinutes(token.Key) is { } minutes)
                {
                    i++;
                    found.Add(WithContext(new Quantity(minutes, ClockUnit, 4, token.Text), tokens, start, i, stem));
                    continue;
                }

                if (!double.TryParse(token.Key, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                {
                    i++;
                    continue;
                }

                if (DateMentions.IsYear(token) && token.Currency is null && !NextIsUnitOrScale(tokens, i))
                {
                    i++;
                    continue;
                }

                significant = Quantity.SignificantDigits(token.Key);
                i++;
            }
            else if (PeriodOrdinal(tokens, i) is { } period)
            {
                // "Q3", "H1", "first quarter": a rank of a period of the year.
                i += period.Length;
                // What it counts is stemmed like every other counted word: "Q3" is the "third quarter" a source writes.
                found.Add(WithContext(new Quantity(period.Value, OrdinalUnit, 2, token.Text), tokens, start, i, stem) with
                {
                    Counted = stem(period.Counted),
                    Context = [stem(period.Counted)],
                });
                continue;
            }
            else if (NumberWords.Ordinals.TryGetValue(token.Key, out value))
            {
                i++;
                found.Add(WithContext(new Quantity(value, OrdinalUnit, 2, token.Text), tokens, start, i, stem));
                continue;
            }
            else if (NumberWords.Cardinals.TryGetValue(token.Key, out value))
            {
                i++;
                // "twenty-five", "twenty five"
                if (value >= 20 && value % 10 == 0 && i < tokens.Count
                    && NumberWords.Cardinals.TryGetValue(tokens[i].Key, out var unit) && unit < 10)
                {
                    value += unit;
                    i++;
                }

                if (SpokenFraction(tokens, i) is { } fraction)
                {
                    // "twelve dot fifty", "three point five": a decimal as it is spoken in a transcript.
                    value += fraction;
                    i += 2;
                }

                significant = Quantity.SignificantDigits(Quantity.Format(value));
            }
            else
            {
                i++;
                continue;
            }

            var unitName = token.Currency ?? "";
            if (token.Text.EndsWith('%'))
            {
                unitName = "%";
            }
            else if (token.Kind == TokenKind.Number && i < tokens.Count && tokens[i].Index == token.Index + 1
                && NumberWords.OrdinalSuffixes.Contains(tokens[i].Key) && tokens[i].Text == tokens[i].Key)
            {
                unitName = OrdinalUnit;
                i++;
            }

            else if (unitName.Length == 0 && token.Kind == TokenKind.Number && IsPercentRangeEnd(tokens, i))
            {
                // "4-7%", "4 to 7 percent": the first number of a range has the unit of the last.
                unitName = "%";
            }
            else if (unitName.Length == 0 && token.Kind == TokenKind.Number && i < tokens.Count && tokens[i].Index == token.Index + 1
                && tokens[i].Key is "q" or "h" && value is >= 1 and <= 4 && value == Math.Floor(value))
            {
                // "4Q", "1H": a rank of a quarter or half year, like "Q4".
                var counted = tokens[i].Key == "q" ? "quarter" : "half";
                i++;
                found.Add(WithContext(new Quantity(value, OrdinalUnit, 2, token.Text + tokens[i - 1].Text), tokens, start, i, stem) with { Counted = stem(counted), Context = [stem(counted)] });
                continue;
            }

            while (i < tokens.Count && NumberWords.Scales.TryGetValue(tokens[i].Key, out var scale)
                && (tokens[i].Key.Length > 1 || unitName.Length > 0))
            {
                value *= scale;
                i++;
            }

            if (i < tokens.Count && NumberWords.Units.TryGetValue(tokens[i].Key, out var named))
            {
                unitName = named;
                i++;
            }
            else if (i + 1 < tokens.Count && tokens[i].Key == "per" && tokens[i + 1].Key == "cent")
            {
                unitName = "%";
                i += 2;
            }

            if (unitName.Length > 0 && unitName != "%" && SpokenCents(tokens, i) is { } cents)
            {
                // "twelve Euros and fifty centimes": the hundredths of the same sum.
                value += cents;
                i += 3;
            }

            var surface = string.Join(' ', tokens.Skip(start).Take(i - start).Select(t => (t.Currency ?? "") + t.Text));
            found.Add(WithContext(new Quantity(value, unitName, significant, surface), tokens, start, i, stem));
        }

        return found;
    }

    private static Quantity WithContext(Quantity quantity, IReadOnlyList<Token> tokens, int start, int end, Func<string, string> stem)
    {
        var context = new List<string>();
        for (var k = Math.Max(0, start - ContextTokens); k < Math.Min(tokens.Count, end + ContextTokens); k++)
        {
            if ((k < start || k >= end) && tokens[k].Kind == TokenKind.Word && tokens[k].Key.Length > 1 && !StopWords.Contains(tokens[k].Key))
            {
                context.Add(stem(tokens[k].Key));
            }
        }

        // "revenues and earnings rose 19% and 38%, respectively": 19% is said of the revenues.
        if (RespectiveItem(tokens, start) is { } item)
        {
            context.Add(stem(item));
        }

        var counted = end < tokens.Count && tokens[end].Kind == TokenKind.Word && tokens[end].Key.Length > 1 && !StopWords.Contains(tokens[end].Key)
            ? stem(tokens[end].Key)
            : null;
        return quantity with { Hedged = IsHedged(tokens, start), Context = context, Label = LabelOf(tokens, start), Counted = counted, Binder = BinderOf(tokens, start), Direction = DirectionOf(tokens, start), Start = start };
    }

    /// <summary>
    /// The key of the word that binds the number starting at <paramref name="start"/> (<see
    /// cref="Quantity.Binder"/>), or null. A number set off by a comma right after a name is that
    /// name's ("Eden Cheng, 25,").
    /// </summary>
    public static string? BinderOf(IReadOnlyList<Token> tokens, int start)
    {
        if (RespectiveItem(tokens, start) is { } item)
        {
            return item;
        }

        if (start > 0 && tokens[start].AfterBreak && tokens[start - 1].Kind == TokenKind.Word && tokens[start - 1].IsCapitalized
            && !StopWords.Contains(tokens[start - 1].Key))
        {
            return tokens[start - 1].Key;
        }

        for (var k = start - 1; k >= 0 && k >= start - BinderTokens; k--)
        {
            if (tokens[k + 1].AfterBreak || tokens[k].Kind == TokenKind.Number)
            {
                return null;
            }

            var key = tokens[k].Key;
            if (k > 0 && tokens[k - 1].Kind == TokenKind.Number && (NumberWords.Scales.ContainsKey(key) || NumberWords.Units.ContainsKey(key)))
            {
                return null;   // "$5bn in 2023": the scale word is the other number's, not a binder of this one
            }

            if (key.Length > 1 && !StopWords.Contains(key) && !NumberWords.Cardinals.ContainsKey(key))
            {
                return key;
            }
        }

        return null;
    }

    /// <summary>
    /// Words that say an amount is not exact, right before it: one word ("about 1.2 million") or two
    /// ("more than $5bn"). A rounded amount is supported only after one of them (<see cref="Quantity.IsSupportedBy"/>).
    /// </summary>
    public static readonly IReadOnlySet<string> Hedges = new HashSet<string>(StringComparer.Ordinal)
    {
        "about", "around", "nearly", "almost", "approximately", "roughly", "some", "over", "under", "circa", "approx", "estimated",
        "more than", "less than", "fewer than", "close to", "up to", "upwards of", "upward of", "at least", "just over", "just under",
        "well over", "as many as", "as much as",
    };

    /// <summary>Whether a hedge (<see cref="Hedges"/>) ends right before the number at <paramref name="start"/>, in its clause.</summary>
    public static bool IsHedged(IReadOnlyList<Token> tokens, int start)
    {
        if (start < 1 || tokens[start].AfterBreak)
        {
            return false;
        }

        if (Hedges.Contains(tokens[start - 1].Key))
        {
            return true;
        }

        if (start >= 2 && !tokens[start - 1].AfterBreak && Hedges.Contains(tokens[start - 2].Key + " " + tokens[start - 1].Key))
        {
            return true;
        }

        return start >= 3 && !tokens[start - 1].AfterBreak && !tokens[start - 2].AfterBreak
            && Hedges.Contains(tokens[start - 3].Key + " " + tokens[start - 2].Key + " " + tokens[start - 1].Key);
    }

    /// <summary>Words that close a list of numbers bound in order to a list of things ("revenues and earnings rose 19% and 38%, respectively").</summary>
    private static readonly HashSet<string> RespectivelyWords = new(StringComparer.Ordinal) { "respectively", "correspondingly" };

    /// <summary>How many tokens before its numbers a respective list may end ("revenues and earnings [increased by] 19% and 38%").</summary>
    public const int RespectiveReach = 6;

    /// <summary>
    /// The key of the thing a number of a respective list is bound to: in "revenues and earnings rose
    /// by 19% and 38% respectively" 19% is the revenues' and 38% the earnings', not both the verb's
    /// (the verb binds every number of the list, so it was read as an exchange with a source that
    /// writes "earnings ... increased 38%"). The numbers are joined by commas and "and"/"or" and
    /// closed by "respectively"; the things are as many words joined the same way, ending at most
    /// <see cref="RespectiveReach"/> tokens before the first number. Null otherwise.
    /// </summary>
    public static string? RespectiveItem(IReadOnlyList<Token> tokens, int start)
    {
        // The numbers of the list: from the one at start, forward and back over numbers, their scale
        // and unit words, "and"/"or"; the list must end at "respectively".
        bool InList(int k) => tokens[k].Kind == TokenKind.Number || tokens[k].Key is "and" or "or"
            || NumberWords.Scales.ContainsKey(tokens[k].Key) || NumberWords.Units.ContainsKey(tokens[k].Key);
        if (tokens[start].Kind != TokenKind.Number)
        {
            return null;
        }

        var end = start;
        while (end + 1 < tokens.Count && InList(end + 1))
        {
            end++;
        }

        if (end + 1 >= tokens.Count || !RespectivelyWords.Contains(tokens[end + 1].Key))
        {
            return null;
        }

        var first = start;
        while (first - 1 >= 0 && InList(first - 1))
        {
            first--;
        }

        var numbers = new List<int>();
        for (var k = first; k <= end; k++)
        {
            if (tokens[k].Kind == TokenKind.Number && (k == first || tokens[k - 1].Kind != TokenKind.Number))
            {
                numbers.Add(k);
            }
        }

        var at = numbers.IndexOf(start);
        if (numbers.Count < 2 || at < 0)
        {
            return null;
        }

        // The things: the last "and"/"or" before the numbers within reach, the word after it and the
        // words before it, each set off by a comma ("revenue, profit and margin").
        for (var k = first - 1; k >= 1 && k >= first - 1 - RespectiveReach; k--)
        {
            if (tokens[k].Key is not ("and" or "or") || k + 1 >= first || !IsItem(tokens[k + 1]))
            {
                continue;
            }

            var items = new List<string> { tokens[k + 1].Key };
            var j = k - 1;
            while (j >= 0 && IsItem(tokens[j]) && items.Count < numbers.Count)
            {
                items.Insert(0, tokens[j].Key);
                if (!tokens[j].AfterBreak)
                {
                    break;
                }

                j--;
            }

            return items.Count == numbers.Count ? items[at] : null;
        }

        return null;
    }

    private static bool IsItem(Token token) => token.Kind == TokenKind.Word && token.Key.Length > 1 && !StopWords.Contains(token.Key);

    /// <summary>Words that say a decimal point aloud ("twelve dot fifty", "three point five").</summary>
    private static readonly HashSet<string> SpokenPoints = new(StringComparer.Ordinal) { "point", "dot" };

    /// <summary>Words naming a hundredth of a currency ("fifty cents", "fifty centimes", "fifty pence").</summary>
    private static readonly HashSet<string> HundredthWords = new(StringComparer.Ordinal) { "cent", "cents", "centime", "centimes", "pence", "p" };

    /// <summary>
    /// The fraction spoken after a written number from token <paramref name="i"/>: "point five" is
    /// .5, "dot fifty" is .50 (the digits as said). Null when no spoken point and number follow.
    /// </summary>
    private static double? SpokenFraction(IReadOnlyList<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || !SpokenPoints.Contains(tokens[i].Key) || tokens[i].AfterBreak || tokens[i + 1].AfterBreak
            || !NumberWords.Cardinals.TryGetValue(tokens[i + 1].Key, out var digits) || tokens[i + 1].Key == "dozen")
        {
            return null;
        }

        return digits / Math.Pow(10, Math.Floor(Math.Log10(digits)) + 1);
    }

    /// <summary>
    /// The cents spoken after a sum of money from token <paramref name="i"/> ("and fifty centimes",
    /// "and 50 cents"), as a fraction of the unit; null when none follow.
    /// </summary>
    private static double? SpokenCents(IReadOnlyList<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Count || tokens[i].Key != "and" || tokens[i].AfterBreak || !HundredthWords.Contains(tokens[i + 2].Key))
        {
            return null;
        }

        var cents = tokens[i + 1].Kind == TokenKind.Number
            ? double.TryParse(tokens[i + 1].Key, NumberStyles.Float, CultureInfo.InvariantCulture, out var written) ? written : -1
            : NumberWords.Cardinals.GetValueOrDefault(tokens[i + 1].Key, -1);
        return cents is > 0 and < 100 ? cents / 100 : null;
    }

    /// <summary>A time of day ("11:45") as minutes past the hour's start of the day, or null.</summary>
    private static double? ClockMinutes(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
            && int.TryParse(key.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            && int.TryParse(key.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            ? (hours * 60) + minutes
            : null;
    }

    /// <summary>The direction word right before the number at <paramref name="start"/> (currency signs are part of the number), or null.</summary>
    public static string? DirectionOf(IReadOnlyList<Token> tokens, int start) =>
        start > 0 && !tokens[start].AfterBreak && tokens[start - 1].Kind == TokenKind.Word && DirectionWords.Contains(tokens[start - 1].Key)
            ? tokens[start - 1].Key
            : null;

    /// <summary>The key of the word a number token is glued to by a hyphen ("CoV-2"), or null.</summary>
    private static string? LabelOf(IReadOnlyList<Token> tokens, int start) =>
        start > 0 && tokens[start].Kind == TokenKind.Number && tokens[start].AfterHyphen && tokens[start - 1].Kind == TokenKind.Word
            ? tokens[start - 1].Key
            : null;

    /// <summary>Whether the tokens from <paramref name="i"/> close a percentage range: "-7%", "to 7%", "to 7 percent".</summary>
    private static bool IsPercentRangeEnd(IReadOnlyList<Token> tokens, int i)
    {
        if (i < tokens.Count && tokens[i].Kind == TokenKind.Number && tokens[i].AfterHyphen)
        {
            return IsPercent(tokens, i);
        }

        return i + 1 < tokens.Count && tokens[i].Key is "to" or "and" && tokens[i + 1].Kind == TokenKind.Number && IsPercent(tokens, i + 1);
    }

    private static bool IsPercent(IReadOnlyList<Token> tokens, int at) =>
        tokens[at].Text.EndsWith('%')
        || (at + 1 < tokens.Count && NumberWords.Units.TryGetValue(tokens[at + 1].Key, out var unit) && unit == "%")
        || (at + 2 < tokens.Count && tokens[at + 1].Key == "per" && tokens[at + 2].Key == "cent");

    /// <summary>Word keys that name a quarter or half of a year by rank ("q3", "h1").</summary>
    internal static bool IsPeriodKey(string key) =>
        key.Length == 2 && key[0] is 'q' or 'h' && key[1] is >= '1' and <= '4' && (key[0] == 'q' || key[1] <= '2');

    /// <summary>
    /// A rank of a period of the year at <paramref name="i"/>: "Q3" (3, quarter), "H1" (1, half),
    /// "first quarter"/"first half" (1; "first" alone is not read as a number); else null.
    /// </summary>
    private static (double Value, string Counted, int Length)? PeriodOrdinal(IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.Word)
        {
            return null;
        }

        if (IsPeriodKey(token.Key))
        {
            return (token.Key[1] - '0', token.Key[0] == 'q' ? "quarter" : "half", 1);
        }

        return token.Key == "first" && i + 1 < tokens.Count && tokens[i + 1].Key is "quarter" or "half"
            ? (1, tokens[i + 1].Key, 1)
            : null;
    }

    private static bool NextIsUnitOrScale(IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && (NumberWords.Units.ContainsKey(tokens[i + 1].Key) || NumberWords.Scales.ContainsKey(tokens[i + 1].Key));
}
