using Newsdesk.Articles;

namespace Newsdesk.Stories;

/// <summary>
/// Online, incremental story clustering over a sliding time window (docs/stories.md). Each article
/// is placed using only the articles before it: it joins the open story it is most similar to
/// (centroid and nearest recent member, damped by the time since the story's last article), or
/// starts a new one. Candidates come from an inverted index over the article's strongest terms;
/// stories and their postings expire when the window passes them. When an article binds two
/// stories whose centroids agree, the younger is merged into the older and the merge is logged.
/// Deterministic: the same articles in the same order give the same stories, so the state is
/// rebuilt by replaying them. Not thread-safe: one clusterer places one stream.
/// <para>
/// Memory is flat in the length of the stream (issue #17): a story that closes drops its core
/// articles' vectors (<see cref="StoryState.Close"/>), at most <see cref="MaxOpenStories"/> stories are
/// open (beyond it the one that has gone longest without an article closes early: only a stream
/// whose clock stands still, such as undated lines, gets there), the expiry queue holds no closed
/// story (<see cref="CompactExpiry"/>), and the vocabulary and the thread memory have their own bounds.
/// </para>
/// </summary>
public sealed class StoryClusterer
{
    /// <summary>
    /// Strongest article terms used to look up candidate stories (default of
    /// <see cref="StoryClustererOptions.QueryTerms"/>). 20 since session 10 (was 12): on gva-events'
    /// development part 42 follow-ups were never candidates of the story holding their incident.
    /// </summary>
    public const int QueryTerms = 20;

    /// <summary>
    /// Strongest article names also used to look up candidate stories when they are not among its
    /// <see cref="QueryTerms"/> strongest terms. An article joins only a story it shares a name with,
    /// so a story that names what the article names must be a candidate: a side report ("Hero student
    /// smashed window to free trapped train passengers", the bundled demo) has its own strongest words
    /// and names the bridge of the derailment further down. 8 since session 10 (was 4).
    /// </summary>
    public const int QueryNames = 8;

    /// <summary>Strongest article terms under which the story it joins is indexed (20 since session 10, was 10).</summary>
    public const int IndexTermsPerArticle = 20;

    /// <summary>Strongest article names under which the story it joins is also indexed (since session 10), so <see cref="QueryNames"/> finds it.</summary>
    public const int IndexNamesPerArticle = 8;

    /// <summary>Candidate stories whose centroid is compared at most (those sharing the most weight with the article).</summary>
    public const int MaxCandidates = 24;

    /// <summary>Candidates (closest centroids first) also compared with their recent members and time.</summary>
    public const int MaxFullyScored = 6;

    /// <summary>Entries kept in the merge log (the oldest are dropped beyond it).</summary>
    public const int MaxMergeLog = 10_000;

    /// <summary>
    /// Stories open at once at most; beyond it the story that has gone the most articles without a
    /// new one closes early. Time closes stories on a dated stream long before this: the month of
    /// real feeds (bench-data/real-feeds-2020-05) peaks at about 1,600 open stories in its 7-day
    /// window, the cluster bench's synthetic stream (3,333 articles a day) at about 650. A stream
    /// whose clock does not move (lines without dates) would otherwise keep every story open: about
    /// 20 KB each, so this bounds open stories to about 100 MB.
    /// </summary>
    public const int MaxOpenStories = 5_000;

    /// <summary>Expiry entries beyond twice the open stories before the queue is compacted (amortises the pass).</summary>
    public const int ExpirySlack = 1_024;

    private readonly StoryClustererOptions _options;
    private readonly StreamVocabulary _vocabulary = new();
    private readonly ArticleFeatures _features;
    private readonly StoryIndex _index = new();
    private readonly StoryThreads _threads;
    private readonly StreamClock _clock;
    private readonly Dictionary<string, StoryState> _open = new(StringComparer.Ordinal);
    private readonly Queue<(DateTimeOffset At, StoryState? Story)> _expiry = new();
    private readonly LinkedList<StoryState> _recency = new();
    /// <summary>The candidate stories of the article being ranked, in the order the lookup first met them (each with its shared weight, <see cref="StoryState.LookupWeight"/>).</summary>
    private readonly List<StoryState> _candidates = [];

    /// <summary>The <see cref="MaxCandidates"/> candidates sharing the most weight, most first (ties: the older story).</summary>
    private readonly List<StoryState> _strongest = new(MaxCandidates + 1);

