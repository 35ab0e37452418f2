using System.Collections.Frozen;
using Newsdesk.Articles;
using Newsdesk.Text;

namespace Newsdesk.Verification;

/// <summary>
/// A story's sources read once: every article's title and text split into analysed sentences,
/// the weight (inverse document frequency over those sentences) of each stem, an index from stem
/// to the sentences that hold it, and each article's text in quotation normal form. Build it once
/// per story (<see cref="Verifier.Prepare"/>) and check any number of sentences against it.
/// </summary>
public sealed class PreparedSources
{
    /// <summary>Sentences read per article at most; a longer article is cut (every input is bounded).</summary>
    public const int MaxSentencesPerArticle = 2000;

    /// <summary>Articles read per story at most.</summary>
    public const int MaxArticles = 500;

    internal PreparedSources(IReadOnlyList<Article> articles, CommonWords? commonWords = null)
    {
        CommonWords = commonWords;
        var sources = new List<SourceArticle>();
        var languages = new List<string?>();
        var commonNouns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles.Take(MaxArticles))
        {
            var language = LanguageDetector.Detect(article.Text.Length > 0 ? article.Text : article.Title ?? "");
            languages.Add(language);
            var texts = new List<string>();
            if (!string.IsNullOrWhiteSpace(article.Title))
            {
                texts.Add(article.Title.Trim());
            }

            var body = TokenisedNumbers.Repair(article.Text);   // "235, 000" written out by a tokeniser is 235,000
            texts.AddRange(Sentences.Split(body, language).Take(MaxSentencesPerArticle));
            var sentences = texts.Select(t => AnalyzedSentence.Analyze(t, language)).ToList();
            commonNouns.UnionWith(Text.CommonNouns.Of(article.Title + "\n" + body, language));
            var quoteText = Quotes.Normalize(article.Title + " \n " + body);
            sources.Add(new SourceArticle(article.Id, sentences, quoteText) { Outlet = article.Source, Published = article.Published });
        }

        Articles = sources;
        Language = Languages.Dominant(languages);
        Caseless = commonWords is not null && (Language is null || Language == Languages.Default) && WritesNamesInLowercase(sources, commonWords);
        CommonNouns = commonNouns.ToFrozenSet(StringComparer.Ordinal);
        ById = sources.GroupBy(a => a.Id, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var sentence in sources.SelectMany(a => a.Sentences))
        {
            total++;
            foreach (var stem in sentence.ContentStems)
            {
                documentFrequency[stem] = documentFrequency.GetValueOrDefault(stem) + 1;
            }
        }

