using Newsdesk.Writing;
using Newsdesk.Writing.Evaluation;
using Newsdesk.Writing.Extractive;

namespace Newsdesk.Bench;

/// <summary>
/// `writewhy VALIDATION.csv [--clusters N] [--list]`: where the human summaries' bigrams are in the sources and why the
/// story did not take them. Every source sentence of each cluster is classed (in the story, off topic, furniture,
/// too short or long, a quotation without a speaker, dependent without its sentence before, usable but not chosen...)
/// and the bigrams it shares with the summary are summed by class; the same for the lead of the cluster to the budget.
/// A diagnostic for reading the development clusters, not a score.
/// </summary>
internal static class WriteWhy
{
    public static int Run(string[] args)
    {
        var max = args.Contains("--clusters") ? int.Parse(args[Array.IndexOf(args, "--clusters") + 1], System.Globalization.CultureInfo.InvariantCulture) : 125;
        var clusters = MultiNews.Read(args[0], max);
        var writer = new ExtractiveWriter(new ExtractiveWriterOptions { TargetWords = 250 });
        var byClass = new Dictionary<string, (int Hits, int Tokens, int Sentences)>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            var summary = Bigrams(Rouge.Tokenise(cluster.Summary)).ToHashSet(StringComparer.Ordinal);
            var story = writer.WriteAsync(cluster.Articles, CancellationToken.None).GetAwaiter().GetResult();
            var told = string.Join(' ', ExtractiveWriter.Sentences(story));
            var corpus = StoryCorpus.Build(Newsdesk.Text.InputLimits.Bound(cluster.Articles), new ExtractiveWriterOptions { TargetWords = 250 });
            foreach (var s in corpus.Sentences)
            {
                var tokens = Rouge.Tokenise(s.Text);
                var hits = Bigrams(tokens).Count(summary.Contains);
                var kind = told.Contains(s.Text, StringComparison.Ordinal) ? "in story"
                    : corpus.OffTopic.Contains(s.Article) ? "off topic"
                    : s.IsFurniture ? "furniture"
                    : !SentenceFilters.HasReadableLength(s.Words) ? (s.Words < SentenceFilters.MinWords ? "under 7 words" : "over 60 words")
                    : s.WithinQuotation || s.QuotationSpeaker is not null ? "quotation run (taken whole or not)"
                    : s.Usable ? "usable, not chosen"
                    : s.Dependent && s.Predecessor is not null ? "dependent in a chain, not chosen"
                    : s.Dependent ? "dependent, nothing to lean on"
                    : !SentenceFilters.EndsAsSentence(s.Text) || !SentenceFilters.StartsAsSentence(s.Text) ? "not a whole sentence"
                    : s.IsQuote ? "quotation, other"
                    : "other unreadable";
                var c = byClass.GetValueOrDefault(kind);
                byClass[kind] = (c.Hits + hits, c.Tokens + tokens.Count, c.Sentences + 1);
                if (args.Contains("--list") && hits >= 4 && kind != "in story")
                {
                    Console.Error.WriteLine($"c{cluster.Index:D3} a{s.Article} p{s.Position} {kind} hits {hits}/{tokens.Count}: {s.Text}");
                }
            }
        }

        Console.WriteLine("| class | sentences | tokens | summary bigrams hit | hits per 100 tokens |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (kind, c) in byClass.OrderByDescending(kv => kv.Value.Hits))
        {
            Console.WriteLine($"| {kind} | {c.Sentences} | {c.Tokens} | {c.Hits} | {100.0 * c.Hits / Math.Max(1, c.Tokens):F1} |");
        }

        return 0;
    }

    private static IEnumerable<string> Bigrams(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            yield return tokens[i] + " " + tokens[i + 1];
        }
    }
}
