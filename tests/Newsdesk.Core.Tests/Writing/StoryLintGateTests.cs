using Newsdesk.Testing;
using Newsdesk.Writing.Evaluation;

namespace Newsdesk.Writing.Tests;

/// <summary>
/// Story lint gate over all 250 Multi-News validation clusters (skips without ../shared): no kind
/// may rise above the count measured when it was recorded (docs/writing.md, issue #15; the goal is 0
/// of each). Lower the floors as the writer improves.
/// </summary>
public class StoryLintGateTests
{
    /// <summary>Measured 2026-12-05 (session 3: paraphrases left out, the pair rule, headlines never from fragments) with bench/write/run at 250 words, all 250 clusters.</summary>
    private static readonly Dictionary<LintKind, int> Floors = new()
    {
        [LintKind.BrokenHeadline] = 0,
        [LintKind.FurnitureSentence] = 0,
        [LintKind.NonPlace] = 0,           // 4 -> 0 in session 10: "FT LAUDERDALE" is Fort Lauderdale, "UNITED NATIONS" is AP's dateline for the UN headquarters
        [LintKind.FactNotSourcePhrase] = 0,
        // 6 -> 7 in session 9 (held out; not read): with chains of sentences that lean on the one before
        // and quotes in passing usable, one more pair the lint's cruder repeat rule reads as one statement.
        // 7 -> 3 in session 10: the writer's different-figures exception only for figures of one measure, digits in a
        // name ('Covid-19') no figure, a disputed figure told once; the 3 left are c189 (a bullet restating a body
        // sentence in part) and c194's temperatures of different days, which the lint's rule (no exception) reads as one.
        [LintKind.RepeatedSentence] = 3,
        // 28 -> 29 in session 5: with pronouns that point at no one left out, the writer publishes other
        // sentences of c167's first article (Trump on immigration), which the lint's two-article rule
        // (cosine < 0.1, the article farther from headline and lede) calls another event and the
        // writer's pair rule (0.125, on sentence vectors) does not. Recorded, not hidden.
        // 29 -> 9 in session 6: the story is the spine's event; an article as far from the spine as
        // two unrelated articles are is left out (when another article agrees with the spine).
        // 9 -> 80 -> 8 in session 9: the lint now reads clusters where no event is shared by most
        // articles (it called none off topic; the story interleaved them), and the writer then tells
        // only the spine's event when no two articles agree.
        [LintKind.OffTopicSentence] = 8,
        [LintKind.BrokenSubhead] = 1,      // session 4 (subheads never stop mid-phrase); 3 -> 1 in session 10 (a verb after its auxiliary and adverb, 'best [known]')
        [LintKind.StampedSentence] = 0,    // session 5 (a page's stamp or byline cut from the sentence it opens)
        [LintKind.DanglingPronoun] = 0,    // session 5 (20 before: a "he"/"her" that needs a person the sentence before does not name)
        [LintKind.TeaserSentence] = 0,     // session 5 (3 before)
    };

    [Fact]
    public void Every_lint_kind_has_a_floor() => Assert.Equal(Enum.GetValues<LintKind>().Order(), Floors.Keys.Order());

    /// <summary>
    /// Stories not written (no headline and no sentence; not linted): the clusters whose articles are
    /// only page furniture or fragments. Bounded too, so that writing nothing cannot hide a finding.
    /// </summary>
    private const int MaxNotWritten = 7;

    [SkippableFact]
    public async Task No_lint_kind_rises_above_its_floor()
    {
        var csv = Path.Combine(TestEnvironment.BenchData("multinews-sample"), "validation.csv");
        var writer = new ExtractiveWriter(new ExtractiveWriterOptions { TargetWords = 250 });
        var findings = new List<LintFinding>();
        var notWritten = 0;
        foreach (var cluster in MultiNews.Read(csv))
        {
            var story = await writer.WriteAsync(cluster.Articles, CancellationToken.None);
            findings.AddRange(StoryLint.Check(story, cluster.Articles));
            notWritten += StoryLint.NotWritten(story) ? 1 : 0;
        }

        var counts = StoryLint.Count(findings);
        Assert.All(Floors, floor => Assert.True(counts[floor.Key] <= floor.Value, $"{floor.Key}: {counts[floor.Key]} findings, floor {floor.Value}"));
        Assert.True(notWritten <= MaxNotWritten, $"{notWritten} stories not written, at most {MaxNotWritten}");
    }
}
