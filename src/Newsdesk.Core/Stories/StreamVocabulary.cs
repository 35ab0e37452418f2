namespace Newsdesk.Stories;

/// <summary>
/// What the stream itself teaches about words: running document frequencies (for IDF) and how
/// often each word is written with a capital in the middle of a sentence-case sentence (for
/// named entities). Counts age: every <see cref="AgingDocuments"/> documents they are halved and
/// words whose counts fall below one are forgotten, so memory stays bounded on an endless stream.
/// A stream of ever-new words (random tokens, one line after another) would fill it before the
/// next halving: at <see cref="MaxTerms"/> words the counts are halved early.
/// </summary>
internal sealed class StreamVocabulary
{
    /// <summary>Documents between two halvings of every count.</summary>
    public const int AgingDocuments = 50_000;

    /// <summary>
    /// Words held at most; reaching it halves the counts early (forgetting the words seen once).
    /// Real streams stay far below it: the month of real feeds (15,370 articles) holds about 41,000
    /// words, the cluster bench's synthetic stream about 75,000 between two halvings. About 110
    /// bytes a word, so about 35 MB.
    /// </summary>
    public const int MaxTerms = 300_000;

    /// <summary>Share of <see cref="MaxTerms"/> that early halvings (repeated if need be) bring the words under, so they are not repeated at every new word.</summary>
    public const double EarlyAgingTarget = 0.75;

    /// <summary>Least number of case observations before the statistics overrule the word's own capital.</summary>
    public const double MinCaseEvidence = 2;

    /// <summary>Share of capitalised mid-sentence uses above which a word is a name ("Snowden", "Comcast").</summary>
    public const double EntityCapitalShare = 0.8;

    private sealed class Stats
    {
        public double Df;
        public double Upper;
        public double Lower;

        /// <summary>Documents naming the word lately, each counted less as time passes (<see cref="SeeNames"/>).</summary>
        public double Recent;

        public DateTimeOffset RecentAt;
    }

    private readonly Dictionary<string, Stats> _terms = new(StringComparer.Ordinal);
    private int _sinceAging;

    /// <summary>Documents seen (aged with the counts).</summary>
    public double Documents { get; private set; }

    public int Count => _terms.Count;

    /// <summary>Inverse document frequency from the documents seen so far (smoothed, at least 1).</summary>
    public double Idf(string term)
    {
        var df = _terms.TryGetValue(term, out var s) ? s.Df : 0;
        return Math.Log((Documents + 1) / (df + 1)) + 1;
    }

    /// <summary>
    /// Documents that named the word lately, at <paramref name="at"/>: each document counts 1 when
    /// it arrives and half as much every <paramref name="halfLife"/> after (see <see cref="SeeNames"/>).
    /// </summary>
    public double RecentDocuments(string term, DateTimeOffset at, TimeSpan halfLife) =>
        _terms.TryGetValue(term, out var s) && s.Recent > 0 ? s.Recent * Halving(at - s.RecentAt, halfLife) : 0;

    /// <summary>Counts one document's names at its time (stream time), for <see cref="RecentDocuments"/>.</summary>
    public void SeeNames(TermVector names, DateTimeOffset at, TimeSpan halfLife)
    {
        foreach (var (name, _) in names.Terms)
        {
            var s = Get(name);
            s.Recent = (s.Recent * Halving(at - s.RecentAt, halfLife)) + 1;
            if (at > s.RecentAt)
            {
                s.RecentAt = at;
            }
        }
    }

    private static double Halving(TimeSpan since, TimeSpan halfLife) =>
        since <= TimeSpan.Zero ? 1 : Math.Pow(0.5, since / halfLife);

    /// <summary>
    /// Whether a term is specific to a few documents of the stream: at most <paramref name="maxShare"/>
    /// of the documents seen so far hold it, or at most <paramref name="floor"/> documents (so a
    /// young stream, which has seen too few documents for a share to mean anything, still has
    /// specific terms). "Covid", "Trump" or "China" in May 2020 are not specific; "Cummings" on
    /// the day his trip was reported is.
    /// </summary>
    public bool IsSpecific(string term, double maxShare, double floor)
    {
        var df = _terms.TryGetValue(term, out var s) ? s.Df : 0;
        return df <= Math.Max(floor, maxShare * Documents);
    }

    /// <summary>
    /// Whether a word is a name: by what the stream says when it has seen enough, else by its own
    /// capital when that capital means something (mid-sentence, in sentence-case text).
    /// </summary>
    public bool IsEntity(string surface, bool capitalisedHere, bool informative)
    {
        if (_terms.TryGetValue(surface, out var s) && s.Upper + s.Lower >= MinCaseEvidence)
        {
            return s.Upper / (s.Upper + s.Lower) >= EntityCapitalShare;
        }

        return capitalisedHere && informative;
    }

    /// <summary>
    /// Counts the word's case where it is <paramref name="informative"/> (mid-sentence in
    /// sentence-case text), then answers <see cref="IsEntity"/>, with one lookup of the word (the
    /// clusterer reads every word this way).
    /// </summary>
    public bool ObserveEntity(string surface, bool capitalised, bool informative)
    {
        if (!informative)
        {
            return IsEntity(surface, capitalised, informative: false);
        }

        var s = Get(surface);
        if (capitalised)
        {
            s.Upper++;
        }
        else
        {
            s.Lower++;
        }

        return s.Upper + s.Lower >= MinCaseEvidence ? s.Upper / (s.Upper + s.Lower) >= EntityCapitalShare : capitalised;
    }

    /// <summary>Counts one document's distinct terms.</summary>
    public void AddDocument(IEnumerable<string> distinctTerms)
    {
        foreach (var term in distinctTerms)
        {
            Get(term).Df++;
        }

        Documents++;
        if (++_sinceAging >= AgingDocuments)
        {
            Age();
        }
    }

    private Stats Get(string key)
    {
        if (!_terms.TryGetValue(key, out var s))
        {
            if (_terms.Count >= MaxTerms)
            {
                do
                {
                    Age();
                }
                while (_terms.Count >= MaxTerms * EarlyAgingTarget);
            }

            s = new Stats();
            _terms.Add(key, s);
        }

        return s;
    }

    private void Age()
    {
        _sinceAging = 0;
        Documents /= 2;
        var forget = new List<string>();
        foreach (var (key, s) in _terms)
        {
            s.Df /= 2;
            s.Upper /= 2;
            s.Lower /= 2;
            if (s.Df < 1 && s.Upper + s.Lower < 1)
            {
                forget.Add(key);
            }
        }

        foreach (var key in forget)
        {
            _terms.Remove(key);
        }
    }
}
