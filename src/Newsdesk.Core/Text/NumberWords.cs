using System.Collections.Frozen;

namespace Newsdesk.Text;

/// <summary>Numbers written as words, scale words and unit words: data in one place (style.md §7).</summary>
internal static class NumberWords
{
    /// <summary>
    /// Cardinals read as numbers. "one" is left out on purpose: "one of the", "no one" are not
    /// quantities, and a missing "one" is a far smaller risk than a false alarm on every such phrase.
    /// </summary>
    public static readonly FrozenDictionary<string, double> Cardinals = new Dictionary<string, double>
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Ordinals read as numbers (unit "th"); "first" is left out for the reason "one" is.</summary>
    public static readonly FrozenDictionary<string, double> Ordinals = new Dictionary<string, double>
    {
        ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8,
        ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["twentieth"] = 20, ["thirtieth"] = 30,
        ["hundredth"] = 100,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Suffixes that make a digit an ordinal ("3rd").</summary>
    public static readonly FrozenSet<string> OrdinalSuffixes = FrozenSet.ToFrozenSet(["st", "nd", "rd", "th"], StringComparer.Ordinal);

    /// <summary>Multipliers after a number ("5 million", "$5bn", "3k").</summary>
    public static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["k"] = 1e3, ["million"] = 1e6, ["millions"] = 1e6, ["m"] = 1e6,
        ["mn"] = 1e6, ["mln"] = 1e6, ["billion"] = 1e9, ["billions"] = 1e9, ["bn"] = 1e9, ["b"] = 1e9,
        ["trillion"] = 1e12, ["tn"] = 1e12, ["trillions"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words after a number that name a unit; the value is the unit's canonical name.</summary>
    public static readonly FrozenDictionary<string, string> Units = new Dictionary<string, string>
    {
        ["percent"] = "%", ["pct"] = "%", ["%"] = "%",
        ["dollar"] = "$", ["dollars"] = "$", ["usd"] = "$",
        ["euro"] = "€", ["euros"] = "€", ["eur"] = "€",
        ["pound"] = "£", ["pounds"] = "£", ["sterling"] = "£", ["gbp"] = "£",
        ["yen"] = "¥", ["yuan"] = "yuan", ["rupees"] = "₹",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
