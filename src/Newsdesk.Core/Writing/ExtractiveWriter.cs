using Newsdesk.Articles;
using Newsdesk.Writing.Extractive;
using Newsdesk.Writing.Text;

namespace Newsdesk.Writing;

/// <summary>
/// Writes a story from the sources' own sentences, no model needed: the lede is the most
/// central self-contained sentence; sentences that several outlets agree on are chosen by
/// centrality with redundancy removed (MMR), grouped into sections with subheads taken from
/// their content; attributed statements become bullets, future-tense sentences "What comes
/// next" (the subheads and labels the writer adds are in the story's language, <see cref="StoryWords"/>); numbers, the date and the place make the key-facts table; disputed counts are
/// reported outlet by outlet. Every sentence cites every article that supports it.
/// </summary>
public sealed class ExtractiveWriter : IStoryWriter
{
    /// <summary>A lede must hold this many words at least (a who-what-when-where sentence)...</summary>
    internal const int LedeMinWords = 12;

    /// <summary>...and at most this many (a web report's own first sentence runs to about 50: "The Pleasant Hill city clerk, accused of ..., has resigned with a blistering e-mail in which ...").</summary>
    internal const int LedeMaxWords = 50;

    /// <summary>Most body sections (besides the quotes and "What comes next").</summary>
    internal const int MaxBodySections = 3;

    /// <summary>Sentences per paragraph.</summary>
    internal const int ParagraphSentences = 2;

    /// <summary>Best sentences searched for a headline clause when the sources have no headline.</summary>
    internal const int HeadlineCandidates = 40;

    /// <summary>Most bullets of what the parties said.</summary>
    internal const int MaxBullets = 5;

    private readonly ExtractiveWriterOptions options;

    public ExtractiveWriter(ExtractiveWriterOptions? options = null)
    {
        this.options = options ?? new ExtractiveWriterOptions();
        this.options.Validate();
    }

