using Splitter = Newsdesk.Text.Sentences;
using Newsdesk.Articles;
using Newsdesk.Text;
using Newsdesk.Writing.Text;

namespace Newsdesk.Writing.Extractive;

/// <summary>
/// The articles of one story as the extractive writer reads them: those in the dominant
/// language, split into sentences (bounded), with TF-IDF vectors, centrality scores and the
/// evidence each article offers for citations.
/// </summary>
internal sealed class StoryCorpus
{
    /// <summary>
    /// An article whose centroid's cosine with the other articles' centroid is below this is
    /// off topic (Multi-News clusters carry two unrelated articles). With two articles that far apart,
    /// the later one is left out, unless the first is a stub (<see cref="StubShare"/>).
    /// </summary>
    internal const double OffTopicSimilarity = 0.08;

    /// <summary>
    /// Two articles whose centroids have a cosine below this are about unrelated events. Higher than
    /// <see cref="OffTopicSimilarity"/>: one article's centroid is compared with one other article's,
    /// not with the sum of several, and two unrelated articles from the same field share its words
    /// ("security" in a lawsuit against George Zimmerman's guards and in Blackwater's sale: 0.120;
    /// Harry Reid's retirement and Mitt Romney's health-care line: 0.106). Calibrated on the
    /// development half of the Multi-News sample, where the lowest cosine of two articles about one
    /// event was 0.132; re-run bench/write/run after a change.
    /// </summary>
    internal const double PairOffTopicSimilarity = 0.125;

    /// <summary>
    /// Of two unrelated articles, the first is a stub beside the second (and left out instead)
    /// when it has less than this share of the second's words in usable sentences.
    /// </summary>
    internal const double StubShare = 0.25;

    /// <summary>
    /// Two articles whose text and headline together (<see cref="About"/>) have at least this cosine report
    /// one event, for the spine's choice when no two texts agree. Higher than <see cref="PairOffTopicSimilarity"/>:
    /// headlines of a topic's articles share its names ("Coronavirus:", "Boris Johnson"). Measured on the
    /// real May 2020 feeds, 1-16 May (dev): 0.125 changed 84 stories and took a live tracker page and
    /// arbitrary members of unrelated groups; 0.2 changed 59; see docs/writing.md.
    /// </summary>
    internal const double HeadlinedAgreement = 0.2;

    /// <summary>Score bonus for an article's early sentences: Bonus / (1 + position). News puts the facts first.</summary>
    internal const double PositionBonus = 0.3;

    public required IReadOnlyList<Article> Articles { get; init; }

    /// <summary>The story's language (<see cref="StoryLanguage"/>; <see cref="Languages.Default"/> when none can be told).</summary>
    public required string Language { get; init; }

    public required IReadOnlyList<ArticleEvidence> Evidence { get; init; }

    public required IReadOnlyList<SourceSentence> Sentences { get; init; }

    public required IReadOnlyDictionary<string, double> Idf { get; init; }

    /// <summary>The centroid of the on-topic articles (each article weighted equally).</summary>
    public required Dictionary<string, double> Centroid { get; init; }

    /// <summary>Articles judged off topic; their sentences are never chosen.</summary>
    public required IReadOnlySet<int> OffTopic { get; init; }

    /// <summary>Number of sentences per article (after the cap), for relative positions.</summary>
    public required IReadOnlyList<int> SentenceCounts { get; init; }

    /// <summary>
    /// The spine: the on-topic article that is the most central and most complete report (see
    /// SpineOf); its opening is a journalist's lede (design.md, "a spine"). When another article
    /// agrees with it, the story is the spine's event: an article as far from the spine as two
    /// unrelated articles are is off topic. -1 when no article has a usable sentence.
    /// </summary>
    public required int Spine { get; init; }

    /// <summary>
    /// Most sentences in a chain of sentences that lean on the one before ("Heaven Sutton died
    /// Wednesday night. She was selling candy... A stray bullet struck her..."), taken together or
    /// not at all.
    /// </summary>
    internal const int MaxUnitSentences = 3;

