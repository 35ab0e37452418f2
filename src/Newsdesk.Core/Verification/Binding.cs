using Newsdesk.Text;

namespace Newsdesk.Verification;

/// <summary>
/// Whether a number of a sentence is bound to the same thing as the same number in its support.
/// Its binder (the content word it hangs on, on its left: "killed 12", "sales of $4m") and its
/// direction word ("from 4.7", "to 2.5") are compared with the source's. Binders that merely differ
/// are a paraphrase ("improved to $3.69" for "were $3.69"); they conflict when the numbers were
/// exchanged, that is when the sentence binds another of its numbers to the source's binder or the
/// source binds another number to the sentence's ("killed 40, injured 12" from "killed 12, injured
/// 40"), and when the source states the number only as a prospect ("nominated for 20 awards",
/// "expected to cost $5m") that the sentence states as something else ("won 20 awards").
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

    public static bool Conflicts(Quantity quantity, AnalyzedSentence sentence, Quantity source, AnalyzedSentence sourceSentence)
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

        if (quantity.Binder is not { } binder || source.Binder is not { } sourceBinder)
        {
            return false;
        }

        var (ours, theirs) = (Lemmas.Stem(binder), Lemmas.Stem(sourceBinder));
        if (ours == theirs)
        {
            return false;
        }

        return BindsAnother(sourceSentence, source, ours) || BindsAnother(sentence, quantity, theirs);
    }

    /// <summary>What a source number is bound to, for the reason shown ("after 'injured'").</summary>
    public static string Describe(Quantity source) =>
        source.Binder is { } binder ? $"after '{binder}'" : source.Counted is { } counted ? $"counting '{counted}'" : "bound otherwise";

    /// <summary>Whether another number of the sentence than <paramref name="except"/> hangs on a binder with this stem.</summary>
    private static bool BindsAnother(AnalyzedSentence sentence, Quantity except, string stem) =>
        sentence.Quantities.Any(q => !ReferenceEquals(q, except) && q.Binder is { } b && Lemmas.Stem(b) == stem);
}