    public Task<Story> WriteAsync(IReadOnlyList<Article> articles, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Write(Newsdesk.Text.InputLimits.Bound(articles), ct));   // markup removed, cost bounded (InputLimits)
    }

    /// <summary>The sentences of a story in reading order: lede, then paragraphs and bullets section by section.</summary>
    public static IEnumerable<string> Sentences(Story story)
    {
        if (story.Lede.Length > 0)
        {
            yield return story.Lede;
        }

        foreach (var section in story.Sections)
        {
            foreach (var sentence in section.Paragraphs.SelectMany(p => p).Concat(section.Bullets))
            {
                yield return sentence.Text;
            }
        }
    }

    private Story Write(IReadOnlyList<Article> articles, CancellationToken ct)
    {
        var corpus = StoryCorpus.Build(articles, options);
        ct.ThrowIfCancellationRequested();
        var story = Write(corpus, articles, new HashSet<int>(), ct);
        // The headline says what the story's sources report: never the title of an item with no text
        // to tell that the story does not cite (a video item "Comedian's spoof of Boris Johnson speech
        // goes viral" over 26 reports of the speech). The story is written again without such titles.
        var untold = Untold(corpus, story);
        if (untold.Any(i => Headline.Tighten(corpus.Articles[i]) == story.Headline))
        {
            story = Write(StoryCorpus.Build(articles, options), articles, untold, ct);
        }

        return story;
    }

    /// <summary>
    /// The on-topic articles with no usable sentence (a video item, a headline alone) that the story
    /// does not cite, when other articles have sentences to tell: their titles are no headline.
    /// </summary>
    private static HashSet<int> Untold(StoryCorpus corpus, Story story)
    {
        var told = corpus.Sentences.Where(s => s.Usable && !corpus.OffTopic.Contains(s.Article)).Select(s => s.Article).ToHashSet();
        if (told.Count == 0)
        {
            return []; // a story of headlines alone: its headline is one of them
        }

        var cited = story.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, corpus.Articles.Count)
            .Where(i => !told.Contains(i) && !corpus.OffTopic.Contains(i) && !cited.Contains(corpus.Articles[i].Id))
            .ToHashSet();
    }

    private Story Write(StoryCorpus corpus, IReadOnlyList<Article> articles, IReadOnlySet<int> passedOver, CancellationToken ct)
    {
        var selectable = corpus.Sentences.Where(s => s.Selectable && !corpus.OffTopic.Contains(s.Article)).ToList();
        var usable = selectable.Where(s => s.Usable).ToList();

        var words = StoryWords.For(corpus.Language);   // the subheads, labels and date the writer adds, in the story's language
        var disputes = Contradictions.Find(corpus);
        var disputedNumbers = disputes.SelectMany(d => d.Numbers).ToList();
        var sourceHeadline = Headline.Choose(corpus, "", disputedNumbers, passedOver);
        // A disputed count is told in the disputes section, outlet by outlet: the lede and the body leave it there (any figure of it).
        var disputedTopics = disputes.Select(d => d.Topic).ToHashSet(StringComparer.Ordinal);
        bool TellsDisputed(string text) => Contradictions.States(text, disputedNumbers)
            || Contradictions.ScopedCounts(text).Any(c => c.Scope == CountScope.Event && disputedTopics.Contains(c.Topic));
        var lede = ChooseLede(usable, LedeArticle(corpus, sourceHeadline), TellsDisputed, Vectors.TfIdf(Tokens.Terms(sourceHeadline), corpus.Idf));
        // Without source headlines: a whole main clause of the lede, else of the next best sentence that has one.
        var headline = sourceHeadline.Length > 0 ? sourceHeadline : Headline.Choose(
            corpus,
            usable.Where(s => lede is not null && s.Article == lede.Article).OrderBy(s => s.Position)
                .Concat(usable.OrderByDescending(s => s.Score)).Take(HeadlineCandidates).Select(s => s.Text).Prepend(lede?.Text ?? "")
                .Concat(corpus.Sentences.Where(s => !corpus.OffTopic.Contains(s.Article)).Select(s => s.Text)),
            disputedNumbers,
            passedOver);
        if (headline.Length == 0)
        {
            // No source headline and no sentence a reader could take as one: what the articles hold
            // is page furniture (a web archive's crawl notice, a video player's errors) or fragments.
            // Nothing is written; a story with no sentence is not published (WritingStage skips it).
            return new Story("", "", "", [], [], [], []);
        }

        // The sentences that lean on the lede ("She was selling candy...") follow it in its paragraph:
        // under a subhead they would point at nothing.
        var ledeUnit = lede is null ? [] : LedeParagraph(lede, selectable);
        var ledeText = lede is null ? FallbackLede(corpus, headline) : string.Join(' ', ledeUnit.Select(s => s.Text));
        // What the lede paragraph says is said: nothing chosen after it may say it again, in part or in other words.
        List<SourceSentence> already = ledeUnit.Count switch
        {
            0 => [],
            1 => [lede!],
            _ => [Paragraph(ledeUnit, ledeText, corpus)],
        };
        var budget = options.TargetWords - Tokens.CountWords(ledeText);
        var chosen = Selection.Choose(selectable.Where(s => s != lede && (lede is null || !s.Predecessors.Contains(lede))), already, budget);
        if (chosen.Sum(s => s.Words) < budget - RunOutSlackWords)
        {
            chosen.AddRange(ChooseFromRuns(corpus, chosen, ledeUnit, already, budget - chosen.Sum(s => s.Words)));
        }

        ct.ThrowIfCancellationRequested();
        if (already.Count == 1 && already[0] != lede)
        {
            lede!.AlsoReportedBy.UnionWith(already[0].AlsoReportedBy);
        }

        var ledeCites = lede is null ? (ledeText.Length > 0 ? Support.Cites(ledeText, corpus) : []) : Cite(ledeUnit, corpus).Cites;

        // Where outlets disagree, each figure is shown in an outlet's own sentence (once, in the disputes section).
        var claims = disputes.Select(d => ClaimSentences(d.Numbers, d.Topic, usable.Where(s => s != lede).ToList())).ToList();
        var claimed = claims.SelectMany(c => c).ToHashSet();
        // A statement about the future that newer reports have overtaken is not news any more.
        var overtaken = Freshness.Overtaken(corpus);
        // A sentence that says again what a disputed figure's own sentence says is told once, in the disputes section.
        // Any other sentence that gives the event's own count of a disputed thing (an outlet's earlier toll) is told there too.
        var units = Units(chosen).Where(u => !claimed.Contains(u[0]) && !u.Exists(s => claimed.Any(c => Paraphrases.Same(s.Gist, c.Gist)))
            && !u.Exists(s => TellsDisputed(s.Text))
            && !(u[0].IsFuture && overtaken.Contains(u[0].Article))).ToList();
        var bullets = units.Where(u => SpeakerOf(u) is not null).Take(MaxBullets).ToList();
        var next = units.Where(u => u[0].IsFuture && u[0].QuotationSpeaker is null && !bullets.Contains(u)).ToList();
        var body = units.Where(u => !bullets.Contains(u) && !next.Contains(u)).ToList();

        // A subhead never says again what the headline says: made from a sentence's clause, the headline is often the clause of a section's sentence.
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { headline.ToLowerInvariant() };
        var sections = new List<StorySection>();
        var storyYear = Extractive.Dateline.PublishedDay(corpus.Articles)?.Year;
        var groups = Group(body, corpus, storyYear);
        for (var g = 0; g < groups.Count; g++)
        {
            // A section whose sentences offer no headline-style clause joins the section before it
            // rather than stand under a fragment; the sentence its subhead comes from leads it.
            var (clause, from) = Subheads.ClauseOf(groups[g].SelectMany(u => u).ToList(), used, corpus);
            var paragraphs = Paragraphs(groups[g], corpus, groups[g].FirstOrDefault(u => from is not null && u.Contains(from)), storyYear);
            if (clause.Length == 0 && sections.Count > 0)
            {
                sections[^1] = sections[^1] with { Paragraphs = [.. sections[^1].Paragraphs, .. paragraphs] };
                continue;
            }

            sections.Add(new StorySection(clause.Length > 0 ? clause : words.FirstHeading, paragraphs, []));
        }

        // Where outlets disagree, the story says who reports what, and shows each outlet's own sentence.
        for (var d = 0; d < disputes.Count; d++)
        {
            sections.Insert(Math.Min(1, sections.Count), new StorySection(
                words.DisputeHeading(disputes[d].Topic), [[disputes[d].Sentence]], claims[d].Select(s => Cite(s, corpus)).ToList()));
        }

        if (bullets.Count > 0)
        {
            var speakers = bullets.Select(b => Speakers.WithoutTitle(SpeakerOf(b)!)).Distinct(StringComparer.Ordinal).Take(3).ToList();
            // News order: what happened, then what the parties said, then the background.
            sections.Insert(Math.Min(1 + disputes.Count, sections.Count), new StorySection(
                words.Said(speakers),
                [],
                bullets.OrderBy(b => b[0].Article).ThenBy(b => b[0].Position).Select(b => Cite(b, corpus)).ToList()));
        }

        if (next.Count > 0)
        {
            sections.Add(new StorySection(words.NextHeading, Paragraphs(next, corpus), []));
        }

        var storySentences = chosen.Concat(ledeUnit).OrderByDescending(s => s.Score)
            .Concat(usable.OrderByDescending(s => s.Score).Take(Facts.SentencesSearched)).Distinct().ToList();
        var onTopic = corpus.Articles.Where((_, i) => !corpus.OffTopic.Contains(i)).ToList();
        // Where the story's event happened: where its lede's report puts it (see Dateline.Place).
        var lead = lede is null ? -1 : onTopic.IndexOf(corpus.Articles[lede.Article]);
        var place = Extractive.Dateline.Place(onTopic, corpus.Language, lead);
        var facts = Facts.Extract(storySentences, corpus, place, words, disputes.Select(d => d.Fact).ToList(), disputes.SelectMany(d => d.Numbers).ToHashSet(StringComparer.Ordinal));

        return new Story(
            headline,
            Extractive.Dateline.For(onTopic, words, place),
            ledeText,
            ledeCites,
            sections,
            facts,
            Sources(corpus, articles, sections, ledeCites, facts))
        {
            Language = corpus.Language,
        };
    }

    /// <summary>A story whose chosen sentences fall this many words or more short of the budget has run out of usable sentences.</summary>
    internal const int RunOutSlackWords = 10;

    /// <summary>
    /// When the story has run out of usable sentences: more of the articles' own paragraphs, read as
    /// the reporter wrote them. A dependent sentence may then be taken after every sentence of its run
    /// back to a usable one (<see cref="SourceSentence.ReadsOnFrom"/>, at most <see cref="StoryCorpus.MaxRunSentences"/>),
    /// not only after a chain of <see cref="StoryCorpus.MaxUnitSentences"/>. Sentences that lean on the lede
    /// paragraph stay out (under a subhead they would point at nothing).
    /// </summary>
    private static List<SourceSentence> ChooseFromRuns(StoryCorpus corpus, List<SourceSentence> chosen, List<SourceSentence> ledeUnit, List<SourceSentence> already, int budget)
    {
        foreach (var sentence in corpus.Sentences.Where(s => s.Predecessor is null && s.ReadsOnFrom is not null && s.RunDepth < StoryCorpus.MaxRunSentences))
        {
            sentence.Predecessor = sentence.ReadsOnFrom;
        }

        var told = chosen.Concat(ledeUnit).ToHashSet();
        return Selection.Choose(
            corpus.Sentences.Where(s => s.Selectable && !corpus.OffTopic.Contains(s.Article) && !told.Contains(s) && !s.Predecessors.Any(ledeUnit.Contains)),
            already.Concat(chosen).ToList(),
            budget);
    }

    /// <summary>Most words of the lede paragraph: the lede and the sentences that lean on it ("Heaven Sutton ... She was selling candy ... A stray bullet struck her ...").</summary>
    internal const int LedeParagraphMaxWords = 80;

    /// <summary>The lede and, in their order, the sentences of its article that lean on it, while the paragraph stays within <see cref="LedeParagraphMaxWords"/>.</summary>
    private static List<SourceSentence> LedeParagraph(SourceSentence lede, List<SourceSentence> selectable)
    {
        var paragraph = new List<SourceSentence> { lede };
        var words = lede.Words;
        foreach (var next in selectable.Where(s => s.Predecessors.Contains(lede)).OrderBy(s => s.Position))
        {
            if (next.Predecessor != paragraph[^1] || words + next.Words > LedeParagraphMaxWords)
            {
                break;
            }

            paragraph.Add(next);
            words += next.Words;
        }

        return paragraph;
    }

    /// <summary>A paragraph of one article's sentences read as one sentence, for comparing later sentences with all it says.</summary>
    private static SourceSentence Paragraph(List<SourceSentence> sentences, string text, StoryCorpus corpus)
    {
        var paragraph = SentenceFeatures.Describe(sentences[0].Article, sentences[0].Position, text, language: corpus.Language);
        paragraph.Vector = Vectors.TfIdf(paragraph.Terms, corpus.Idf);
        return paragraph;
    }

    /// <summary>Weight of a lede candidate's similarity to the headline: the lede tells the event the headline names, not a side angle.</summary>
    internal const double LedeHeadlineWeight = 0.3;

    /// <summary>Sentences at the head of the spine article searched for its lede (a standfirst or a photo caption may come first).</summary>
    internal const int LedeReach = 3;

    /// <summary>
    /// The lede: the spine article's own lede (its first self-contained sentence of lede length that
    /// is not a quotation, among its first <see cref="LedeReach"/>): a journalist wrote it to say what
    /// happened; unless it states a count the outlets dispute, any figure of it (the story says who reports what).
    /// Else the best such sentence by centrality and closeness to the headline.
    /// </summary>
    /// <summary>
    /// The article whose own opening the lede is: the spine's, unless the spine does not tell the headline's news
    /// (<see cref="Headline.Tells"/>) while the headline's own article does: then that one's, so the headline and
    /// the lede say one thing. Read on the real May 2020 feeds (1-16 May, dev): the lede was the spine's opening
    /// beneath another outlet's headline in 230 of 5,084 stories, and where the spine did not tell the headline's
    /// news the two told different things: "Cebu City records 40 new COVID-19 cases; total rises to 1,474" above
    /// the previous day's "29 new cases ... 1,417", "Dominic Raab condemns 'predatory' hacking attacks" above
    /// his remarks on sport.
    /// </summary>
    private static int LedeArticle(StoryCorpus corpus, string headline)
    {
        if (corpus.Spine < 0 || headline.Length == 0 || Headline.Tells(corpus.Evidence[corpus.Spine], headline, corpus.Idf))
        {
            return corpus.Spine;
        }

        var own = Enumerable.Range(0, corpus.Articles.Count)
            .FirstOrDefault(i => !corpus.OffTopic.Contains(i) && Headline.Tighten(corpus.Articles[i]) == headline, -1);
        return own >= 0 ? own : corpus.Spine;
    }

    private static SourceSentence? ChooseLede(List<SourceSentence> usable, int spine, Func<string, bool> tellsDisputed, Dictionary<string, double> headline)
    {
        bool Fits(SourceSentence s) => (!s.IsQuote || s.QuotesInPassing) && s.Words is >= LedeMinWords and <= LedeMaxWords;
        var own = usable.Where(s => s.Article == spine && s.Position < LedeReach && Fits(s)).MinBy(s => s.Position);
        var central = usable.Where(Fits).OrderByDescending(s => s.Score + (LedeHeadlineWeight * Vectors.Cosine(s.Vector, headline))).ToList();
        return (own is not null && !tellsDisputed(own.Text) ? own : null)
            ?? central.FirstOrDefault(s => !tellsDisputed(s.Text))
            ?? central.FirstOrDefault()
            ?? usable.OrderByDescending(s => s.Score).FirstOrDefault();
    }

    /// <summary>
    /// For each disputed figure, the sentence that reports it most directly: the figure early in
    /// the sentence (it is the sentence's point, not an aside), then the most central.
    /// </summary>
    private static List<SourceSentence> ClaimSentences(IReadOnlyList<string> numbers, string topic, List<SourceSentence> usable) =>
        numbers.Select(n => usable
                .Select(s => (Sentence: s, At: Contradictions.Counts(s.Text)
                    .Where(c => c.Topic == topic && c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) == n)
                    .Select(c => c.At).DefaultIfEmpty(-1).First()))
                .Where(x => x.At >= 0)
                .OrderBy(x => (double)x.At / x.Sentence.Text.Length).ThenByDescending(x => x.Sentence.Score)
                .Select(x => x.Sentence).FirstOrDefault())
            .OfType<SourceSentence>()
            .ToList();

    /// <summary>
    /// Headline-only stories: the lede is another on-topic outlet's headline about the same event (one
    /// that shares at least <see cref="StoryCorpus.PairOffTopicSimilarity"/> of the headline's terms by
    /// cosine), or the headline itself, as a sentence. A headline that does not stand alone as a
    /// sentence ("This is how hotels will change after Covid-19", "'She was very tiny': The 1.2kg
    /// lockdown miracle baby", a teaser) is no lede: the story is then its headline, dateline and sources.
    /// </summary>
    private static string FallbackLede(StoryCorpus corpus, string headline)
    {
        var about = Vectors.TfIdf(Tokens.Terms(headline), corpus.Idf);
        var other = corpus.Articles.Where((_, i) => !corpus.OffTopic.Contains(i)).Select(Extractive.Headline.Tighten)
            .Where(t => Tokens.CountWords(t) >= 3 && !t.Equals(headline, StringComparison.OrdinalIgnoreCase) && !Furniture.Is(t) && StandsAlone(t))
            .Select(t => (Title: t, Cosine: Vectors.Cosine(Vectors.TfIdf(Tokens.Terms(t), corpus.Idf), about)))
            .Where(x => x.Cosine >= StoryCorpus.PairOffTopicSimilarity)
            .OrderByDescending(x => x.Cosine).Select(x => x.Title).FirstOrDefault();
        var text = other ?? (StandsAlone(headline) ? headline : "");
        var closed = text.TrimEnd('"', '\'', '\u201d', '\u2019'); // 'Freedom!' ends its sentence inside its quotation marks
        return text.Length == 0 || closed.Length == 0 || closed[^1] is '.' or '!' or '?' ? text : text + ".";
    }

    /// <summary>A headline that reads as a lede: it points back at nothing before it, is no teaser, asks no question, speaks not to the reader ("... injuries you get from sitting at a desk") and does not stop at a colon ("How to make Papa Johns Garlic Knots at home:"): a lede tells what happened.</summary>
    private static bool StandsAlone(string title) =>
        SentenceFilters.PointsAtNothingBefore(title) && !Teasers.Is(title) && !SentenceFilters.SpeaksToReader(title)
        && !title.TrimEnd('"', '\'', '\u201d', '\u2019', ' ').EndsWith('?') && !title.TrimEnd().EndsWith(':');

    /// <summary>The speaker a unit gives its statement to: an attributed quotation's, or a quotation's taken whole (<see cref="Quotations"/>); null when none is named.</summary>
    private static string? SpeakerOf(List<SourceSentence> unit) =>
        unit[0].QuotationSpeaker ?? (unit[0].IsQuote && unit[0].IsAttributed ? Speakers.Of(unit[0].Text) : null);

    /// <summary>Chosen sentences as units: a self-contained sentence (or a quotation's first) followed by the chosen sentences that lean on it.</summary>
    private static List<List<SourceSentence>> Units(List<SourceSentence> chosen)
    {
        var units = new List<List<SourceSentence>>();
        foreach (var head in chosen.Where(s => s.OpensUnit))
        {
            var unit = new List<SourceSentence> { head };
            unit.AddRange(chosen.Where(s => s.Predecessors.Contains(head)).OrderBy(s => s.Position));
            units.Add(unit);
        }

        return units;
    }

    /// <summary>Groups units into sections: farthest-first seeds, each unit to its most similar seed.</summary>
    private static List<List<List<SourceSentence>>> Group(List<List<SourceSentence>> body, StoryCorpus corpus, int? storyYear)
    {
        if (body.Count == 0)
        {
            return [];
        }

        var k = Math.Clamp(body.Count / 3, 1, MaxBodySections);
        var seeds = new List<List<SourceSentence>> { body.OrderByDescending(u => u[0].Score).First() };
        while (seeds.Count < k)
        {
            seeds.Add(body.Where(u => !seeds.Contains(u)).OrderBy(u => seeds.Max(x => Vectors.Cosine(x[0].Vector, u[0].Vector))).First());
        }

        var groups = seeds.Select(_ => new List<List<SourceSentence>>()).ToList();
        foreach (var unit in body)
        {
            var nearest = Enumerable.Range(0, seeds.Count).MaxBy(i => seeds[i] == unit ? 2 : Vectors.Cosine(seeds[i][0].Vector, unit[0].Vector));
            groups[nearest].Add(unit);
        }

        // A section of one unit is folded into the section whose seed is closest to it.
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].Count == 1 && groups.Count(g => g.Count > 0) > 1)
            {
                var unit = groups[i][0];
                groups[i].Clear();
                var target = Enumerable.Range(0, seeds.Count).Where(j => groups[j].Count > 0)
                    .MaxBy(j => Vectors.Cosine(seeds[j][0].Vector, unit[0].Vector));
                groups[target].Add(unit);
            }
        }

        var kept = groups.Where(g => g.Count > 0);
        // News order: the section that tells the news (its units early in their articles, not
        // background) before the sections that tell what led to it.
        return kept.OrderBy(g => g.Min(u => Place(u, corpus, storyYear))).ToList();
    }

    /// <summary>Where a unit belongs in the telling: its relative place in its article, after everything that is not background when it is.</summary>
    private static double Place(List<SourceSentence> unit, StoryCorpus corpus, int? storyYear) =>
        (Background.Is(unit[0].Text, storyYear) ? 1 : 0) + ((double)unit[0].Position / Math.Max(1, corpus.SentenceCounts[unit[0].Article]));

    /// <summary>
    /// Paragraphs in reading order: <paramref name="lead"/> (the unit the subhead comes from) first,
    /// then the newest day's reports before older ones, and within a day each unit's relative place
    /// in its article. A unit of two or more sentences is a paragraph; single sentences are paired.
    /// </summary>
    private static List<IReadOnlyList<CitedSentence>> Paragraphs(List<List<SourceSentence>> units, StoryCorpus corpus, List<SourceSentence>? lead = null, int? storyYear = null)
    {
        var paragraphs = new List<IReadOnlyList<CitedSentence>>();
        var open = new List<CitedSentence>();
        foreach (var unit in units.OrderBy(u => u == lead ? 0 : 1).ThenBy(u => Background.Is(u[0].Text, storyYear) ? 1 : 0)
            .ThenByDescending(u => corpus.Articles[u[0].Article].Published?.UtcDateTime.Date ?? DateTime.MinValue)
            .ThenBy(u => (double)u[0].Position / Math.Max(1, corpus.SentenceCounts[u[0].Article])).ThenByDescending(u => u[0].Score))
        {
            if (unit.Count > 1)
            {
                Flush();
                paragraphs.Add(Items(unit, corpus));
                continue;
            }

            open.Add(Cite(unit[0], corpus));
            if (open.Count >= ParagraphSentences)
            {
                Flush();
            }
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (open.Count > 0)
            {
                paragraphs.Add(open);
                open = [];
            }
        }
    }

    /// <summary>
    /// The sentence with every article that supports it, and the outlets that said the same in their
    /// own words: never credited with a name or number they do not report, nor for the story's topic
    /// words alone (<see cref="Support.TopicWords"/>: one of their sentences holds a term of this one
    /// beyond them).
    /// </summary>
    private static CitedSentence Cite(SourceSentence sentence, StoryCorpus corpus)
    {
        var topic = Support.TopicWords(sentence.Terms, corpus);
        var own = sentence.Numbers.Count > 0 ? [] : sentence.Terms.Where(t => !topic.Contains(t)).Distinct(StringComparer.Ordinal).ToList();
        return new(sentence.Text, Support.Cites(sentence.Text, corpus, sentence.Article)
            .Concat(sentence.AlsoReportedBy.Order()
                .Where(a => Support.Supports(corpus.Evidence[a], [], sentence.Names, sentence.Numbers)
                    && (own.Count == 0 || corpus.Evidence[a].SentenceTerms.Any(s => own.Exists(s.Contains))))
                .Select(a => corpus.Articles[a].Id))
            .Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>A unit's paragraph items: a quotation taken whole (<see cref="Quotations"/>) is one item, so it is read and checked whole; every other sentence is one.</summary>
    private static List<CitedSentence> Items(List<SourceSentence> unit, StoryCorpus corpus)
    {
        var items = new List<CitedSentence>();
        var open = new List<SourceSentence>();
        foreach (var sentence in unit)
        {
            open.Add(sentence);
            if (!sentence.WithinQuotation && !(sentence.QuotationSpeaker is not null && sentence.QuotationSentences > 1))
            {
                items.Add(open.Count == 1 ? Cite(sentence, corpus) : Cite(open, corpus));
                open = [];
            }
        }

        return items;
    }

    /// <summary>A unit as one bullet: its sentences joined, cited by the articles that support every one of them.</summary>
    private static CitedSentence Cite(List<SourceSentence> unit, StoryCorpus corpus)
    {
        var cites = unit.Select(s => Cite(s, corpus).Cites).Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal).ToList());
        return new CitedSentence(string.Join(' ', unit.Select(s => s.Text)), cites);
    }

    /// <summary>The sources list: every article the story cites, in input order; all on-topic articles when nothing is cited.</summary>
    private static List<StorySource> Sources(StoryCorpus corpus, IReadOnlyList<Article> input, List<StorySection> sections, IReadOnlyList<string> ledeCites, List<StoryFact> facts)
    {
        var cited = new HashSet<string>(ledeCites, StringComparer.Ordinal);
        foreach (var sentence in sections.SelectMany(s => s.Paragraphs.SelectMany(p => p).Concat(s.Bullets)))
        {
            cited.UnionWith(sentence.Cites);
        }

        foreach (var fact in facts)
        {
            cited.UnionWith(fact.Cites);
        }

        var listed = cited.Count > 0
            ? input.Where(a => cited.Contains(a.Id))
            : corpus.Articles.Where((_, i) => !corpus.OffTopic.Contains(i));
        return listed.DistinctBy(a => a.Id).Select(a => new StorySource(a.Id, a.Source, a.Title, a.Url, a.Published)).ToList();
    }
}
