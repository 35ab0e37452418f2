namespace Newsdesk.Writing.Extractive;

/// <summary>One sentence of one source article, with what the writer measures about it.</summary>
internal sealed class SourceSentence
{
    public required int Article { get; init; }

    /// <summary>Index of the sentence in its article (0 = the article's lede).</summary>
    public required int Position { get; init; }

    public required string Text { get; init; }

    public required int Words { get; init; }

    /// <summary>Stemmed content terms.</summary>
    public required IReadOnlyList<string> Terms { get; init; }

    /// <summary>Lowercase capitalised words that are not sentence-initial: the names a supporting source must also hold.</summary>
    public required IReadOnlyList<string> Names { get; init; }

    /// <summary>Numbers as written without thousands separators.</summary>
    public required IReadOnlyList<string> Numbers { get; init; }

    public required bool IsQuote { get; init; }

    /// <summary>Quotes only in passing (<see cref="SentenceFeatures.QuotesInPassing"/>): reporting in the writer's voice with a quoted word or phrase.</summary>
    public bool QuotesInPassing { get; init; }

    public required bool IsAttributed { get; init; }

    public required bool IsFuture { get; init; }

    /// <summary>Page furniture or boilerplate (<see cref="SentenceFilters.IsBoilerplate"/>): not reporting, so it says nothing about what an article is about.</summary>
    public bool IsFurniture { get; init; }

    /// <summary>Readable as one sentence of a quotation that runs over several (<see cref="Quotations"/>): of a sentence's length and shape, not furniture.</summary>
    public bool ReadsInQuotation { get; init; }

    /// <summary>
    /// The first sentence of a quotation that runs over several sentences and is taken whole
    /// (<see cref="Quotations"/>): the quotation's sentences are its chain, and its speaker is
    /// <see cref="QuotationSpeaker"/>. Null for any other sentence.
    /// </summary>
    public string? QuotationSpeaker { get; set; }

    /// <summary>Sentences of the quotation a <see cref="QuotationSpeaker"/> sentence opens, itself included.</summary>
    public int QuotationSentences { get; set; }

    /// <summary>On the sentence that closes such a quotation: the quotation whole, as one sentence, for telling whether it says what another sentence says.</summary>
    public SourceSentence? QuotationWhole { get; set; }

    /// <summary>A sentence of such a quotation before the one that closes it: never taken without the rest.</summary>
    public bool WithinQuotation { get; set; }

    /// <summary>Whether the sentence may be used at all (not boilerplate, readable, self-contained).</summary>
    public required bool Usable { get; init; }

    /// <summary>
    /// Readable, but leans on the sentence before it ("He said...", a quotation continued):
    /// usable only right after <see cref="Predecessor"/>.
    /// </summary>
    public required bool Dependent { get; init; }

    /// <summary>
    /// The sentence just before a dependent one in the same article, which it needs: a usable one, or
    /// a dependent one that has a predecessor itself (a chain of at most <see cref="StoryCorpus.MaxUnitSentences"/>
    /// sentences that opens with a usable one).
    /// </summary>
    public SourceSentence? Predecessor { get; set; }

    /// <summary>
    /// The sentence just before a dependent one that it reads on from in its article's paragraph, as the
    /// reporter wrote it, back to a usable sentence however long the run (<see cref="StoryCorpus.MaxRunSentences"/>
    /// at most): the chain a story that runs out of usable sentences may still take (<see cref="ExtractiveWriter"/>).
    /// Its "he" or "she" needs a person the sentence before names, as in any chain.
    /// </summary>
    public SourceSentence? ReadsOnFrom { get; set; }

    /// <summary>Sentences before this one in its run (<see cref="ReadsOnFrom"/>) back to the usable one that opens it.</summary>
    public int RunDepth => ReadsOnFrom is null ? 0 : 1 + ReadsOnFrom.RunDepth;

    /// <summary>The sentences this one needs before it, nearest first, back to the usable one that opens its chain.</summary>
    public IEnumerable<SourceSentence> Predecessors
    {
        get
        {
            for (var p = Predecessor; p is not null; p = p.Predecessor)
            {
                yield return p;
            }
        }
    }

    /// <summary>Whether selection may take the sentence (alone, or with its predecessor).</summary>
    public bool Selectable => Usable || (Predecessor is not null && !WithinQuotation);

    /// <summary>Whether the sentence opens a unit: a usable sentence, or the first of a quotation taken whole.</summary>
    public bool OpensUnit => Usable || QuotationSpeaker is not null;

    /// <summary>Other articles that said the same in their own words (<see cref="Paraphrases"/>): left out of the story, credited beside this sentence.</summary>
    public HashSet<int> AlsoReportedBy { get; } = [];

    /// <summary>What the sentence says, for finding paraphrases (computed when first needed).</summary>
    public Paraphrases.Gist Gist => gist ??= Paraphrases.Of(Text);

    private Paraphrases.Gist? gist;

    /// <summary>L2-normalised TF-IDF vector, filled once IDF is known.</summary>
    public Dictionary<string, double> Vector { get; set; } = [];

    /// <summary>Centrality score, filled by <see cref="Centrality"/>.</summary>
    public double Score { get; set; }
}
