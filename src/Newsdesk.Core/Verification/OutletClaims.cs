using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Writing;
using Newsdesk.Writing.Extractive;

namespace Newsdesk.Verification;

/// <summary>
/// The writer's account of a figure outlets disagree on, as a sentence ("Reports differ on the
/// number injured: A and B reported 12; C reported 14."; French and German in their words,
/// <see cref="StoryWords"/>) or a key-fact row ("Injured (reports differ): A, B: 12; C: 14"). Such a text names outlets, which no article's text contains, so it
/// is checked for what it claims: every outlet named is a cited source's outlet and has a cited
/// article that reports that figure for that thing; every outlet is named once; and the figures
/// differ.
/// </summary>
internal static partial class OutletClaims
{
    [GeneratedRegex(@"^(?<label>.+) \((?<mark>[^()]+)\): (?<claims>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DisputeFact();

    [GeneratedRegex(@"^(?<outlets>.+): (?<n>\d{1,3}(?:[,.\u00a0\u202f ]\d{3})*|\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex FactClaim();

    /// <summary>The verdict when <paramref name="sentence"/> is such an account, else null (check it as any sentence).</summary>
    public static SentenceVerdict? TryCheck(string sentence, IReadOnlyList<SourceArticle> cited)
    {
        string? topic;
        string claims;
        StoryWords words;
        bool isSentence;
        var colon = sentence.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && sentence.EndsWith('.') && StoryWords.DisputeOf(sentence[..colon]) is { } dispute)
        {
            // "Reports differ on the number injured: A and B reported 12; C reported 14." in any language the writer writes
            (topic, words, claims, isSentence) = (dispute.Topic, dispute.Words, sentence[(colon + 2)..^1], true);
        }
        else if (DisputeFact().Match(sentence) is { Success: true } f && StoryWords.IsDisputedLabel($"{f.Groups["label"].Value} ({f.Groups["mark"].Value})"))
        {
            var label = $"{f.Groups["label"].Value} ({f.Groups["mark"].Value})";
            (topic, words, claims, isSentence) = (StoryWords.DisputedTopicOf(label), StoryWords.All.First(w => label.EndsWith($"({w.DisputedMark})", StringComparison.Ordinal)), f.Groups["claims"].Value, false);
        }
        else
        {
            return null;
        }

        var reasons = new List<string>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        var figures = new HashSet<long>();
        var scopes = new List<(long Figure, HashSet<CountScope> Scopes)>();
        var byOutlet = new List<(string Outlet, long Figure)>();
        foreach (var part in claims.Split("; "))
        {
            var claim = isSentence ? words.ClaimOf(part)
                : FactClaim().Match(part) is { Success: true } m ? (m.Groups["outlets"].Value, long.Parse(new string(m.Groups["n"].Value.Where(char.IsDigit).ToArray()), NumberStyles.None, CultureInfo.InvariantCulture))
                : null;
            if (topic is null || claim is null)
            {
                reasons.Add($"not a claim this checker reads: '{part}'");
                continue;
            }

            var (outletList, figure) = claim.Value;
            figures.Add(figure);
            var outlets = Outlets(outletList, cited, words);
            if (outlets is null)
            {
                reasons.Add($"'{outletList}' are not all outlets of the cited sources");
                continue;
            }

            foreach (var outlet in outlets)
            {
                if (!named.Add(outlet))
                {
                    reasons.Add($"{outlet} is named twice");
                }

                var counts = Reported(cited, outlet, topic);
                var reported = counts.Where(c => c.Value == figure).Select(c => c.Scope).ToHashSet();
                if (reported.Count == 0)
                {
                    reasons.Add($"no cited article of {outlet} reports {figure} {topic}");
                    continue;
                }

                scopes.Add((figure, reported));
                byOutlet.Add((outlet, figure));
            }
        }

        if (figures.Count < 2)
        {
            reasons.Add("the figures do not differ");
        }

        // "Reports differ" says the figures count one thing: some reading of each in the same scope.
        if (reasons.Count == 0 && scopes.Skip(1).Aggregate(scopes[0].Scopes.ToHashSet(), (common, s) => { common.IntersectWith(s.Scopes); return common; }).Count == 0)
        {
            reasons.Add($"the figures count different things: {string.Join(" vs ", scopes.GroupBy(s => s.Figure).Select(g => $"{g.Key} ({string.Join(" or ", g.First().Scopes.Select(Describe))})"))}");
        }

        // An outlet's figure is the largest it reports (tolls rise): one named for 12 that reports another
        // outlet's 14 too does not differ from it.
        foreach (var (outlet, figure) in byOutlet)
        {
            var also = Reported(cited, outlet, topic!).Select(c => c.Value).Where(v => v > figure && figures.Contains(v)).Distinct().ToList();
            if (also.Count > 0)
            {
                reasons.Add($"{outlet} reports {string.Join(" and ", also)} {topic} too");
            }
        }

        return new SentenceVerdict(sentence, reasons.Count == 0, reasons.Count == 0 ? 1.0 : 0.0, reasons);
    }

    /// <summary>The counts of <paramref name="topic"/> that the cited articles of <paramref name="outlet"/> report, with their scope.</summary>
    private static List<(long Value, CountScope Scope)> Reported(IReadOnlyList<SourceArticle> cited, string outlet, string topic) =>
        cited.Where(a => a.Outlet == outlet)
            .SelectMany(a => a.Sentences)
            .SelectMany(x => Contradictions.ScopedCounts(x.Text))
            .Where(c => c.Topic == topic)
            .Select(c => (c.Value, c.Scope))
            .ToList();

    private static string Describe(CountScope scope) => scope switch
    {
        CountScope.Event => "the event's own",
        _ => string.Join(", ", Enum.GetValues<CountScope>().Where(f => f != CountScope.Event && scope.HasFlag(f)).Select(f => f switch
        {
            CountScope.World => "the world's",
            CountScope.Country => "a country's",
            _ => "an addition",
        })),
    };

    /// <summary>
    /// The outlets a list names ("A, B and C"), matched against the cited sources' outlets
    /// (longest name first, so an outlet whose name holds "and" is read whole); null when anything
    /// but separators is left over.
    /// </summary>
    private static List<string>? Outlets(string list, IReadOnlyList<SourceArticle> cited, StoryWords words)
    {
        var found = new List<string>();
        var rest = list;
        foreach (var outlet in cited.Select(a => a.Outlet).Where(o => o.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(o => o.Length))
        {
            var at = rest.IndexOf(outlet, StringComparison.Ordinal);
            if (at >= 0)
            {
                found.Add(outlet);
                rest = rest[..at] + "|" + rest[(at + outlet.Length)..];
            }
        }

        var leftover = rest.Replace("|", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace($" {words.And} ", "", StringComparison.Ordinal).Trim();
        return found.Count > 0 && leftover.Length == 0 ? found : null;
    }
}
