using System.Collections.Frozen;

namespace Newsdesk.Stories;

/// <summary>
/// Words the clusterer leaves out on top of the shared stop list (<see cref="Newsdesk.Text.StopWords"/>):
/// the furniture of news headlines and feeds ("report", "video", "update", "watch"), calendar words
/// ("today", "week", "year") and small counts, which name no event, and a few English contractions and
/// function words the shared list lacks. Written for this project from the commonest such words of
/// English news headlines; topic words are left to the learned IDF.
/// </summary>
internal static class HeadlineFiller
{
    public static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        "amid", "every", "gets", "makes", "saying", "vs", "yourselves", "don", "won", "can't", "here's", "it's",
        "he's", "she's", "that's", "there's", "what's", "first", "last", "two", "three", "time", "day", "days",
        "week", "year", "years", "today", "yesterday", "tomorrow", "report", "reports", "news", "update",
        "updated", "video", "photos", "watch", "read",

        // "I'm", "I've" (apostrophes are dropped) and the weekdays are always capitalised, so the
        // stream's case statistics took them for names: the May 2020 feeds joined first-person
        // columns on "I'm", and pairs of unrelated reports shared "Wednesday" as their one name.
        "im", "ive", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ], StringComparer.Ordinal);
}
