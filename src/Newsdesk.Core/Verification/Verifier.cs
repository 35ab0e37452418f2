using Newsdesk.Articles;
using Newsdesk.Text;
using Newsdesk.Writing;

namespace Newsdesk.Verification;

/// <summary>
/// Checks that every sentence of a story is supported by the articles it cites: its names,
/// numbers, dates and quotations are in them, its negation and polarity agree with its best
/// support window, and its content words are covered. Pure and stateless: prepare the sources once
/// per story (<see cref="Prepare"/>), then check sentences or find their support cheaply.
/// </summary>
public sealed class Verifier
{
    private readonly CommonWords? commonWords;

    /// <summary>A verifier that reads a sentence's opening capital with the installed WordNet, when there is one (<see cref="CommonWords.Installed"/>).</summary>
    public Verifier()
        : this(CommonWords.Installed)
    {
    }

    /// <summary>A verifier with the given common words, or none (tests; the opening-capital check is off without them).</summary>
    internal Verifier(CommonWords? commonWords) => this.commonWords = commonWords;

    /// <summary>Reads the sources once: split, analysed and indexed.</summary>
    public PreparedSources Prepare(IReadOnlyList<Article> sources) => new(InputLimits.Bound(sources), commonWords);   // markup removed, cost bounded

    /// <summary>
    /// Checks every part of the story a reader sees: headline, lede, paragraph sentences, bullets,
    /// facts ("label: value"), then each subhead that claims something (by <see cref="Headings"/>,
    /// against its section) and the dateline (<see cref="DatelineCheck"/>); those two score 1 or 0.
    /// </summary>
    public VerificationReport Verify(Story story, IReadOnlyList<Article> sources)
    {
        var bounded = InputLimits.Bound(sources);
        var prepared = Prepare(bounded);
        var verdicts = StorySentences.Of(story with { Facts = [] }, prepared.Language).Select(s => Check(s.Text, s.Cites, prepared)).ToList();
        verdicts.AddRange((story.Facts ?? []).Select(f => CheckFact(f.Label, f.Value, f.Cites ?? [], prepared)));
        var sections = story.Sections ?? [];
        for (var i = 0; i < sections.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(sections[i].Heading) || Headings.Furniture.Contains(sections[i].Heading.Trim()))
            {
                continue;
            }

            var heading = Headings.Check(sections[i], i, this, prepared);
            verdicts.Add(new SentenceVerdict(heading.Text, heading.Supported, heading.Supported ? 1 : 0, heading.Reasons));
        }

        if (!string.IsNullOrWhiteSpace(story.Dateline))
        {
            var (_, reasons, _, _) = DatelineCheck.Check(story.Dateline, bounded);
            verdicts.Add(new SentenceVerdict(story.Dateline.Trim(), reasons.Count == 0, reasons.Count == 0 ? 1 : 0, reasons));
        }