    /// <summary>
    /// Most sentences of a run of one article's paragraph, read in the source's order, that a story
    /// which has run out of usable sentences takes (<see cref="SourceSentence.ReadsOnFrom"/>): Multi-News c111's
    /// "The group originally was a trio... The boy band was popular in the '90s. Their biggest hit was "Summer Girls"...
    /// Other hits included... They recorded 2 albums..." Chosen on the development half of the Multi-News sample (6, 8 and 10 alike).
    /// </summary>
    internal const int MaxRunSentences = 6;

    /// <summary>Usable sentences of an article whose scores make its claim to be the spine: enough to favour a complete report over a stub, few enough not to favour mere length.</summary>
    internal const int SpineSentences = 8;

    /// <summary>An article with fewer usable sentences is a stub (a caption, a teaser, one line of a page of furniture), never the spine while another is not.</summary>
    internal const int SpineMinSentences = 2;

    public static StoryCorpus Build(IReadOnlyList<Article> input, ExtractiveWriterOptions options)
    {
        var (language, articles) = StoryLanguage.Choose(input);
        var split = articles.Select(a => Splitter.Split(RunTogether.Separate(a.Text), language)).ToList();
        var perArticle = Math.Max(1, Math.Min(options.MaxSentencesPerArticle, options.MaxSentences / Math.Max(1, articles.Count)));
        var sentences = new List<SourceSentence>();
        var counts = new List<int>();
        var storyDay = Dateline.PublishedDay(articles);
        for (var a = 0; a < articles.Count; a++)
        {
            var taken = split[a].Take(perArticle).ToList();
            counts.Add(taken.Count);
            SourceSentence? previous = null;
            var sameDay = storyDay is null || articles[a].Published is not { } published || published.UtcDateTime.Date == storyDay;
            var quotation = new QuotationState();
            var inside = taken.Select(quotation.Next).ToList();
            var described = taken.Select((t, p) => SentenceFeatures.Describe(a, p, PhotoReference.Strip(Dateline.StripSourceDateline(StampPrefix.Strip(t))), sameDay, inside[p], language ?? Languages.Default)).ToList();
            // A quotation that runs over several sentences and names its speaker is one unit (Quotations).
            Quotations.Mark(described, inside, quotation.Open, language ?? Languages.Default);
            foreach (var sentence in described)
            {
                // A sentence that leans on the one before it goes with it (and with what that one leans
                // on: a paragraph that names its subject once, then says "she" twice), unless its "he"
                // or "her" needs a person that one does not name (the person was named further back).
                if (sentence.Dependent && previous is { Selectable: true } && previous.Predecessors.Count() + 2 <= MaxUnitSentences
                    && (Referents.PersonNeeded(sentence.Text) is null || Referents.NamesSomeone(previous.Text)))
                {
                    sentence.Predecessor = previous;
                }

                // Read in its paragraph's order, a dependent sentence reads on from the one before it
                // whatever the length of the run, when the run opens with a usable sentence.
                if (sentence.Dependent && previous is not null && (previous.Usable || previous.ReadsOnFrom is not null) && !previous.WithinQuotation
                    && (Referents.PersonNeeded(sentence.Text) is null || Referents.NamesSomeone(previous.Text)))
                {
                    sentence.ReadsOnFrom = previous;
                }

                sentences.Add(sentence);
                previous = sentence;
            }
        }

        var idf = InverseDocumentFrequency(sentences);
        foreach (var sentence in sentences)
        {
            sentence.Vector = Vectors.TfIdf(sentence.Terms, idf);
            if (sentence.QuotationWhole is { } whole)
            {
                whole.Vector = Vectors.TfIdf(whole.Terms, idf);
            }
        }

        var evidence = articles.Select((a, i) => ArticleEvidence.Of(a.Title, split[i])).ToList();
        var (centroid, offTopic, centroids) = Score(articles.Count, sentences, new HashSet<int>());
        var about = About(articles, centroids, idf);
        var spine = SpineOf(sentences, offTopic, centroids, about);
        if (spine >= 0)
        {
            // One event per story: the spine's. An article with as little in common with the spine
            // as two unrelated articles have is about another event, however much it shares with
            // the rest (a topic's words: "coronavirus", "Trump"). When no article agrees with any
            // other, every article but the spine tells another event.
            var agreed = Agreed(spine, sentences, offTopic, centroids);
            // In a cluster of one-line feed summaries whose spine is one line too, one line shares few
            // words with another ("the Prime Minister announced..." beside "Boris Johnson laid out his
            // vision..."): there an article tells the spine's event when it agrees with what the other
            // articles say together, on its text (as two reports of one event agree) and on its text
            // and headline (HeadlinedAgreement: reports of one event, not merely of one topic, whose titles share its names).
            var onTopic = Enumerable.Range(0, articles.Count).Where(a => centroids[a].Count > 0 && !offTopic.Contains(a)).ToList();
            var consensus = MostlySummaries(sentences, offTopic) && sentences.Count(s => s.Article == spine && s.Usable) < SpineMinSentences;
            bool OfAnotherEvent(int a) => consensus
                ? Vectors.Cosine(centroids[a], Others(a, onTopic, centroids, [])) < PairOffTopicSimilarity
                    || Vectors.Cosine(about[a], Others(a, onTopic, about, [])) < HeadlinedAgreement
                : Vectors.Cosine(centroids[a], centroids[spine]) < PairOffTopicSimilarity;
            var far = Enumerable.Range(0, articles.Count)
                .Where(a => a != spine && centroids[a].Count > 0 && !offTopic.Contains(a) && (!agreed || OfAnotherEvent(a)))
                .ToHashSet();
            if (far.Count > 0)
            {
                (centroid, offTopic, _) = Score(articles.Count, sentences, far);
                spine = SpineOf(sentences, offTopic, centroids, about);
            }
        }

        return new StoryCorpus
        {
            Spine = spine,
            Articles = articles,
            Language = language ?? Languages.Default,
            Evidence = evidence,
            Sentences = sentences,
            Idf = idf,
            Centroid = centroid,
            OffTopic = offTopic,
            SentenceCounts = counts,
        };
    }

