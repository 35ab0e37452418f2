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

    /// <summary>Unit name of ordinals ("fourth", "4th").</summary>
    public const string OrdinalUnit = "th";

    public static IReadOnlyList<Quantity> Find(IReadOnlyList<Token> tokens)
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
            else if (NumberWords.Ordinals.TryGetValue(token.Key, out value))
            {
                i++;
                found.Add(WithContext(new Quantity(value, OrdinalUnit, 2, token.Text), tokens, start, i));
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

            var surface = string.Join(' ', tokens.Skip(start).Take(i - start).Select(t => (t.Currency ?? "") + t.Text));
            found.Add(WithContext(new Quantity(value, unitName, significant, surface), tokens, start, i));
        }

        return found;
    }

    private static Quantity WithContext(Quantity quantity, IReadOnlyList<Token> tokens, int start, int end)
    {
        var context = new List<string>();
        for (var k = Math.Max(0, start - ContextTokens); k < Math.Min(tokens.Count, end + ContextTokens); k++)
        {
            if ((k < start || k >= end) && tokens[k].Kind == TokenKind.Word && tokens[k].Key.Length > 1 && !StopWords.Contains(tokens[k].Key))
            {
                context.Add(Stemmer.Stem(tokens[k].Key));
            }
        }

        var counted = end < tokens.Count && tokens[end].Kind == TokenKind.Word && tokens[end].Key.Length > 1 && !StopWords.Contains(tokens[end].Key)
            ? Stemmer.Stem(tokens[end].Key)
            : null;
        return quantity with { Context = context, Label = LabelOf(tokens, start), Counted = counted };
    }

    /// <summary>The key of the word a number token is glued to by a hyphen ("CoV-2"), or null.</summary>
    private static string? LabelOf(IReadOnlyList<Token> tokens, int start) =>
        start > 0 && tokens[start].Kind == TokenKind.Number && tokens[start].HyphenatedToWord && tokens[start - 1].Kind == TokenKind.Word
            ? tokens[start - 1].Key
            : null;

    private static bool NextIsUnitOrScale(IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && (NumberWords.Units.ContainsKey(tokens[i + 1].Key) || NumberWords.Scales.ContainsKey(tokens[i + 1].Key));
}
