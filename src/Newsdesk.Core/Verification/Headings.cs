using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Newsdesk.Writing;

namespace Newsdesk.Verification;

/// <summary>
/// The rules for a section's subhead. A subhead is published only when it claims nothing (it is
/// one of <see cref="Furniture"/>), when it frames what its section holds ("What X and Y said"
/// over kept bullets that name X and Y; "Reports differ on the number X" over the kept sentence
/// that says so), or when the verifier finds it supported by the articles its section cites. A
/// refused subhead is replaced by furniture, so a section never stands under an unchecked claim.
/// </summary>
internal static partial class Headings
{
    /// <summary>The heading a refused first section gets (in English; <see cref="Check"/> gives it in the story's language).</summary>
    internal static readonly string FirstFallback = StoryWords.English.FirstHeading;

    /// <summary>The heading any other refused section gets (in English, as <see cref="FirstFallback"/>).</summary>
    internal static readonly string LaterFallback = StoryWords.English.LaterHeading;

    /// <summary>
    /// Headings that say nothing about the world, only what kind of section follows, in every language
    /// the writer writes (<see cref="StoryWords.FurnitureHeadings"/>): the extractive writer's own ("What
    /// comes next" and its two fallbacks) and two that a writer may use for context and quotes.
    /// </summary>
    internal static FrozenSet<string> Furniture => StoryWords.FurnitureHeadings;

    /// <summary>
    /// The verdict on <paramref name="section"/>'s heading, given only its kept sentences; the
    /// heading to publish is <see cref="PartVerdict.Published"/>.
    /// </summary>
    public static PartVerdict Check(StorySection section, int index, Verifier verifier, PreparedSources sources)
    {
        var heading = (section.Heading ?? "").Trim();
        var words = StoryWords.For(sources.Language);   // a refused subhead is replaced in the sources' language
        var fallback = index == 0 ? words.FirstHeading : words.LaterHeading;
        if (heading.Length == 0)
        {
            return new PartVerdict(StoryPart.Subhead, heading, true, [], fallback);
        }

        if (Furniture.Contains(heading))
        {
            return new PartVerdict(StoryPart.Subhead, heading, true, [], heading);
        }

        var sentences = (section.Paragraphs ?? []).SelectMany(p => p ?? []).OfType<CitedSentence>().ToList();
        var bullets = (section.Bullets ?? []).OfType<CitedSentence>().ToList();
        if (StoryWords.DisputeOf(heading) is { } dispute)
        {
            // The section's framing sentence ("Reports differ on the number injured: ...") was checked outlet by outlet.
            var framed = sentences.Any(s => (s.Text ?? "").StartsWith(heading + ":", StringComparison.Ordinal));
            return framed
                ? new PartVerdict(StoryPart.Subhead, heading, true, [], heading)
                : new PartVerdict(StoryPart.Subhead, heading, false, [$"no kept sentence says reports differ on the number {dispute.Topic}"], fallback);
        }

        if (StoryWords.SpeakersOf(heading) is { } names)
        {
            var kept = names.Where(n => bullets.Any(b => Spaced(b.Text ?? "").Contains(Spaced(n), StringComparison.Ordinal))).ToList();
            if (kept.Count == names.Count)
            {
                return new PartVerdict(StoryPart.Subhead, heading, true, [], heading);
            }

            var missing = names.Except(kept).Select(n => "speaker of no kept bullet: " + n).ToList();
            return new PartVerdict(StoryPart.Subhead, heading, false, missing, words.Said(kept));
        }

        var cites = sentences.Concat(bullets).SelectMany(s => s.Cites ?? []).Distinct(StringComparer.Ordinal).ToList();
        var verdict = verifier.Check(heading, cites, sources);
        return new PartVerdict(StoryPart.Subhead, heading, verdict.Supported, verdict.Reasons, verdict.Supported ? heading : fallback);
    }

    /// <summary>The text with every run of white space as one space (a heading may have been built from text spaced otherwise).</summary>
    private static string Spaced(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