    /// <summary>
    /// The spine among the on-topic articles with at least <see cref="SpineMinSentences"/> usable
    /// sentences: the most central (by the sum of its best <see cref="SpineSentences"/> sentences'
    /// centrality, the lead-position bonus left out) of those another article agrees with (centroid
    /// cosine at least <see cref="PairOffTopicSimilarity"/>), else the one with the most words in
    /// usable sentences, unless that one agrees with no article even with its headline while others
    /// do (<see cref="HeadlinedAgreement"/>): then the one of those closest to the rest.
    /// </summary>
    private static int SpineOf(List<SourceSentence> sentences, HashSet<int> offTopic, Dictionary<string, double>[] centroids, Dictionary<string, double>[] about)
    {
        var groups = sentences.Where(s => s.Usable && !offTopic.Contains(s.Article)).GroupBy(s => s.Article).ToList();
        var full = groups.Where(g => g.Count() >= SpineMinSentences).ToList();
        // A stub is short beside the others: in a cluster made mostly of one-line feed summaries a
        // one-line summary is the norm, and the spine is chosen among all of them.
        var candidates = full.Count * 2 >= groups.Count ? full : groups;
        if (candidates.Count == 0)
        {
            return -1;
        }

        bool AgreesWithAnother(IGrouping<int, SourceSentence> g) => groups.Any(o => o.Key != g.Key && Vectors.Cosine(centroids[g.Key], centroids[o.Key]) >= PairOffTopicSimilarity);
        var agreed = candidates.Where(AgreesWithAnother).ToList();
        if (agreed.Count == 0 && candidates != groups)
        {
            // No complete report agrees with another, but short ones do: a cluster of feed summaries
            // of one event (sixty one-line items about the George Floyd protests beside one two-line
            // item on Jamie Foxx joining them). The story is the event those report, not the lone
            // complete one's.
            agreed = groups.Where(AgreesWithAnother).ToList();
        }

        if (agreed.Count == 0)
        {
            // No two reports agree: centrality (what the others also report) says nothing, and the
            // story is the most complete report's ("Zuckerberg's 5,500-word vision" beside a celebrity
            // interview and an obituary, which share more words with each other than with it).
            var byWords = candidates.Select(g => (Article: g.Key, Weight: g.Sum(s => s.Words))).OrderByDescending(x => x.Weight).ThenBy(x => x.Article).First().Article;
            // Feed summaries of one event share few words of text ("The Oscar-winner says she hopes..."
            // beside "Judi Dench has become the oldest..."), but their headlines name the event. When the
            // most complete report agrees with no other even with its headline while others do (two
            // reports of Judi Dench's Vogue cover beside Vogue's Sofia of Sweden), the story is the event
            // those report: the spine is the one of them closest to all the other articles.
            var withAbout = Enumerable.Range(0, about.Length).Where(a => about[a].Count > 0).ToList();
            var headlined = candidates.Where(g => withAbout.Any(o => o != g.Key && Vectors.Cosine(about[g.Key], about[o]) >= HeadlinedAgreement)).ToList();
            if (headlined.Count == 0 || headlined.Exists(g => g.Key == byWords))
            {
                return byWords;
            }

            return headlined.Select(g => (Article: g.Key, Weight: Vectors.Cosine(about[g.Key], Others(g.Key, withAbout, about, []))))
                .OrderByDescending(x => x.Weight).ThenBy(x => x.Article).First().Article;
        }

        return agreed.Select(g => (Article: g.Key, Weight: g.Select(Centrality).OrderDescending().Take(SpineSentences).Sum()))
            .OrderByDescending(x => x.Weight).ThenBy(x => x.Article).First().Article;
    }