        return Report(verdicts);
    }

    /// <summary>Checks plain text, split into sentences, against all the sources.</summary>
    public VerificationReport VerifyText(string text, IReadOnlyList<Article> sources)
    {
        var prepared = Prepare(sources);
        var verdicts = Quotes.Whole(Sentences.Split(text, prepared.Language)).Select(s => Check(s, [], prepared)).ToList();
        return Report(verdicts);
    }

    /// <summary>
    /// The verdict on one sentence against the articles it cites (all articles when it cites none).
    /// A text of several sentences (a bullet quoting two sentences) is supported when each of its
    /// sentences is, as the publication gate keeps an item (<see cref="PublicationGate"/>): its score
    /// is the lowest, its reasons all of theirs; a quotation that runs over its sentences must stand
    /// whole in one cited article (and its speaker is checked where it is named). Read whole, the features of one sentence ran into
    /// the next: a negation opening the second sentence ("Nobody wants a strike") was read as
    /// following the first one's last word and judged placed differently from its source.
    /// </summary>
    public SentenceVerdict Check(string sentence, IReadOnlyList<string> citedIds, PreparedSources sources)
    {
        if (MarkupDebris.HasMarkup(sentence) || sentence.Length > InputLimits.MaxSentenceChars + InputLimits.CutMark.Length)
        {
            return new SentenceVerdict(sentence, false, 0, [MarkupDebris.HasMarkup(sentence) ? "carries markup (tags, entities or script)" : "longer than any sentence a source holds"]);
        }

        var parts = Sentences.Split(sentence, sources.Language);
        if (parts.Count <= 1)
        {
            return CheckOne(sentence, citedIds, sources);
        }

        // A quotation that runs over several sentences is the source's only when one cited article
        // holds it whole, in that order; its parts checked apart could come from anywhere. So the
        // parts are checked without their quotation marks (each read as a comma): a straight mark
        // that closes a quotation opened in the part before would open one in its own part
        // ('the name "Jo. Toby 3632" which ...' read 'Toby 3632" which ...' as a quotation).
        var cited = sources.Cited(citedIds);
        var quotations = Quotes.Find(sentence);
        var whole = quotations.All(q => cited.Any(a => a.QuoteText.Contains(q, StringComparison.Ordinal)));
        var verdicts = parts.Select(part => CheckOne(quotations.Count > 0 ? Quotes.WithoutMarks(part) : part, citedIds, sources)).ToList();
        return new SentenceVerdict(
            sentence,
            whole && verdicts.TrueForAll(v => v.Supported),
            whole ? verdicts.Min(v => v.Score) : 0,
            verdicts.SelectMany(v => v.Reasons).Concat(whole ? [] : ["quotation not found whole in one source"]).Distinct(StringComparer.Ordinal).ToList());
    }

    private SentenceVerdict CheckOne(string sentence, IReadOnlyList<string> citedIds, PreparedSources sources)
    {
        if (OutletClaims.TryCheck(sentence, sources.Cited(citedIds)) is { } claims)
        {
            return claims;   // "Reports differ ...: A reported 12; B reported 14": checked outlet by outlet
        }

        var features = Measure(sentence, citedIds, sources);
        var score = Calibration.Score(features);
        var supported = !features.HardFailure && score >= Calibration.SupportThreshold;
        var reasons = features.Reasons.ToList();
        if (!supported && reasons.Count == 0)
        {
            reasons.Add($"low score {score:0.00}");
        }

        return new SentenceVerdict(sentence, supported, Math.Round(score, 4), reasons);
    }

    /// <summary>
    /// The verdict on a key-fact row against the articles it cites: a row with a number or a date is
    /// checked as a claim (<see cref="FactRows"/>: the number stated in one cited sentence with its
    /// label bound to it), any other row as the sentence "label: value".
    /// </summary>
    public SentenceVerdict CheckFact(string label, string value, IReadOnlyList<string> citedIds, PreparedSources sources)
    {
        var text = $"{label}: {value}";
        if (MarkupDebris.HasMarkup(text) || text.Length > InputLimits.MaxSentenceChars)
        {
            return Check(text, citedIds, sources);   // refused there, with its reason
        }

        return FactRows.TryCheck(label, value, sources.Cited(citedIds), sources) ?? Check(text, citedIds, sources);
    }

    /// <summary>
    /// The ids of the articles that, each on its own, support the sentence: what a writer should cite.
    /// Beyond passing the checks, the article's support window must hold a content stem of the
    /// sentence that is not one of the story's topic words (held by <see cref="TopicShare"/> of the
    /// articles, 3 or more), or cover <see cref="TopicOnlyCoverage"/> of it, unless the sentence states a number (which the checks find there): a
    /// citation means the source says it, and a sentence made of the story's own words and a few of
    /// its own ("Few likes for Twitter's experiment in fact checking") passes the checks against
    /// every article on the topic.
    /// </summary>
    public IReadOnlyList<string> FindSupport(string sentence, PreparedSources sources)
    {
        var analyzed = AnalyzedSentence.Analyze(sentence, sources.Language);
        var own = OwnStems(analyzed, sources);
        var ids = new List<string>();
        foreach (var article in sources.Articles)
        {
            if (!Overlaps(analyzed, article))
            {
                continue;
            }

            var cited = new[] { article };
            var window = SupportFinder.Find(analyzed, cited, sources);
            var features = FeatureExtractor.Measure(analyzed, cited, window, sources);
            if (!features.HardFailure && Calibration.Score(features) >= Calibration.SupportThreshold && window is not null && Says(window, own))
            {
                ids.Add(article.Id);
            }
        }

        return ids;
    }

    /// <summary>Share of the articles holding a stem that makes it one of the story's topic words.</summary>
    internal const double TopicShare = 0.5;

    /// <summary>Fewest articles holding a stem for it to be a topic word: two articles make no topic.</summary>
    internal const int MinTopicArticles = 3;

    /// <summary>The sentence's content stems that are not the story's topic words; none asked when it states a number.</summary>
    private static List<string> OwnStems(AnalyzedSentence sentence, PreparedSources sources)
    {
        if (sentence.Quantities.Count > 0)
        {
            return [];
        }

        var needed = Math.Max(MinTopicArticles, sources.Articles.Count * TopicShare);
        return sentence.ContentStems.Where(stem => sources.Articles.Count(a => a.ContentStems.Contains(stem)) < needed).ToList();
    }

    /// <summary>Window coverage at which a window holding only topic words of the sentence still says it: nearly all of it.</summary>
    internal const double TopicOnlyCoverage = 0.8;

    private static bool Says(SupportWindow window, List<string> own) =>
        own.Count == 0 || window.Coverage >= TopicOnlyCoverage || own.Exists(stem => window.Sentences.Any(s => s.ContentStems.Contains(stem)));

    internal SentenceFeatures Measure(string sentence, IReadOnlyList<string> citedIds, PreparedSources sources)
    {
        var analyzed = AnalyzedSentence.Analyze(sentence, sources.Language);
        var cited = sources.Cited(citedIds);
        var window = SupportFinder.Find(analyzed, cited, sources);
        return FeatureExtractor.Measure(analyzed, cited, window, sources);
    }

    private static bool Overlaps(AnalyzedSentence sentence, SourceArticle article) =>
        sentence.ContentStems.Count == 0 || sentence.ContentStems.Any(article.ContentStems.Contains);

    private static VerificationReport Report(List<SentenceVerdict> verdicts) =>
        new(verdicts, verdicts.Count(v => v.Supported), verdicts.Count(v => !v.Supported));
}
