using System.Text.RegularExpressions;

namespace Newsdesk.Writing.Text;

/// <summary>
/// A teaser: words that point at an article instead of reporting what happened. "A look at the
/// major moments between Mr. Arbery's killing and the arrest of two suspects." (a noun phrase with
/// no event in it), "Here are eight things that have helped us cope.", "What you need to know about
/// the new rules.", "Five things you need to know about the coronavirus outbreak today.", "See how the
/// day's events unfolded with RNZ's live blog.", "Watch Boris Johnson ease up on some coronavirus restrictions" (a video's
/// title: a pointer to a clip, not what happened). Seen as ledes of real stories (the New York Times' and the BBC's feed
/// summaries). Used by the writer (a teaser is never used, as a sentence or as the headline) and by
/// the story lint (a teaser published is a finding). Case does not matter: a headline in title case
/// capitalises every word ("A Timeline of the George Floyd Protests", "What You Need to Know").
/// A quotation is someone's words, not the outlet's pointer ("'Learn how to live with it': Virus
/// could last 2 years, report predicts").
/// </summary>
internal static partial class Teasers
{
    [GeneratedRegex(@"^[^\w'""\u2018\u2019\u201c\u201d]*(?:(?:A|An)\s+(?:(?:quick|closer|brief|first|final|last|visual|new)\s+)?(?:look|guide|glance|timeline|primer|round-?up|recap|rundown|snapshot|explainer)\s+(?:at|to|of|through|on)\b|Here(?:'s|\u2019s|\s+is|\s+are)\b|(?:Everything|What)\s+(?:you|we)\s+(?:need\s+to\s+|should\s+)?know\b|All\s+(?:you|we)\s+need\s+to\s+know\b|(?:Take|Have)\s+a\s+look\b|(?:See|Follow)\s+(?:how|all|the\s+latest|our|live)\b|(?:\w+\s+){0,2}things\s+(?:you|we)\s+(?:need\s+to|should)\s+know\b|(?:Some\s+of\s+)?(?:the\s+)?(?:stories|headlines)\b.{0,60}\byou\s+(?:may|might)\s+have\s+missed\b|(?:Find\s+out|Learn|Discover)\s+(?:what|how|why|who|where|when|more)\b|(?:Watch|Listen\s+to)\s+(?!out\b|list\b)\w)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    /// <summary>True when the sentence is a teaser for an article rather than reporting.</summary>
    public static bool Is(string sentence) => Pattern().IsMatch(sentence);
}
