using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Writing;

namespace Newsdesk.Core.Tests.Verification.Injection;

/// <summary>The ways a key-fact row goes wrong that the injection test plants in a true row.</summary>
public enum FactCorruption
{
    /// <summary>The row's number changed to one no source holds ("Men: 17 men" -> "Men: 19 men").</summary>
    ChangedNumber,

    /// <summary>The row's number replaced by another row's, which the sources do hold, but not for this thing ("Men: 84 men").</summary>
    OtherRowsNumber,

    /// <summary>The row's label replaced by another row's ("Children: 17 men"): the number under a label the sources do not give it.</summary>
    OtherRowsLabel,
}

/// <summary>
/// Plants one error in a key-fact row, deterministically, written on the row's characters with
/// its own patterns (not the verifier's reading), or returns null when the row has no place for
/// it. Only rows with a number are corrupted, and never a disputed figure ("... (reports differ)").
/// <c>sourceText</c> is every article of the story, lowercase: a planted value must not be in it
/// as written, so that the corrupted row is a claim the sources do not make.
/// </summary>
public static partial class FactCorruptions
{
    [GeneratedRegex(@"(?<![\w.,\-$£€])\d{1,3}(?:,\d{3})+(?![\w\-])|(?<![\w.,\-])\d+(?:\.\d+)?(?![\w\-]|,\d)")]
    private static partial Regex Number();

    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex Word();

    /// <summary>Rows the injection corrupts: with a number, not a disputed figure.</summary>
    public static bool Corruptible(StoryFact fact) =>
        Number().IsMatch(fact.Value) && !fact.Label.Contains("(reports differ)", StringComparison.Ordinal);

    public static StoryFact? Apply(FactCorruption kind, StoryFact fact, IReadOnlyList<StoryFact> others, string sourceText, int seed)
    {
        if (!Corruptible(fact))
        {
            return null;
        }

        return kind switch
        {
            FactCorruption.ChangedNumber => Corruptions.Apply(Corruption.ChangedNumber, fact.Value, sourceText, seed) is { } value && value != fact.Value
                ? fact with { Value = value }
                : null,
            FactCorruption.OtherRowsNumber => OtherNumber(fact, others, sourceText),
            FactCorruption.OtherRowsLabel => OtherLabel(fact, others, sourceText),
            _ => null,
        };
    }

    /// <summary>The first number of the row replaced by the first number of another row that differs, when the new value is not in the sources as written.</summary>
    private static StoryFact? OtherNumber(StoryFact fact, IReadOnlyList<StoryFact> others, string sourceText)
    {
        var own = Number().Match(fact.Value);
        foreach (var other in others.Where(o => o != fact && Corruptible(o)))
        {
            var number = Number().Match(other.Value).Value;
            if (Same(number, own.Value))
            {
                continue;
            }

            var value = fact.Value[..own.Index] + number + fact.Value[(own.Index + own.Length)..];
            if (!sourceText.Contains(value.ToLowerInvariant(), StringComparison.Ordinal))
            {
                return fact with { Value = value };
            }
        }

        return null;
    }

    /// <summary>The row's label replaced by another row's label sharing none of its words, when the sources never write that label right by the number.</summary>
    private static StoryFact? OtherLabel(StoryFact fact, IReadOnlyList<StoryFact> others, string sourceText)
    {
        var words = Words(fact.Label + " " + fact.Value);
        var number = Number().Match(fact.Value).Value.ToLowerInvariant();
        foreach (var other in others.Where(o => o != fact && Corruptible(o)))
        {
            var label = other.Label.Trim();
            if (Words(label).Overlaps(words))
            {
                continue;
            }

            var first = Words(label).FirstOrDefault();
            if (first is null || sourceText.Contains($"{number} {first}", StringComparison.Ordinal) || sourceText.Contains($"{first} {number}", StringComparison.Ordinal))
            {
                continue;   // "12 children" is in the sources: "Children: 12 people" may be true
            }

            return fact with { Label = label };
        }

        return null;
    }

    private static HashSet<string> Words(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => !char.IsDigit(w[0])).ToHashSet(StringComparer.Ordinal);

    private static bool Same(string a, string b) =>
        decimal.TryParse(a.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var x)
        && decimal.TryParse(b.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var y)
        && x == y;
}