    /// <summary>Whether fewer than half of the articles with usable sentences have <see cref="SpineMinSentences"/> of them: a cluster of one-line feed summaries.</summary>
    private static bool MostlySummaries(List<SourceSentence> sentences, HashSet<int> offTopic)
    {
        var groups = sentences.Where(s => s.Usable && !offTopic.Contains(s.Article)).GroupBy(s => s.Article).ToList();
        return groups.Count(g => g.Count() >= SpineMinSentences) * 2 < groups.Count;
    }

    /// <summary>What each article is about: its text's centroid and its headline's terms, together (a feed summary says little beside its headline).</summary>
    private static Dictionary<string, double>[] About(IReadOnlyList<Article> articles, Dictionary<string, double>[] centroids, IReadOnlyDictionary<string, double> idf)
    {
        var about = new Dictionary<string, double>[articles.Count];
        for (var a = 0; a < articles.Count; a++)
        {
            about[a] = new Dictionary<string, double>(centroids[a], StringComparer.Ordinal);
            if (centroids[a].Count > 0)
            {
                Vectors.AddTo(about[a], Vectors.TfIdf(Tokens.Terms(articles[a].Title), idf));
            }

            Vectors.Normalise(about[a]);
        }

        return about;
    }

    /// <summary>Whether another article with usable sentences agrees with <paramref name="article"/> (centroid cosine at least <see cref="PairOffTopicSimilarity"/>).</summary>
    private static bool Agreed(int article, List<SourceSentence> sentences, HashSet<int> offTopic, Dictionary<string, double>[] centroids) =>
        sentences.Where(s => s.Usable && s.Article != article && !offTopic.Contains(s.Article)).Select(s => s.Article).Distinct()
            .Any(o => Vectors.Cosine(centroids[article], centroids[o]) >= PairOffTopicSimilarity);

