using Newsdesk.Articles;
using Newsdesk.Verification;
using Newsdesk.Writing;
using Newsdesk.Writing.Evaluation;

namespace Newsdesk.Core.Tests.Verification.Injection;

/// <summary>What the verifier did with one planted error: the sentence before and after, and its verdict.</summary>
public sealed record InjectedCase(Corruption Kind, int Cluster, string Original, string Corrupted, SentenceVerdict Verdict);

/// <summary>What the verifier did with one planted error in a key-fact row.</summary>
public sealed record FactCase(FactCorruption Kind, int Cluster, StoryFact Original, StoryFact Corrupted, SentenceVerdict Verdict);

/// <summary>
/// The injection test (issue #16): stories written by the extractive writer from real clusters,
/// every extracted sentence (lede, paragraph sentences, bullets) checked untouched, then once per
/// kind of error planted in it. Deterministic: the seed of each corruption is a function of the
/// cluster, the sentence and the kind, and the clusters are read in file order.
/// </summary>
public sealed class InjectionRun
{
    public List<InjectedCase> Cases { get; } = [];

    /// <summary>Untouched extracted sentences that were flagged (should be none).</summary>
    public List<(int Cluster, SentenceVerdict Verdict)> UntouchedFlagged { get; } = [];

    public int UntouchedChecked { get; private set; }

    /// <summary>Errors planted in key-fact rows with a number that the verifier supports untouched.</summary>
    public List<FactCase> FactCases { get; } = [];

    /// <summary>Key-fact rows with a number (not disputed figures), checked untouched.</summary>
    public int FactRowsChecked { get; private set; }

    /// <summary>Of those, the ones the verifier refused untouched (not corrupted further).</summary>
    public List<(int Cluster, SentenceVerdict Verdict)> FactRowsFlagged { get; } = [];

    /// <summary>Headlines and fact rows flagged: built by the writer, not copied, so reported apart.</summary>
    public List<(int Cluster, SentenceVerdict Verdict)> BuiltFlagged { get; } = [];

    public int BuiltChecked { get; private set; }

    public int Stories { get; private set; }

    /// <summary>Checks of sentences performed (untouched and corrupted), for the cost per sentence.</summary>
    public int Checks { get; private set; }

    public TimeSpan CheckTime { get; private set; }

    public static InjectionRun Run(IEnumerable<MultiNewsCluster> clusters, Verifier verifier)
    {
        var run = new InjectionRun();
        var writer = new ExtractiveWriter();
        foreach (var cluster in clusters)
        {
            var story = writer.WriteAsync(cluster.Articles, CancellationToken.None).GetAwaiter().GetResult();
            run.Add(cluster.Index, story, cluster.Articles, verifier);
        }

        return run;
    }

    private void Add(int cluster, Story story, IReadOnlyList<Article> articles, Verifier verifier)
    {
        Stories++;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var sources = verifier.Prepare(articles);
        var sourceText = string.Join("\n", articles.Select(a => a.Title + "\n" + a.Text)).ToLowerInvariant();
        CheckTime += clock.Elapsed;

        foreach (var (text, cites, fact) in Built(story))
        {
            BuiltChecked++;
            var verdict = Timed(() => fact is null ? verifier.Check(text, cites, sources) : verifier.CheckFact(fact.Label, fact.Value, cites, sources));
            if (!verdict.Supported)
            {
                BuiltFlagged.Add((cluster, verdict));
            }
        }

        foreach (var fact in story.Facts.Where(FactCorruptions.Corruptible))
        {
            FactRowsChecked++;
            var untouched = Timed(() => verifier.CheckFact(fact.Label, fact.Value, fact.Cites, sources));
            if (!untouched.Supported)
            {
                FactRowsFlagged.Add((cluster, untouched));
                continue;
            }

            foreach (var kind in Enum.GetValues<FactCorruption>())
            {
                var seed = (cluster * 100_003) + (FactRowsChecked * 103) + (int)kind;
                if (FactCorruptions.Apply(kind, fact, story.Facts, sourceText, seed) is { } corrupted)
                {
                    FactCases.Add(new FactCase(kind, cluster, fact, corrupted, Timed(() => verifier.CheckFact(corrupted.Label, corrupted.Value, corrupted.Cites, sources))));
                }
            }
        }

        var index = 0;
        foreach (var (text, cites) in Extracted(story))
        {
            index++;
            UntouchedChecked++;
            var untouched = Timed(() => verifier.Check(text, cites, sources));
            if (!untouched.Supported)
            {
                UntouchedFlagged.Add((cluster, untouched));
                continue;   // a planted error in a sentence already flagged proves nothing
            }

            foreach (var kind in Enum.GetValues<Corruption>())
            {
                var seed = (cluster * 100_003) + (index * 101) + (int)kind;
                if (Corruptions.Apply(kind, text, sourceText, seed) is { } corrupted && corrupted != text)
                {
                    Cases.Add(new InjectedCase(kind, cluster, text, corrupted, Timed(() => verifier.Check(corrupted, cites, sources))));
                }
            }
        }
    }

    private SentenceVerdict Timed(Func<SentenceVerdict> check)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var verdict = check();
        CheckTime += clock.Elapsed;
        Checks++;
        return verdict;
    }

    /// <summary>The sentences the writer copies from its sources: the lede's sentences, paragraph sentences, bullets.</summary>
    private static IEnumerable<(string Text, IReadOnlyList<string> Cites)> Extracted(Story story)
    {
        foreach (var sentence in Newsdesk.Text.Sentences.Split(story.Lede))
        {
            yield return (sentence, story.LedeCites);
        }

        foreach (var section in story.Sections)
        {
            foreach (var cited in section.Paragraphs.SelectMany(p => p).Concat(section.Bullets))
            {
                foreach (var sentence in Newsdesk.Text.Sentences.Split(cited.Text))
                {
                    yield return (sentence, cited.Cites);
                }
            }
        }
    }

    /// <summary>What the writer builds rather than copies: the headline and the key-fact rows.</summary>
    private static IEnumerable<(string Text, IReadOnlyList<string> Cites, StoryFact? Fact)> Built(Story story)
    {
        if (story.Headline.Length > 0)
        {
            yield return (story.Headline, [], null);
        }

        foreach (var fact in story.Facts)
        {
            yield return ($"{fact.Label}: {fact.Value}", fact.Cites, fact);
        }
    }

    /// <summary>Per kind of error planted in fact rows: planted and caught.</summary>
    public IEnumerable<(FactCorruption Kind, int Planted, int Caught)> FactsByKind() =>
        Enum.GetValues<FactCorruption>().Select(k => (k, FactCases.Count(c => c.Kind == k), FactCases.Count(c => c.Kind == k && !c.Verdict.Supported)));

    /// <summary>Per kind: planted and caught.</summary>
    public IEnumerable<(Corruption Kind, int Planted, int Caught)> ByKind() =>
        Enum.GetValues<Corruption>().Select(k => (k, Cases.Count(c => c.Kind == k), Cases.Count(c => c.Kind == k && !c.Verdict.Supported)));
}