        SentenceCount = total;
        Weights = documentFrequency.ToFrozenDictionary(p => p.Key, p => Idf(p.Value), StringComparer.Ordinal);
        UnseenWeight = Idf(0);
    }

    /// <summary>
    /// The language most sources are written in (null when none can be told): a story's text is
    /// split into sentences with its abbreviations, as the sources were (each with its own).
    /// </summary>
    public string? Language { get; }

    /// <summary>
    /// Capitalised words the sources use as common nouns (German: "den Schaden"; <see cref="Text.CommonNouns"/>):
    /// a story's sentence that writes one without its article ("Schaden in Millionenhöhe") is not naming someone.
    /// </summary>
    internal FrozenSet<string> CommonNouns { get; }

    /// <summary>English's common words (WordNet), when installed: an opening capital that is none of them may be a name (<see cref="Verification.CommonWords"/>).</summary>
    internal CommonWords? CommonWords { get; }

    /// <summary>
    /// Whether the sources were written without capitals (text lowercased by a tool: "gareth southgate's
    /// squad ... the toulon tournament"): there a name cannot be told by its capital, and a word of a
    /// sentence that is no common word is read as one (<see cref="FeatureExtractor"/>).
    /// </summary>
    public bool Caseless { get; }

    /// <summary>Fewest lowercase names (words WordNet writes only capitalised) that mark sources as <see cref="Caseless"/>.</summary>
    internal const int CaselessMinNames = 3;

    /// <summary>How many times more often caseless sources write such names in lowercase than capitalised past a sentence's first word.</summary>
    internal const int CaselessRatio = 4;

    /// <summary>
    /// Whether the sources write names in lowercase: words that the dictionary knows only as names
    /// ("london", "england", "european"), past a sentence's first word, at least <see cref="CaselessMinNames"/>
    /// times in lowercase and <see cref="CaselessRatio"/> times as often as capitalised. A cased article
    /// writes them capitalised; a careless lowercase "english" here and there does not make it caseless.
    /// </summary>
    private static bool WritesNamesInLowercase(List<SourceArticle> sources, CommonWords common)
    {
        int lower = 0, capital = 0;
        foreach (var sentence in sources.SelectMany(a => a.Sentences))
        {
            var first = sentence.Sequence.Count > 0 ? sentence.Sequence[0] : null;
            for (var i = 0; i < sentence.ContentWords.Count; i++)
            {
                var word = sentence.ContentWords[i];
                if ((i == 0 && word.Key == first) || word.Key.Length < 3 || !common.IsProperOnly(word.Key))
                {
                    continue;
                }

                (lower, capital) = word.Capitalized ? (lower, capital + 1) : (lower + 1, capital);
            }
        }

        return lower >= CaselessMinNames && lower >= CaselessRatio * capital;
    }

    /// <summary>Article ids, in the order given.</summary>
    public IReadOnlyList<string> Ids => Articles.Select(a => a.Id).ToList();

    internal IReadOnlyList<SourceArticle> Articles { get; }

    internal FrozenDictionary<string, SourceArticle> ById { get; }

    internal int SentenceCount { get; }

    internal FrozenDictionary<string, double> Weights { get; }

    internal double UnseenWeight { get; }

    internal double Weight(string stem) => Weights.TryGetValue(stem, out var w) ? w : UnseenWeight;

    /// <summary>The cited articles that exist; all articles when none is cited or none of the cited ids is known.</summary>
    internal IReadOnlyList<SourceArticle> Cited(IReadOnlyList<string>? citedIds)
    {
        if (citedIds is null || citedIds.Count == 0)
        {
            return Articles;
        }

        var cited = citedIds.Distinct(StringComparer.Ordinal).Select(id => ById.GetValueOrDefault(id)).OfType<SourceArticle>().ToList();
        return cited.Count > 0 ? cited : Articles;
    }

    private double Idf(int df) => Math.Log((SentenceCountForIdf + 1.0) / (df + 1.0)) + 1.0;

    private int SentenceCountForIdf => Math.Max(SentenceCount, 1);
}

/// <summary>One source article, read for checking, with the unions of its sentences' keys, stems, numbers and dates.</summary>
internal sealed record SourceArticle(string Id, IReadOnlyList<AnalyzedSentence> Sentences, string QuoteText)
{
    /// <summary>The outlet that published it (for sentences that say who reported what).</summary>
    public string Outlet { get; init; } = "";

    /// <summary>When it was published, if known: the year of a day it dates without one ("on March 5").</summary>
    public DateTimeOffset? Published { get; init; }

    public FrozenSet<string> Keys { get; } = Sentences.SelectMany(s => s.Keys).ToFrozenSet(StringComparer.Ordinal);

    public FrozenSet<string> NameKeys { get; } = Sentences.SelectMany(s => s.NameKeys).ToFrozenSet(StringComparer.Ordinal);

    public FrozenSet<string> ContentStems { get; } = Sentences.SelectMany(s => s.ContentStems).ToFrozenSet(StringComparer.Ordinal);

    public IReadOnlyList<Quantity> Quantities { get; } = Sentences.SelectMany(s => s.Quantities).ToList();

    public FrozenSet<string> Dates { get; } = Sentences.SelectMany(s => s.Dates).ToFrozenSet(StringComparer.Ordinal);
}