    /// <summary>A sentence's score without its lead-position bonus: how much of what the other articles report it holds.</summary>
    private static double Centrality(SourceSentence sentence) => sentence.Score - (PositionBonus / (1 + sentence.Position));

    private static Dictionary<string, double> InverseDocumentFrequency(List<SourceSentence> sentences)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var term in sentence.Terms.Distinct(StringComparer.Ordinal))
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }

        var n = sentences.Count;
        return df.ToDictionary(kv => kv.Key, kv => Math.Log((1.0 + n) / (1.0 + kv.Value)) + 1.0, StringComparer.Ordinal);
    }

    /// <summary>
    /// Centrality: a sentence's cosine with the centroid of the OTHER on-topic articles (so a
    /// sentence scores by what other outlets also report), plus a small bonus for lead position.
    /// </summary>
    private static (Dictionary<string, double> Centroid, HashSet<int> OffTopic, Dictionary<string, double>[] Centroids) Score(int articleCount, List<SourceSentence> sentences, HashSet<int> far)
    {
        var centroids = new Dictionary<string, double>[articleCount];
        for (var a = 0; a < articleCount; a++)
        {
            centroids[a] = new Dictionary<string, double>(StringComparer.Ordinal);
        }

        // What an article is about is what it reports: its furniture (a web archive's crawl notice,
        // a tweet widget) would make two pages of furniture look like one story.
        foreach (var sentence in sentences.Where(s => !s.IsFurniture))
        {
            Vectors.AddTo(centroids[sentence.Article], sentence.Vector);
        }

        foreach (var centroid in centroids)
        {
            Vectors.Normalise(centroid);
        }

        var offTopic = new HashSet<int>();
        var withText = Enumerable.Range(0, articleCount).Where(a => centroids[a].Count > 0).ToList();
        if (withText.Count == 2 && Vectors.Cosine(centroids[withText[0]], centroids[withText[1]]) < PairOffTopicSimilarity)
        {
            // Two articles about unrelated events: the story is the one that started it (the first
            // to arrive), unless that one is a stub (a teaser, a caption) beside the other; the
            // other is left out rather than interleaved sentence by sentence.
            var reported = withText.Select(a => sentences.Where(s => s.Article == a && s.Usable).Sum(s => s.Words)).ToList();
            offTopic.Add(reported[0] < StubShare * reported[1] ? withText[0] : withText[1]);
        }
        if (withText.Count >= 3)
        {
            foreach (var a in withText)
            {
                if (Vectors.Cosine(centroids[a], Others(a, withText, centroids, [])) < OffTopicSimilarity)
                {
                    offTopic.Add(a);
                }
            }

            if (offTopic.Count > withText.Count / 2)
            {
                offTopic.Clear(); // no agreement to speak of: keep every article rather than guess
            }
        }

        offTopic.UnionWith(far);

        var overall = Others(-1, withText, centroids, offTopic);
        var others = new Dictionary<int, Dictionary<string, double>>();
        foreach (var sentence in sentences)
        {
            if (offTopic.Contains(sentence.Article))
            {
                sentence.Score = 0;
                continue;
            }

            if (!others.TryGetValue(sentence.Article, out var reference))
            {
                reference = Others(sentence.Article, withText, centroids, offTopic);
                others[sentence.Article] = reference.Count > 0 ? reference : centroids[sentence.Article];
                reference = others[sentence.Article];
            }

            sentence.Score = Vectors.Cosine(sentence.Vector, reference) + (PositionBonus / (1 + sentence.Position));
        }

        return (overall, offTopic, centroids);
    }

    private static Dictionary<string, double> Others(int except, List<int> articles, Dictionary<string, double>[] centroids, HashSet<int> offTopic)
    {
        var sum = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            if (a != except && !offTopic.Contains(a))
            {
                Vectors.AddTo(sum, centroids[a]);
            }
        }

        return Vectors.Normalise(sum);
    }
}
