using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Writing.Extractive;

namespace Newsdesk.Verification;

/// <summary>
/// The writer's account of a figure outlets disagree on, as a sentence ("Reports differ on the
/// number injured: A and B reported 12; C reported 14.") or a key-fact row ("Injured (reports
/// differ): A, B: 12; C: 14"). Such a text names outlets, which no article's text contains, so it
/// is checked for what it claims: every outlet named is a cited source's outlet and has a cited
/// article that reports that figure for that thing; every outlet is named once; and the figures
/// differ.
/// </summary>
internal static partial class OutletClaims
{
    [GeneratedRegex(@"^Reports differ on the number (?<topic>\p{L}+): (?<claims>.+)\.$", RegexOptions.CultureInvariant)]
    private static partial Regex DisputeSentence();

    [GeneratedRegex(@"^(?<label>\p{L}+) \(reports differ\): (?<claims>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DisputeFact();

    [GeneratedRegex(@"^(?<outlets>.+?) reported (?<n>\d{1,3}(?:,\d{3})*|\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceClaim();

    [GeneratedRegex(@"^(?<outlets>.+): (?<n>\d{1,3}(?:,\d{3})*|\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex FactClaim();

    /// <summary>The verdict when <paramref name="sentence"/> is such an account, else null (check it as any sentence).</summary>
    public static SentenceVerdict? TryCheck(string sentence, IReadOnlyList<SourceArticle> cited)
    {
        string? topic;
        string claims;
        Regex clause;
        if (DisputeSentence().Match(sentence) is { Success: true } s)
        {
            (topic, claims, clause) = (s.Groups["topic"].Value, s.Groups["claims"].Value, SentenceClaim());
        }
        else if (DisputeFact().Match(sentence) is { Success: true } f)
        {
            (topic, claims, clause) = (Contradictions.TopicOfLabel(f.Groups["label"].Value), f.Groups["claims"].Value, FactClaim());
        }
        else
        {
            return null;
        }

        var reasons = new List<string>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        var figures = new HashSet<long>();
        foreach (var part in claims.Split("; "))
        {
            var m = clause.Match(part);
            if (topic is null || !m.Success || !long.TryParse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var figure))
            {
                reasons.Add($"not a claim this checker reads: '{part}'");
                continue;
            }

            figures.Add(figure);
            var outlets = Outlets(m.Groups["outlets"].Value, cited);
            if (outlets is null)
            {
                reasons.Add($"'{m.Groups["outlets"].Value}' are not all outlets of the cited sources");
                continue;
            }

            foreach (var outlet in outlets)
            {
                if (!named.Add(outlet))
                {
                    reasons.Add($"{outlet} is named twice");
                }

                var reports = cited.Where(a => a.Outlet == outlet)
                    .Any(a => a.Sentences.Any(x => Contradictions.Counts(x.Text).Any(c => c.Topic == topic && c.Value == figure)));
                if (!reports)
                {
                    reasons.Add($"no cited article of {outlet} reports {figure} {topic}");
                }
            }
        }

        if (figures.Count < 2)
        {
            reasons.Add("the figures do not differ");
        }

        return new SentenceVerdict(sentence, reasons.Count == 0, reasons.Count == 0 ? 1.0 : 0.0, reasons);
    }

    /// <summary>
    /// The outlets a list names ("A, B and C"), matched against the cited sources' outlets
    /// (longest name first, so an outlet whose name holds "and" is read whole); null when anything
    /// but separators is left over.
    /// </summary>
    private static List<string>? Outlets(string list, IReadOnlyList<SourceArticle> cited)
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

        var leftover = rest.Replace("|", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace(" and ", "", StringComparison.Ordinal).Trim();
        return found.Count > 0 && leftover.Length == 0 ? found : null;
    }
}