    /// <summary>Counts the lookups, so a story's <see cref="StoryState.LookupStamp"/> tells whether its weight is this lookup's.</summary>
    private long _lookups;
    private readonly Queue<StoryMerge> _mergeLog = new();
    private readonly List<(StoryState Story, double Centroid)> _scored = [];

    /// <summary>For each name, how many open stories' cores hold it (<see cref="SharesIncidentName"/>); bounded by the open stories' core names.</summary>
    private readonly Dictionary<string, int> _nameStories = new(StringComparer.Ordinal);
    private readonly int _expirySlack;
    private StoryState? _tentative;
    private int _nextOrdinal;

    public StoryClusterer(StoryClustererOptions? options = null)
        : this(options, ExpirySlack)
    {
    }

    /// <summary>For tests: <paramref name="expirySlack"/> 0 compacts the expiry queue at every opening story, <see cref="int.MaxValue"/> never.</summary>
    internal StoryClusterer(StoryClustererOptions? options, int expirySlack)
    {
        _expirySlack = expirySlack;
        _options = options ?? new StoryClustererOptions();
        _options.Validate();
        _features = new ArticleFeatures(_options, _vocabulary);
        _clock = new StreamClock(_options.Window);
        _threads = new StoryThreads(_options, _vocabulary, _features.Lines);
    }

    /// <summary>Stories currently open (inside the window).</summary>
    public int OpenStories => _open.Count;

    /// <summary>Entries in the expiry queue (at most twice the open stories plus <see cref="ExpirySlack"/>).</summary>
    public int ExpiryEntries => _expiry.Count;

    /// <summary>Terms in the inverted index.</summary>
    public int IndexedTerms => _index.Terms;

    /// <summary>How long after a story's last article a new story can be linked to it (its thread).</summary>
    public TimeSpan ThreadHorizon => _options.ThreadHorizon;

    /// <summary>Stories that a new story can still be linked to as a development (open or closed within the thread horizon).</summary>
    public int RememberedStories => _threads.Remembered;

    /// <summary>Words the stream's vocabulary holds statistics for (document frequency, case).</summary>
    public int VocabularyTerms => _vocabulary.Count;

    /// <summary>The most recent merges, oldest first.</summary>
    public IReadOnlyCollection<StoryMerge> MergeLog => _mergeLog;

    /// <summary>Places one article; returns its story and any merges it caused.</summary>
    public ClusterAssignment Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        LastJoinNote = null;
        LastLinkNote = null;
        LastProfile = null;
        _candidates.Clear();
        _strongest.Clear();
        _scored.Clear();
        var mark = Mark();
        var placed = _clock.Place(article.Published);
        var at = placed.At;
        if (_tentative is { } tentative)
        {
            // The previous article jumped ahead; its story opens for others only if this article confirms the jump.
            _tentative = null;
            if (placed.ConfirmsJump)
            {
                Register(tentative);
            }
        }

        Expire();
        mark = Lap(StageTimes.Stage.Expire, mark);
        if (placed.Tentative)
        {
            var alone = NewStory(at);
            alone.Add(_features.Profile(article), at);
            alone.CoreHasText = !string.IsNullOrWhiteSpace(article.Text);
            _tentative = alone;
            return new ClusterAssignment(article.Id ?? "", alone.Id, true, 0, [], alone.ThreadId);
        }

        var profile = _features.Profile(article);
        LastProfile = profile;
        _vocabulary.SeeNames(profile.Names, at, _options.RecurringHalfLife);
        Lap(StageTimes.Stage.Features, mark);
        var headline = string.IsNullOrWhiteSpace(article.Text);
        var (best, bestScore, second, secondScore) = Rank(profile, at, headline);
        mark = Mark();

        var threshold = string.IsNullOrWhiteSpace(article.Text) ? _options.HeadlineJoinThreshold : _options.JoinThreshold;
        if (best is null || bestScore < threshold)
        {
            if (Explaining)
            {
                LastJoinNote = ExplainRefusals(profile, at, headline);
            }

            var story = Open(at);
            var link = LinkThread(story, profile, at);
            mark = Lap(StageTimes.Stage.Open, mark);
            Join(story, profile, at, headline);
            Lap(StageTimes.Stage.Join, mark);
            return new ClusterAssignment(article.Id ?? "", story.Id, true, 0, [], story.ThreadId, link);
        }

