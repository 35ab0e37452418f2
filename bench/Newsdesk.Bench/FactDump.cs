using Newsdesk.Articles;
using Newsdesk.Verification;
using Newsdesk.Writing;

namespace Newsdesk.Bench;

/// <summary>
/// --facts: every number row of a story's key-facts table on standard error, with the verifier's
/// verdict on it and the first cited source sentence that holds its value, so that a reader can judge
/// whether the label says what the number counts there. The date and place rows are left out.
/// Line: FACT, where (window or cluster), passed/refused, "label: value", source sentence.
/// </summary>
internal static class FactDump
{
    public static void Print(string where, Story story, IReadOnlyList<Article> articles)
    {
        var verifier = new Verifier();
        var sources = verifier.Prepare(articles);
        foreach (var fact in story.Facts.Where(f => !StoryWords.IsWhenLabel(f.Label) && !StoryWords.IsWhereLabel(f.Label) && !StoryWords.IsDisputedLabel(f.Label)))
        {
            var verdict = verifier.CheckFact(fact.Label, fact.Value, fact.Cites, sources);
            var host = articles.Where(a => fact.Cites.Contains(a.Id))
                .SelectMany(a => Newsdesk.Text.Sentences.Split($"{a.Title}. {a.Text}"))
                .FirstOrDefault(s => s.Contains(fact.Value, StringComparison.Ordinal)) ?? "";
            Console.Error.WriteLine($"FACT\t{where}\t{(verdict.Supported ? "passed" : "refused")}\t{fact.Label}: {fact.Value}\t{host}");
        }
    }
}
