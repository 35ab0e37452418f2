using System.Globalization;

namespace Newsdesk.Text;

/// <summary>
/// A number in a sentence: its value with scale applied ("5 million" -> 5,000,000), its unit
/// ("%", "$", "€", "£", or empty), the number of significant digits it was written with (so
/// "1.2 million" matches 1,234,567 but "1,200" does not match 1,234), and its surface form.
/// </summary>
public sealed record Quantity(double Value, string Unit, int Significant, string Surface)
{
    /// <summary>
    /// Stems of the content words next to the number (within <see cref="Quantities.ContextTokens"/>
    /// tokens): what it counts ("35 years", "CoV-2", "fourth quarter"). A number is supported by the
    /// same number counting the same thing.
    /// </summary>
    public IReadOnlyList<string> Context { get; init; } = [];

    /// <summary>Whether a source sentence (its content stems) holds one of this number's neighbouring words, or this one has none to compare.</summary>
    public bool SharesContextWith(IReadOnlySet<string> sourceSentenceStems) => Context.Count == 0 || Context.Any(sourceSentenceStems.Contains);

    /// <summary>
    /// The stem of the content word written straight after the number, the thing it counts
    /// ("20 years" -> "year"), or null when a stop word, a number or nothing follows.
    /// </summary>
    public string? Counted { get; init; }

    /// <summary>
    /// Whether a source number may count the same thing: when both name what they count right
    /// after the number, it is the same word ("20 years ago" is not "20 minutes later").
    /// </summary>
    public bool CountsSameAs(Quantity source) => Counted is null || source.Counted is null || Counted == source.Counted;

    /// <summary>
    /// The word a number is glued to by a hyphen, as a key ("SARS-CoV-2" -> "cov", "COVID-19" ->
    /// "covid"), or null: such a number is part of a name and is matched only with the same word.
    /// </summary>
    public string? Label { get; init; }

    /// <summary>
    /// The word a number is bound to on its left, as a key: the nearest content word within
    /// <see cref="Quantities.BinderTokens"/> tokens of the same phrase ("killed 12", "sales of
    /// $4m"), or null. Two numbers exchanged within a sentence keep their values but change binders.
    /// </summary>
    public string? Binder { get; init; }

    /// <summary>The index of the number's first token in its sentence.</summary>
    public int Start { get; init; }

    /// <summary>The direction word just before the number ("up", "down", "from", "to"; "from 4.7 to 2.5"), or null.</summary>
    public string? Direction { get; init; }

    /// <summary>
    /// Whether a hedge stands before the number ("about", "nearly", "more than"; <see
    /// cref="Quantities.Hedges"/>): only a hedged amount may round its source (<see cref="IsSupportedBy"/>).
    /// </summary>
    public bool Hedged { get; init; }

    /// <summary>Relative difference within which two values count as the same (float noise, "5.0" vs "5").</summary>
    public const double SameValueTolerance = 1e-6;

    /// <summary>Smallest value that may be a rounding of a more precise source figure ("$5bn" for "$5.1bn", "1.2 million").</summary>
    public const double MinRoundedValue = 1e6;

    /// <summary>
    /// Whether <paramref name="source"/> states this value: units agree when both have one, and the
    /// values agree once the source is rounded to the precision this one was written with.
    /// </summary>
    public bool IsSupportedBy(Quantity source)
    {
        if (Unit.Length > 0 && source.Unit.Length > 0 && Unit != source.Unit)
        {
            return false;
        }

        // A percentage is never a count: "30 years" is not supported by "30%"; nor is a rank ("fourth") a count ("four").
        if ((Unit == "%") != (source.Unit == "%") || (Unit == Quantities.OrdinalUnit) != (source.Unit == Quantities.OrdinalUnit))
        {
            return false;
        }

        // A number that is part of a name ("SARS-CoV-2") is only the same number in the same name.
        if (Label is not null && Label != source.Label)
        {
            return false;
        }

        if (Math.Abs(Value - source.Value) <= SameValueTolerance * Math.Max(1, Math.Abs(Value)))
        {
            return true;
        }

        // "about 1.2 million" is supported by "1,234,567": round the source to our significant digits.
        // Only large amounts are rounded like that; "4" is not "4.4". And only with a hedge: a reader
        // takes a bare "$2 billion" for the amount, and it is not the source's "$1.8 billion" (session 14:
        // every bare rounding in SummEdits' news dev and calibration split, 14, was in an inconsistent summary).
        if (!Hedged || Math.Abs(Value) < MinRoundedValue || source.Value == 0 || Significant >= source.Significant)
        {
            return false;
        }

        var magnitude = Math.Floor(Math.Log10(Math.Abs(Value)));
        var step = Math.Pow(10, magnitude - Significant + 1);
        return Math.Abs((Math.Round(source.Value / step) * step) - Value) <= SameValueTolerance * Math.Abs(Value);
    }

    public override string ToString() => Surface;

    internal static int SignificantDigits(string digits)
    {
        var trimmed = digits.Replace(",", "").Replace(".", "").TrimStart('0');
        if (!digits.Contains('.'))
        {
            trimmed = trimmed.TrimEnd('0');
        }

        return Math.Max(1, trimmed.Length);
    }

    internal static string Format(double value) => value.ToString("G15", CultureInfo.InvariantCulture);
}
