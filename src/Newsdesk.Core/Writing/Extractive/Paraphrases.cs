using System.Text.RegularExpressions;
using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Extractive;

/// <summary>
/// Two sentences that say the same thing, often from two outlets in their own words ("A judge
/// ordered Snipes to surrender" / "Snipes has been ordered by a US judge to surrender"): the story
/// keeps one and credits both outlets. Names are shared by every sentence of a story, so what a
/// sentence says is in its other words: two sentences are the same when the shorter one's other
/// content terms are <see cref="SameOverlap"/> shared, or <see cref="ParaphraseOverlap"/> shared
/// with the same numbers or <see cref="SharedNames"/> names in common; never two sentences that
/// give different figures of one measure (<see cref="DifferentFigures"/>). The story lint
/// (<see cref="Evaluation.StoryLint"/>) measures repeats by nearly the same definition (without the
/// exception for different figures), so its count shows what slips past this rule, not whether the
/// rule is right.
/// </summary>
internal static partial class Paraphrases
{
    /// <summary>Shared share of the shorter sentence's non-name terms at which two sentences say the same.</summary>
    internal const double SameOverlap = 0.6;

    /// <summary>Shared share that, with the same numbers or shared names, makes a paraphrase.</summary>
    internal const double ParaphraseOverlap = 0.4;

    /// <summary>Names in common that, with <see cref="ParaphraseOverlap"/>, make a paraphrase.</summary>
    internal const int SharedNames = 2;

    /// <summary>Sentences with fewer non-name terms are too short to judge.</summary>
    internal const int MinTerms = 3;

    [GeneratedRegex(@"(?<=\S\s)[A-Z][a-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    /// <summary>
    /// A figure and the words on either side of it ("gusts of 80 mph", "magnitude 3.1"); digits that
    /// are part of a name ("Covid-19", "F-35") are no figure.
    /// </summary>
    [GeneratedRegex(@"(?:(?<before>\p{L}+)\W{1,3})?(?<![\p{L}\-])(?<n>\d+(?:[.,]\d+)*)(?:\W{0,3}(?<after>[\p{L}%]+))?", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();

    /// <summary>What a sentence says, as the comparison needs it: its non-name terms, its figures, its names, what its figures measure (the content words beside them), and the runs of words it quotes (<see cref="QuotedRuns"/>).</summary>
    internal sealed record Gist(HashSet<string> Terms, HashSet<string> Numbers, HashSet<string> Names, HashSet<string> Measures, HashSet<string> Quoted);

    /// <summary>
    /// Words in a row that two quotations share when they quote the same words: one person's words quoted
    /// by two outlets in different frames ('"I'm the [expletive deleted] victim here. I was the one who was
    /// victimized," says Dunn' / '"You know I was thinking about that today, I was like I'm the f*** victim
    /// here, I was the one who was victimized," Michael Dunn said', Multi-News c121) say one thing, however
    /// different the rest of the sentences.
    /// </summary>
    internal const int SameQuotedWords = 8;

    [GeneratedRegex(@"[""\u201c\u201e\u00ab](?<q>[^""\u201c\u201d\u201e\u00ab\u00bb]*)[""\u201d\u201c\u00bb]", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedSpan();

    [GeneratedRegex(@"[\p{L}\d]+", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedWord();

    /// <summary>Every run of <see cref="SameQuotedWords"/> words (lowercase) inside the quotation marks of a text, but for titles.</summary>
    public static HashSet<string> QuotedRuns(string text)
    {
        var runs = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match span in QuotedSpan().Matches(text))
        {
            var written = QuotedWord().Matches(span.Groups["q"].Value).Select(w => w.Value).ToList();
            if (written.Count(w => char.IsUpper(w[0])) * 2 >= written.Count)
            {
                continue;   // in title case: a title or a name ("An Introduction to the History of the Modern World"), not someone's words
            }

            var words = written.Select(w => w.ToLowerInvariant()).ToList();
            for (var i = 0; i + SameQuotedWords <= words.Count; i++)
            {
                runs.Add(string.Join(' ', words.Skip(i).Take(SameQuotedWords)));
            }
        }

        return runs;
    }

    public static Gist Of(string text)
    {
        var names = Name().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var nameTerms = Tokens.Terms(string.Join(' ', names));
        var figures = Figure().Matches(text);
        return new Gist(
            Tokens.Terms(text).Except(nameTerms, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal),
            figures.Select(m => m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal).TrimEnd('.')).ToHashSet(StringComparer.Ordinal),
            names,
            figures.SelectMany(m => Tokens.Terms(m.Groups["before"].Value + " " + m.Groups["after"].Value)).ToHashSet(StringComparer.Ordinal),
            QuotedRuns(text));
    }

    /// <summary>
    /// Whether the two sentences give different figures of one measure ("gusts of 80 mph" / "a gust
    /// of 94 mph", "a high of 80 degrees" / "the high will reach 40 degrees", "magnitude 3.1" /
    /// "magnitude 3.3"): two statements, however alike their words. Figures of different things
    /// ("died at 73" / "for the past 50 years") do not make two statements of one.
    /// </summary>
    public static bool DifferentFigures(Gist a, Gist b) =>
        a.Numbers.Count > 0 && b.Numbers.Count > 0 && !a.Numbers.Overlaps(b.Numbers) && a.Measures.Overlaps(b.Measures);

    /// <summary>Whether the two sentences say the same thing.</summary>
    public static bool Same(Gist a, Gist b)
    {
        if (a.Quoted.Overlaps(b.Quoted))
        {
            return true; // the same words quoted
        }

        var smaller = Math.Min(a.Terms.Count, b.Terms.Count);
        if (smaller < MinTerms)
        {
            return false;
        }

        if (DifferentFigures(a, b))
        {
            return false; // different figures: "gusts of 80 mph are expected" is not "a gust of 94 mph left 8,000 homes without power"
        }

        var overlap = (double)a.Terms.Count(b.Terms.Contains) / smaller;
        var sameNumbers = a.Numbers.Count > 0 && a.Numbers.SetEquals(b.Numbers);
        return overlap >= SameOverlap
            || (overlap >= ParaphraseOverlap && (sameNumbers || a.Names.Count(b.Names.Contains) >= SharedNames));
    }
}
