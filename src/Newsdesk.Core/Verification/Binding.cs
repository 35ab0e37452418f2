using Newsdesk.Text;

namespace Newsdesk.Verification;

/// <summary>
/// Whether a number of a sentence is bound to the same thing as the same number in its support.
/// A number hangs on a binder (the content word on its left: "killed 12", "sales of $4m"), a word
/// it counts ("12 people", "5,900 feet") and a direction word ("from 4.7", "to 2.5"). Binders that
/// merely differ are a paraphrase ("improved to $3.69" for "were $3.69"). They conflict when the
/// numbers were exchanged: the sentence gives the source's binder or counted word to another of its
/// numbers, or the source gives the sentence's to another ("killed 40, injured 12" from "killed 12,
/// injured 40"; "19,350 meters (5,900 feet)" from "5,900 meters (19,350 feet)"); when the direction
/// words differ ("from 4.7 to 2.5" for "from 2.5 to 4.7"); and when the source states the number
/// only as a prospect ("nominated for 20 awards", "expected to cost $5m") that the sentence states
/// as something else ("won 20 awards"). Years are checked the same way, by their slots.
/// </summary>
internal static class Binding
{
    /// <summary>Binders that make a number a prospect, not a fact: a sentence that binds the number to another word states it as done.</summary>
    private static readonly HashSet<string> ProspectBinders = new(StringComparer.Ordinal)
    {
        "nominated", "nomination", "nominations", "nominee", "expected", "expects", "expect", "proposed", "proposes", "planned",
        "plans", "sought", "seeks", "offered", "offers", "requested", "requests", "asked", "asks", "estimated", "estimates",
        "projected", "projects", "forecast", "forecasts", "predicted", "predicts", "targeted", "targets", "target", "hoped",
        "hopes", "aims", "aimed", "pledged", "promised", "threatened", "considered", "considering", "eligible", "shortlisted",
    };

    public static bool Conflicts(Quantity quantity, AnalyzedSentence sentence, Quantity source, AnalyzedSentence sourceSentence, IEnumerable<AnalyzedSentence> cited)
    {
        // "from 4.7 to 2.5 meters" against "from 2.5 to 4.7 meters": the same values in other roles.
        if (quantity.Direction is { } direction && source.Direction is { } sourceDirection && direction != sourceDirection)
        {
            return true;
        }

        if (source.Binder is { } prospect && ProspectBinders.Contains(prospect) && quantity.Binder is { } stated
            && !ProspectBinders.Contains(stated) && Lemmas.Stem(stated) != Lemmas.Stem(prospect))
        {
            return true;
        }

        return SlotAt(sentence, quantity.Start) is { } ours && SlotAt(sourceSentence, source.Start) is { } theirs
            && Exchanged(ours, sentence, theirs, sourceSentence, cited);
    }

    /// <summary>
    /// Whether two slots of one value are bound apart in a way that shows an exchange: the binder
    /// (or counted word) of each side differs, and one side gives the other's to another value. A
    /// binder goes with its direction word: "improved to $3.69" takes nothing from the source's
    /// "improved from $3.41". And the sentence giving the source's binder to another of its values
    /// shows nothing when the cited sources bind that value to it too: "earnings from continuing
    /// operations of $130.4 million" is the source's, though the source also writes "continuing
    /// operations were $127.1 million" (session 12, calibration split).
    /// </summary>
    public static bool Exchanged(NumberSlot ours, AnalyzedSentence sentence, NumberSlot theirs, AnalyzedSentence sourceSentence, IEnumerable<AnalyzedSentence> cited)
    {
        // "a $125 million increase" is "an increase of $125 million": the word one side counts is the other's binder.
        if ((ours.Counted is { } oursCounted && oursCounted == theirs.Binder) || (theirs.Counted is { } theirsCounted && theirsCounted == ours.Binder))
        {
            return false;
        }

        if (ours.Binder is { } binder && theirs.Binder is { } sourceBinder && binder != sourceBinder
            && (Another(sourceSentence, theirs, s => s.Binder == binder && SameDirection(s, ours))
                || Another(sentence, ours, s => s.Binder == sourceBinder && SameDirection(s, theirs) && !BoundAlike(s, x => x.Binder == sourceBinder, cited))))
        {
            return true;
        }

        return ours.Counted is { } counted && theirs.Counted is { } sourceCounted && counted != sourceCounted
            && (Another(sourceSentence, theirs, s => s.Counted == counted)
                || Another(sentence, ours, s => s.Counted == sourceCounted && !BoundAlike(s, x => x.Counted == sourceCounted, cited)));
    }

    /// <summary>Whether two slots' direction words agree, or one has none ("to" and "from" differ).</summary>
    private static bool SameDirection(NumberSlot a, NumberSlot b) => a.Direction is null || b.Direction is null || a.Direction == b.Direction;

    /// <summary>Whether a cited sentence binds the same value as <paramref name="slot"/> the way <paramref name="bound"/> asks.</summary>
    private static bool BoundAlike(NumberSlot slot, Func<NumberSlot, bool> bound, IEnumerable<AnalyzedSentence> cited) =>
        cited.Any(c => c.Slots.Any(x => x.Key == slot.Key && bound(x)));

    /// <summary>What a source number is bound to, for the reason shown ("after 'injured'").</summary>
    public static string Describe(Quantity source) =>
        source.Binder is { } binder ? $"after '{binder}'" : source.Counted is { } counted ? $"counting '{counted}'" : "bound otherwise";

    public static NumberSlot? SlotAt(AnalyzedSentence sentence, int index) => sentence.Slots.FirstOrDefault(s => s.Index == index);

    /// <summary>Whether a slot of another value than <paramref name="own"/> matches.</summary>
    private static bool Another(AnalyzedSentence sentence, NumberSlot own, Func<NumberSlot, bool> match) =>
        sentence.Slots.Any(s => s.Index != own.Index && s.Key != own.Key && match(s));
}