        var merges = new List<StoryMerge>(0);
        if (second is not null && secondScore >= Math.Max(threshold, _options.MergeThreshold))
        {
            var agreement = best.CoreCentroid.Cosine(second.CoreCentroid);
            if (agreement >= _options.CentroidMergeThreshold)
            {
                var (into, from) = best.Ordinal < second.Ordinal ? (best, second) : (second, best);
                Merge(from, into, at, article.Id ?? "", agreement, merges);
                best = into;
            }
        }

        if (Explaining)
        {
            LastJoinNote = ExplainJoin(best, profile);
        }

        Join(best, profile, at, headline);
        Lap(StageTimes.Stage.Join, mark);
        return new ClusterAssignment(article.Id ?? "", best.Id, false, bestScore, merges, best.ThreadId);
    }

    private (StoryState? Best, double BestScore, StoryState? Second, double SecondScore) Rank(ArticleProfile profile, DateTimeOffset at, bool headline)
    {
        var mark = Mark();
        var vector = profile.Vector;
        _candidates.Clear();
        var lookup = ++_lookups;
        var queried = 0;
        foreach (var (term, weight) in vector.Terms)
        {
            if (queried++ == _options.QueryTerms)
            {
                break;
            }

            Gather(_index.Postings(term), weight, lookup);
        }

        queried = 0;
        foreach (var (name, _) in profile.Names.Terms)
        {
            if (queried++ == _options.QueryNames)
            {
                break;
            }

            if (vector.Lookup.TryGetValue(name, out var weight) && !IsQueried(vector, name, _options.QueryTerms))
            {
                Gather(_index.Postings(name), weight, lookup);
            }
        }

        Strongest();

        mark = Lap(StageTimes.Stage.Lookup, mark);

        // Stage one: centroid cosine for the stories sharing the most weight with the article.
        _scored.Clear();
        foreach (var story in _strongest)
        {
            if (at - story.FirstSeen > _options.Window)
            {
                continue;
            }

            _scored.Add((story, story.CoreCentroid.Cosine(vector)));
        }

        _scored.Sort(static (a, b) => b.Centroid != a.Centroid ? b.Centroid.CompareTo(a.Centroid) : a.Story.Ordinal.CompareTo(b.Story.Ordinal));
        mark = Lap(StageTimes.Stage.Centroids, mark);

        // Stage two: the full score (with the nearest recent member and time) for the closest few.
        StoryState? best = null, second = null;
        double bestScore = 0, secondScore = 0;
        var share = _options.NeighbourShare;
        for (var i = 0; i < _scored.Count && i < MaxFullyScored; i++)
        {
            var (story, centroid) = _scored[i];
            mark = Lap(StageTimes.Stage.FullScore, mark);
            var nearest = story.NearestCore(vector);
            mark = Lap(StageTimes.Stage.Nearest, mark);
            var similarity = ((1 - share) * centroid) + (share * nearest);
            if ((!headline && !NamesAgree(story, profile, similarity, at)) || !LanguageBridge.Allows(story.Core, profile))
            {
                continue;
            }

            if (at - story.FirstSeen > _options.SettledAfter && !JoinsLate(story, profile, similarity, at))
            {
                continue;
            }

            var score = Score(story, similarity, at, DecaysAsHeadline(story, profile, at, headline));
            if (best is null || score > bestScore || (score == bestScore && story.Ordinal < best.Ordinal))
            {
                (second, secondScore) = (best, bestScore);
                (best, bestScore) = (story, score);
            }
            else if (second is null || score > secondScore || (score == secondScore && story.Ordinal < second.Ordinal))
            {
                (second, secondScore) = (story, score);
            }
        }

        Lap(StageTimes.Stage.FullScore, mark);
        return (best, bestScore, second, secondScore);
    }

    /// <summary>
    /// Adds <paramref name="weight"/> to what each story of <paramref name="postings"/> shares with the
    /// article, kept on the story itself (<see cref="StoryState.LookupWeight"/>, valid for this
    /// <paramref name="lookup"/>) instead of a dictionary: the lookup adds up to about 1,800 postings
    /// an article. The sums are made in the same order as before, so they are the same numbers.
    /// </summary>
    private void Gather(IReadOnlyList<StoryState> postings, double weight, long lookup)
    {
        for (var i = 0; i < postings.Count; i++)
        {
            var story = postings[i];
            if (story.LookupStamp != lookup)
            {
                story.LookupStamp = lookup;
                story.LookupWeight = weight;
                _candidates.Add(story);
            }
            else
            {
                story.LookupWeight += weight;
            }
        }
    }

    /// <summary>
    /// Keeps the <see cref="MaxCandidates"/> candidates sharing the most weight, most first, ties to the
    /// older story (the lowest ordinal): the first of the candidates sorted that way, found by insertion
    /// into a short list instead of sorting them all (an article has hundreds).
    /// </summary>
    private void Strongest()
    {
        _strongest.Clear();
        foreach (var story in _candidates)
        {
            if (_strongest.Count == MaxCandidates && !Ahead(story, _strongest[^1]))
            {
                continue;
            }

            var at = _strongest.Count;
            while (at > 0 && Ahead(story, _strongest[at - 1]))
            {
                at--;
            }

            _strongest.Insert(at, story);
            if (_strongest.Count > MaxCandidates)
            {
                _strongest.RemoveAt(MaxCandidates);
            }
        }

        static bool Ahead(StoryState a, StoryState b) =>
            a.LookupWeight > b.LookupWeight || (a.LookupWeight == b.LookupWeight && a.Ordinal < b.Ordinal);
    }

    /// <summary>
    /// Diagnostics for the bench (`cluster --realfeeds-why`, `--join-dump`): when set, <see cref="LastJoinNote"/>
    /// says what joined each article to its story (similarity to the core, names cosine, the cosine on the
    /// words that are not names, the names shared with the core: ~ not specific, @ a place), or, for an
    /// article that opened a story, the same for the closest candidates and what refused them.
    /// </summary>
    internal bool Explaining { get; set; }

    internal string? LastJoinNote { get; private set; }

    /// <summary>Diagnostics for the bench (`cluster --links-why`): with <see cref="Explaining"/>, why the last story opened was linked to its earlier story (<see cref="StoryThreads.Explain"/>).</summary>
    internal string? LastLinkNote { get; private set; }

    /// <summary>Diagnostics for the bench (`cluster --speed --profile`): when set, the time spent in each stage of <see cref="Add"/>.</summary>
    internal StageTimes? Stages { get; set; }

    private long Mark() => Stages is null ? 0 : StageTimes.Now();

    private long Lap(StageTimes.Stage stage, long since) => Stages is null ? 0 : Stages.Lap(stage, since);

    /// <summary>Diagnostics for the bench (`cluster --misses`): what the clusterer read of the last article it ranked (null when its date was tentative).</summary>
    internal ArticleProfile? LastProfile { get; private set; }

    /// <summary>Diagnostics for the bench: the candidate stories of the last article ranked, with the weight each shares with it.</summary>
    internal IReadOnlyDictionary<StoryState, double> LastCandidates => _candidates.ToDictionary(s => s, s => s.LookupWeight);

    /// <summary>Diagnostics for the bench: the candidates of the last article ranked whose core centroid was compared, closest first.</summary>
    internal IReadOnlyList<(StoryState Story, double Centroid)> LastScored => _scored;

    /// <summary>Diagnostics for the bench: the open story with this id, if any.</summary>
    internal StoryState? OpenStory(string id) => _open.GetValueOrDefault(id);

    /// <summary>Diagnostics for the bench: why <paramref name="story"/> did not take the last article ranked (names, settled, low score, or outscored), with what <see cref="Explaining"/> notes.</summary>
    internal string WhyNot(StoryState story, DateTimeOffset at, bool headline)
    {
        var profile = LastProfile ?? throw new InvalidOperationException("no article was ranked");
        var share = _options.NeighbourShare;
        var sim = ((1 - share) * story.CoreCentroid.Cosine(profile.Vector)) + (share * story.NearestCore(profile.Vector));
        var score = Score(story, sim, at, DecaysAsHeadline(story, profile, at, headline));
        var names = !headline && !NamesAgree(story, profile, sim, at);
        var late = at - story.FirstSeen > _options.SettledAfter && !JoinsLate(story, profile, sim, at);
        var threshold = headline ? _options.HeadlineJoinThreshold : _options.JoinThreshold;
        return (names ? "names" : late ? "late" : score < threshold ? "low" : "outscored")
            + FormattableString.Invariant($" score {score:F2} ") + ExplainJoin(story, profile);
    }

    private string ExplainRefusals(ArticleProfile profile, DateTimeOffset at, bool headline)
    {
        var notes = new List<string>();
        var share = _options.NeighbourShare;
        for (var i = 0; i < _scored.Count && i < 3; i++)
        {
            var (story, centroid) = _scored[i];
            var sim = ((1 - share) * centroid) + (share * story.NearestCore(profile.Vector));
            var score = Score(story, sim, at, DecaysAsHeadline(story, profile, at, headline));
            var names = !headline && !NamesAgree(story, profile, sim, at);
            var late = at - story.FirstSeen > _options.SettledAfter && !JoinsLate(story, profile, sim, at);
            notes.Add(FormattableString.Invariant($"{story.Id}({story.Articles}) score {score:F2} {(names ? "NAMES " : "")}{(late ? "LATE " : "")}{ExplainJoin(story, profile)}"));
        }

        return "opens; " + string.Join(" | ", notes);
    }

    private string ExplainJoin(StoryState story, ArticleProfile profile)
    {
        var share = _options.NeighbourShare;
        var sim = ((1 - share) * story.CoreCentroid.Cosine(profile.Vector)) + (share * story.NearestCore(profile.Vector));
        var shared = new List<string>();
        foreach (var (name, _) in profile.Names.Terms)
        {
            if (story.CoreNames.Weights.ContainsKey(name))
            {
                var specific = _vocabulary.IsSpecific(name, _options.SpecificNameShare, _options.SpecificNameFloor);
                var place = profile.Places is not null && profile.Places.ContainsKey(name);
                shared.Add((specific ? "" : "~") + name + (place ? "@" : "") + FormattableString.Invariant($"/{_nameStories.GetValueOrDefault(name)}/{_vocabulary.RecentDocuments(name, _clock.Now, _options.RecurringHalfLife):F0}"));
            }
        }

        var topic = StoryThreads.TopicCosine(story, profile);
        return FormattableString.Invariant($"age {(_clock.Now - story.FirstSeen).TotalHours:F0}h sim {sim:F2} names {story.CoreNames.Cosine(profile.Names):F2} topic {topic:F2} empty {(profile.Names.IsEmpty ? 1 : 0)}{(story.CoreNames.IsEmpty ? 1 : 0)} [{string.Join(' ', shared)}]");
    }

    /// <summary>Whether <paramref name="term"/> is among the <see cref="QueryTerms"/> strongest terms of the vector (already looked up).</summary>
    private static bool IsQueried(TermVector vector, string term, int queried)
    {
        for (var i = 0; i < vector.Terms.Length && i < queried; i++)
        {
            if (vector.Terms[i].Key == term)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an article with text names the people and places of the story's core: the cosine
    /// of their names is at least <see cref="StoryClustererOptions.NameAgreement"/> and they share
    /// a specific name (<see cref="SpecificNames"/>) unless the article is clearly close to the
    /// core (<see cref="StoryClustererOptions.ClearJoinThreshold"/>). Sharing the
    /// words of a topic ("shot", "police", "wounded") is not enough to report the same happening,
    /// and neither is one shared name that the stream keeps meeting (a city, a politician) without
    /// agreement on what happened (<see cref="StoryClustererOptions.SingleAnchorTopicAgreement"/>).
    /// An article or a core without names is held only to <see cref="StoryClustererOptions.NamelessJoinThreshold"/>.
    /// Before all that, an article that places its happening in other towns, or at other times of day, than the core's
    /// articles of its own outlet does not join (one outlet does not report one happening twice in two towns; its
    /// template items, a quake bot's, report many happenings; an article of no known outlet is not held to it) (<see cref="StoryClustererOptions.JoinTownsMustAgree"/>, <see cref="StoryClustererOptions.JoinTimesMustAgree"/>,
    /// <see cref="StoryClustererOptions.JoinMagnitudesMustAgree"/>: two magnitudes at other times are two quakes). A shared name that the
    /// core never writes as the article does is not shared (<see cref="StoryClustererOptions.JoinNamesAsWritten"/>).
    /// </summary>
    private bool NamesAgree(StoryState story, ArticleProfile profile, double similarity, DateTimeOffset at)
    {
        if (profile.Outlet is not null
            && ((profile.Towns is not null && HappeningMarks.Disagree(profile.Towns, story.CoreTowns(profile.Outlet)))
                || (_options.JoinTimesMustAgree && profile.Times is not null && HappeningMarks.Disagree(profile.Times, story.CoreTimes(profile.Outlet)))
                || (profile.Magnitudes is not null && HappeningMarks.Disagree(profile.Magnitudes, story.CoreMagnitudes(profile.Outlet))
                    && !(profile.Times is not null && story.CoreTimes(profile.Outlet) is { } times && times.Overlaps(profile.Times)))))
        {
            return false;
        }

        var clearlyClose = similarity >= _options.ClearJoinThreshold;
        if (profile.Names.IsEmpty || story.CoreNames.IsEmpty)
        {
            return clearlyClose || similarity >= _options.NamelessJoinThreshold;
        }

        if (story.CoreNames.Cosine(profile.Names) < _options.NameAgreement)
        {
            return false;
        }

        if (clearlyClose)
        {
            return true;
        }

        var ignored = _options.JoinNamesMustAgree ? SpecificNames.Disagreeing(story.CoreNames, profile)?.ToHashSet(StringComparer.Ordinal) : null;
        if (_options.JoinNamesAsWritten && story.NamesWrittenOtherwise(profile) is { } otherwise)
        {
            (ignored ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(otherwise);
        }
        if (_options.OneNameHappening > 0 && !OneNameHappens(story, profile, at, ignored))
        {
            return false;
        }

        if (_options.IncidentNameAgrees && SharesIncidentName(story, profile, at, ignored)
            && (!_options.RareNameTopicOnIncidents || StoryThreads.TopicCosine(story, profile) >= _options.RareNameTopicFloor))
        {
            return true;
        }

        if (!SpecificNames.Shared(story.CoreNames, profile, _vocabulary, _options, similarity < _options.PlaceJoinThreshold, ignored))
        {
            return false;
        }

        if (_options.SingleAnchorTopicAgreement <= 0)
        {
            return true;
        }

        var (anchors, recent) = SpecificNames.Anchors(story.CoreNames, profile, _vocabulary, _options, at, ignored);
        if (anchors >= 2)
        {
            return true;
        }

        if (recent <= _options.RecurringNameDocuments && _options.RareNameTopicFloor <= 0)
        {
            return true;
        }

        var topic = StoryThreads.TopicCosine(story, profile);
        return topic >= _options.SingleAnchorTopicAgreement
            || (recent <= _options.RecurringNameDocuments && topic >= _options.RareNameTopicFloor);
    }

    /// <summary>
    /// Whether an article that shares one specific name with the core also agrees with it on what happened
    /// (<see cref="StoryClustererOptions.OneNameHappening"/>): a word that is no name, or a number. Two or more shared
    /// names pass, and so does a shared place alone or no specific name at all, unless
    /// <see cref="StoryClustererOptions.OneNameHappeningHoldsPlaces"/> (the other rules decide those).
    /// </summary>
    private bool OneNameHappens(StoryState story, ArticleProfile profile, DateTimeOffset at, HashSet<string>? ignored)
    {
        if (SpecificNames.Anchors(story.CoreNames, profile, _vocabulary, _options, at, ignored).Count >= 2
            || (!_options.OneNameHappeningHoldsPlaces && !SpecificNames.Shared(story.CoreNames, profile, _vocabulary, _options, moreThanAPlace: true, ignored)))
        {
            return true;
        }

        return StoryThreads.TopicCosine(story, profile, ignored) >= _options.OneNameHappening
            || (profile.Numbers is { Count: > 0 } numbers && story.Core.Exists(c => c.Numbers is { } n && n.Overlaps(numbers)));
    }

    /// <summary>
    /// Whether an article may join a story that has settled (opened more than
    /// <see cref="StoryClustererOptions.SettledAfter"/> ago): clearly close to the core
    /// (<see cref="StoryClustererOptions.LateJoinThreshold"/>) and, with
    /// <see cref="StoryClustererOptions.SettledNeedsIncidentName"/>, sharing a name of one incident.
    /// </summary>
    private bool JoinsLate(StoryState story, ArticleProfile profile, double similarity, DateTimeOffset at) =>
        similarity >= _options.LateJoinThreshold && (!_options.SettledNeedsIncidentName || SharesIncidentName(story, profile, at));

    /// <summary>
    /// Whether the article and the story's (open) core share a name of one incident: a name no more than
    /// <see cref="StoryClustererOptions.IncidentNameStories"/> other open stories' cores hold, which the
    /// stream named lately in at most <see cref="StoryClustererOptions.IncidentNameDocuments"/> documents.
    /// A victim, a suspect or a small town is named by one happening; a public figure or a city by many
    /// at once. Only the articles before this one count, so the rule is online and deterministic.
    /// </summary>
    private bool SharesIncidentName(StoryState story, ArticleProfile profile, DateTimeOffset at, IReadOnlySet<string>? ignored = null)
    {
        foreach (var (name, _) in profile.Names.Terms)
        {
            if (!story.CoreNames.Weights.ContainsKey(name) || ignored?.Contains(name) == true)
            {
                continue;
            }

            var others = _nameStories.GetValueOrDefault(name) - 1;
            if (others <= _options.IncidentNameStories
                && _vocabulary.RecentDocuments(name, at, _options.RecurringHalfLife) <= _options.IncidentNameDocuments)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an article's score for a story decays as a headline's (to nothing): a headline-only
    /// article does, unless it shares a name of one incident with a core that has text
    /// (<see cref="StoryClustererOptions.IncidentHeadlineDecay"/>).
    /// </summary>
    private bool DecaysAsHeadline(StoryState story, ArticleProfile profile, DateTimeOffset at, bool headline) =>
        headline && !(_options.IncidentHeadlineDecay && story.CoreHasText && SharesIncidentName(story, profile, at));

    /// <summary>
    /// An article's score for a story: its similarity to the core, damped by the time since the story's
    /// last article (for an article with text, only the share above <see cref="StoryClustererOptions.FullTextDecayFloor"/>).
    /// </summary>
    private double Score(StoryState story, double similarity, DateTimeOffset at, bool headline)
    {
        var floor = headline ? 0 : _options.FullTextDecayFloor;
        return similarity * (floor + ((1 - floor) * Decay(at - story.LastSeen)));
    }

    /// <summary>Time damping: 1 for a story updated now, halving every <see cref="StoryClustererOptions.SimilarityHalfLife"/>.</summary>
    private double Decay(TimeSpan since) =>
        since <= TimeSpan.Zero ? 1 : Math.Pow(0.5, since / _options.SimilarityHalfLife);

    /// <summary>Puts a story that is opening in the thread of the earlier story its first article develops, if any.</summary>
    private ThreadLink? LinkThread(StoryState story, ArticleProfile profile, DateTimeOffset at)
    {
        if (!_options.LinkThreads || _threads.Earlier(profile, at) is not var (earlier, score))
        {
            return null;
        }

        story.ThreadId = earlier.ThreadId;
        if (Explaining)
        {
            LastLinkNote = _threads.Explain(earlier, profile);
        }

        return new ThreadLink(story.Id, earlier.Id, story.ThreadId, score);
    }

    private StoryState Open(DateTimeOffset at)
    {
        var story = NewStory(at);
        AddOpen(story);
        return story;
    }

    /// <summary>Opens a story: it takes articles, and it is found for expiry and by recency.</summary>
    private void AddOpen(StoryState story)
    {
        _open.Add(story.Id, story);
        _expiry.Enqueue((story.FirstSeen, story));
        story.Recency = _recency.AddLast(story);
        if (_open.Count > MaxOpenStories)
        {
            Close(_recency.First!.Value);
        }

        if (_expiry.Count - (2 * _open.Count) > _expirySlack)
        {
            CompactExpiry();
        }
    }

    /// <summary>Closes an open story: out of the index, out of the open stories, its core articles' vectors dropped.</summary>
    private void Close(StoryState story)
    {
        foreach (var name in story.CoreNames.Weights.Keys)
        {
            Release(name);
        }

        _index.Remove(story);
        _open.Remove(story.Id);
        if (story.Recency is { } node)
        {
            _recency.Remove(node);
            story.Recency = null;
        }

        story.Close();
    }

    /// <summary>One more open story's core holds the name.</summary>
    private void Hold(string name) => _nameStories[name] = _nameStories.GetValueOrDefault(name) + 1;

    /// <summary>One open story's core that held the name closed.</summary>
    private void Release(string name)
    {
        if (_nameStories.TryGetValue(name, out var n))
        {
            if (n <= 1)
            {
                _nameStories.Remove(name);
            }
            else
            {
                _nameStories[name] = n - 1;
            }
        }
    }

    private StoryState NewStory(DateTimeOffset at)
    {
        var ordinal = ++_nextOrdinal;
        return new StoryState("s" + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture), ordinal, at, _options.CoreArticles, _options.CoreTerms);
    }

    /// <summary>Opens a story that was kept apart (a tentative date, now confirmed) and indexes its core.</summary>
    private void Register(StoryState story)
    {
        AddOpen(story);
        foreach (var name in story.CoreNames.Weights.Keys)
        {
            Hold(name);
        }

        foreach (var member in story.Core)
        {
            IndexTerms(story, member);
            Remember(story, member);
        }
    }

    private void Join(StoryState story, ArticleProfile profile, DateTimeOffset at, bool headline)
    {
        if (story.Recency is { } node)
        {
            _recency.Remove(node);
            _recency.AddLast(node);
        }

        if (!story.CoreIsFull)
        {
            // The article joins the core: its names are held by one more open story.
            story.CoreHasText |= !headline;
            foreach (var (name, _) in profile.Names.Terms)
            {
                if (!story.CoreNames.Weights.ContainsKey(name))
                {
                    Hold(name);
                }
            }
        }

        if (!story.Add(profile, at))
        {
            return;
        }

        IndexTerms(story, profile);
        Remember(story, profile);
    }

    private void Remember(StoryState story, ArticleProfile coreMember)
    {
        if (_options.LinkThreads)
        {
            _threads.Remember(story, coreMember);
        }
    }

    /// <summary>A story is found by its core articles' strongest terms only: its identity does not move.</summary>
    private void IndexTerms(StoryState story, ArticleProfile profile)
    {
        var indexed = 0;
        foreach (var (term, _) in profile.Vector.Terms)
        {
            if (indexed++ == _options.IndexTerms)
            {
                break;
            }

            _index.Index(story, term);
        }

        indexed = 0;
        foreach (var (name, _) in profile.Names.Terms)
        {
            if (indexed++ == _options.IndexNames)
            {
                break;
            }

            if (profile.Vector.Lookup.ContainsKey(name))
            {
                _index.Index(story, name);
            }
        }
    }

    private void Merge(StoryState from, StoryState into, DateTimeOffset at, string articleId, double agreement, List<StoryMerge> merges)
    {
        var terms = from.IndexedTerms.Order(StringComparer.Ordinal).ToArray();
        _threads.Remove(from);
        var held = into.CoreNames.Weights.Keys.ToHashSet(StringComparer.Ordinal);
        into.Absorb(from);
        foreach (var name in into.CoreNames.Weights.Keys)
        {
            if (!held.Contains(name))
            {
                Hold(name);
            }
        }

        foreach (var member in from.Core)
        {
            Remember(into, member);
        }

        Close(from);

        foreach (var term in terms)
        {
            _index.Index(into, term);
        }

        var merge = new StoryMerge(from.Id, into.Id, at, articleId, agreement);
        merges.Add(merge);
        if (_mergeLog.Count == MaxMergeLog)
        {
            _mergeLog.Dequeue();
        }

        _mergeLog.Enqueue(merge);
        _expiry.Enqueue((into.FirstSeen, into));
    }

    private void Expire()
    {
        _threads.Forget(_clock.Now);
        var horizon = _clock.Now - _options.Window;
        while (_expiry.Count > 0 && _expiry.Peek().At < horizon)
        {
            var (stamp, story) = _expiry.Dequeue();
            if (story is not null && IsLive(stamp, story))
            {
                Close(story);
            }
        }
    }

    /// <summary>Whether an expiry entry would close its story when reached: the story is open and the entry has its opening time.</summary>
    private bool IsLive(DateTimeOffset stamp, StoryState story) =>
        stamp == story.FirstSeen && _open.TryGetValue(story.Id, out var open) && ReferenceEquals(open, story);

    /// <summary>
    /// Drops the expiry queue's references to closed stories without changing when any story
    /// expires. The queue is read from its head while the head is older than the window, and the
    /// window only moves forward, so an entry that closes nothing matters only as a time that holds
    /// back the entries behind it; a run of such entries holds them back exactly as one entry with
    /// the run's latest time does. So every entry but the first live one of each open story becomes
    /// a bare time, and each run of bare times becomes its latest. Afterwards the queue holds at most
    /// twice as many entries as there are open stories, plus one.
    /// </summary>
    private void CompactExpiry()
    {
        var kept = new HashSet<StoryState>(ReferenceEqualityComparer.Instance);
        var entries = _expiry.ToArray();
        _expiry.Clear();
        DateTimeOffset? run = null;
        foreach (var (stamp, story) in entries)
        {
            if (story is not null && IsLive(stamp, story) && kept.Add(story))
            {
                if (run is { } time)
                {
                    _expiry.Enqueue((time, null));
                    run = null;
                }

                _expiry.Enqueue((stamp, story));
            }
            else if (run is not { } time || stamp > time)
            {
                run = stamp;
            }
        }

        if (run is { } last)
        {
            _expiry.Enqueue((last, null));
        }
    }
}
