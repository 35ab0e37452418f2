using System.Collections.Frozen;
using Newsdesk.Text;

namespace Newsdesk.Stories;

/// <summary>
/// Links a story to the earlier story it develops (issue #14 threads): the shooting, the arrest
/// days later, the charges. The clusterer keeps a story to one happening and closes it after its
/// span, and it leaves out a report whose names or words differ too much from the story's core; such
/// a development opens a story of its own. This remembers every story for a while after it closes
/// and, when a story opens, looks for the earlier story whose core names the same people and places
/// (<see cref="StoryClustererOptions.ThreadNameAgreement"/>) and shares some of its words
/// (<see cref="StoryClustererOptions.ThreadTextAgreement"/>), and that shares at least one
/// specific name with it (not only "China" or "Covid"), and not only one place (two stories in
/// Auckland are not one chain of developments). The new story joins that story's thread. Stories that merely share a topic word or a city do not agree on their names as a whole,
/// so look-alike incidents stay apart (measured on gva-events, docs/stories.md). What an outlet prints on many of
/// its items (a byline, a sign-up prompt: <see cref="OutletLines"/>) and a surname that ends two different full names
/// are not counted as shared (<see cref="Ignored"/>).
/// Deterministic (ties break on creation order) and bounded: postings per name, stories remembered.
/// </summary>
internal sealed class StoryThreads(StoryClustererOptions options, StreamVocabulary vocabulary, OutletLines? lines = null)
{
    /// <summary>Strongest names of a core article under which its story is remembered.</summary>
    public const int NamesIndexedPerArticle = 8;

    /// <summary>Strongest names of an opening article used to look up earlier stories.</summary>
    public const int NamesQueried = 8;

    /// <summary>Stories kept per name (the most recently indexed).</summary>
    public const int MaxPostingsPerName = 64;

    /// <summary>Candidate stories compared at most (those sharing the most name weight).</summary>
    public const int MaxCandidates = 32;

    /// <summary>
    /// Stories remembered at most; beyond it the oldest are forgotten early. Time forgets them long
    /// before this on a dated stream: the month of real feeds peaks at about 3,800 remembered
    /// stories (21 days of stories), the cluster bench's synthetic stream at about 2,000. A stream
    /// whose clock does not move forgets nothing by time; a remembered story that has closed keeps
    /// its centroid and names (about 6 KB), so this bounds them to about 60 MB.
    /// </summary>
    public const int MaxRemembered = 10_000;

    private readonly Dictionary<string, List<StoryState>> _postings = new(StringComparer.Ordinal);
    private readonly Queue<StoryState> _remembered = new();
    private readonly Dictionary<StoryState, double> _candidates = [];

    /// <summary>
    /// The English months as the clusterer's terms ("june", "juli"): always capitalised, so read as names, but a date, not
    /// someone or something (<see cref="StoryClustererOptions.ThreadMonthsAreNoNames"/>).
    /// </summary>
    internal static readonly FrozenSet<string> MonthTerms = new[]
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    }.Select(m => Stemmer.Stem(m.ToLowerInvariant())).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Stories that can still be linked to.</summary>
    public int Remembered => _remembered.Count;

    /// <summary>Names in the index.</summary>
    public int Names => _postings.Count;

    /// <summary>
    /// The earlier story that <paramref name="profile"/> (the article opening a story at
    /// <paramref name="at"/>) develops, with its agreement score, or null. An article without
    /// names is never linked: words alone describe a topic, not who and where.
    /// </summary>
    public (StoryState Story, double Score)? Earlier(ArticleProfile profile, DateTimeOffset at)
    {
        if (profile.Names.IsEmpty)
        {
            return null;
        }

        _candidates.Clear();
        var queried = 0;
        foreach (var (name, weight) in profile.Names.Terms)
        {
            if (queried++ == NamesQueried)
            {
                break;
            }

            if (_postings.TryGetValue(name, out var list))
            {
                foreach (var story in list)
                {
                    _candidates[story] = _candidates.GetValueOrDefault(story) + weight;
                }
            }
        }

        StoryState? best = null;
        var bestScore = 0.0;
        foreach (var (story, _) in _candidates
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key.Ordinal)
            .Take(MaxCandidates))
        {
            if (at - story.LastSeen > options.ThreadHorizon)
            {
                continue;
            }

            var names = story.CoreNames.Cosine(profile.Names);
            var words = story.CoreCentroid.Cosine(profile.Vector);
            if (names < options.ThreadNameAgreement || words < options.ThreadTextAgreement)
            {
                continue;
            }

            var ignored = Ignored(story, profile);
            if (!SpecificNames.Shared(story.CoreNames, profile, vocabulary, options, options.ThreadNeedsMoreThanAPlace, ignored))
            {
                continue;
            }

            var topic = TopicCosine(story, profile, options.ThreadTopicSkipsSharedNameWords ? WithSharedNameWords(story, profile, ignored) : ignored);
            if (topic < options.ThreadTopicAgreement)
            {
                continue;
            }

            if ((options.ThreadSingleAnchorTopic > 0 || options.ThreadOneNameHappening > 0)
                && SpecificNames.Anchors(story.CoreNames, profile, vocabulary, options, at, ignored, options.ThreadAnchorsReadAll).Count < 2
                && !OneNameAgrees(story, profile, topic, ignored))
            {
                continue;
            }

            if (options.ThreadFirstArticleAgrees && !FirstArticleShares(story, profile))
            {
                continue;
            }

            var score = names + words;
            if (score < options.ThreadAgreement)
            {
                continue;
            }

            if (best is null || score > bestScore || (score == bestScore && story.Ordinal < best.Ordinal))
            {
                (best, bestScore) = (story, score);
            }
        }

        return best is null ? null : (best, bestScore);
    }

    /// <summary>
    /// Whether a link whose two stories share one specific name only (one person, one brand) agrees enough on what
    /// happened: the topic cosine reaches <see cref="StoryClustererOptions.ThreadSingleAnchorTopic"/>, and without the
    /// words of the full names the two share ("michael" of "michael_jordan", the given name that a leading name part keeps
    /// among the words) it reaches <see cref="StoryClustererOptions.ThreadOneNameHappening"/>: two items on one person
    /// agree on the person's given name whatever each is about.
    /// </summary>
    private bool OneNameAgrees(StoryState story, ArticleProfile profile, double topic, HashSet<string>? ignored)
    {
        if ((options.ThreadTopicSkipsNameWords ? LinkTopicCosine(story, profile) : topic) < options.ThreadSingleAnchorTopic)
        {
            return false;
        }

        return options.ThreadOneNameHappening <= 0
            || HappeningCosine(story, profile, ignored) >= options.ThreadOneNameHappening;
    }

    /// <summary>
    /// Whether the article shares a specific name with the earlier story's first article
    /// (<see cref="StoryClustererOptions.ThreadFirstArticleAgrees"/>), not counting a surname the two give to different
    /// people. A story of one article is its first article, so it agrees already.
    /// </summary>
    private bool FirstArticleShares(StoryState story, ArticleProfile profile)
    {
        if (story.Articles < 2 || story.FirstNames is not { } firstNames)
        {
            return true;
        }

        var first = new TermCentroid();
        first.Add(firstNames);
        var disagreeing = SpecificNames.Disagreeing(first, profile);
        return SpecificNames.Shared(first, profile, vocabulary, options, moreThanAPlace: false, disagreeing?.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// <see cref="TopicCosine"/> without the words of the full names the article and the core share as well
    /// (<see cref="WithSharedNameWords"/>): what the two say happened, apart from who it happened to.
    /// </summary>
    internal static double HappeningCosine(StoryState story, ArticleProfile profile, HashSet<string>? ignored) =>
        TopicCosine(story, profile, WithSharedNameWords(story, profile, ignored));

    /// <summary>
    /// Cosine of the article and the earlier story's core on the words that are not names (of
    /// either): what the two are about apart from who and where. Two columns by one columnist, two
    /// items about one celebrity or from one city share their names, and on short feed texts those
    /// names carry most of the word cosine too; a development of one happening also shares what
    /// happened ("running mate", "flights", "court").
    /// </summary>
    internal static double TopicCosine(StoryState story, ArticleProfile profile, IReadOnlySet<string>? ignored = null)
    {
        var dot = 0.0;
        var articleNorm = 0.0;
        foreach (var (term, weight) in profile.Vector.Terms)
        {
            if (profile.Names.Lookup.ContainsKey(term) || story.CoreNames.Weights.ContainsKey(term) || ignored?.Contains(term) == true)
            {
                continue;
            }

            articleNorm += weight * weight;
            if (story.CoreCentroid.Weights.TryGetValue(term, out var c))
            {
                dot += weight * c;
            }
        }

        var coreNorm = 0.0;
        foreach (var (term, weight) in story.CoreCentroid.Weights)
        {
            if (!story.CoreNames.Weights.ContainsKey(term) && !profile.Names.Lookup.ContainsKey(term) && ignored?.Contains(term) != true)
            {
                coreNorm += weight * weight;
            }
        }

        return dot <= 0 ? 0 : dot / Math.Sqrt(articleNorm * coreNorm);
    }

    /// <summary>
    /// What a thread link between <paramref name="story"/> and the article does not count, on either side: the words of
    /// lines their outlets repeat (<see cref="StoryClustererOptions.ThreadSkipsRepeatedLines"/>), a month both name
    /// (<see cref="StoryClustererOptions.ThreadMonthsAreNoNames"/>) and the one-word names the two give to different people
    /// (<see cref="StoryClustererOptions.ThreadNamesMustAgree"/>); null when nothing.
    /// </summary>
    internal HashSet<string>? Ignored(StoryState story, ArticleProfile profile)
    {
        HashSet<string>? ignored = null;
        if (options.ThreadSkipsRepeatedLines)
        {
            if (profile.Repeated is { } repeated)
            {
                (ignored ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(repeated);
            }

            if (story.CoreRepeated is { } coreRepeated)
            {
                (ignored ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(coreRepeated);
            }

            // A rubric is asked again now: the first column of a series was the first its outlet printed under that byline.
            foreach (var rubric in (story.CoreRubrics ?? []).Concat(profile.Rubrics ?? []))
            {
                if (lines is not null && lines.Items(rubric.Source, rubric.Line) > options.RepeatedLineItems)
                {
                    (ignored ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(rubric.Terms);
                }
            }
        }

        if (options.ThreadMonthsAreNoNames)
        {
            foreach (var month in MonthTerms)
            {
                if (profile.Names.Lookup.ContainsKey(month) && story.CoreNames.Weights.ContainsKey(month))
                {
                    (ignored ??= new HashSet<string>(StringComparer.Ordinal)).Add(month);
                }
            }
        }

        if (options.ThreadNamesMustAgree && SpecificNames.Disagreeing(story.CoreNames, profile) is { } disagreeing)
        {
            (ignored ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(disagreeing);
        }

        return ignored;
    }

    /// <summary>
    /// <paramref name="ignored"/> and the words of the joined names the two share ("michael" and "jordan" of "michael_jordan"):
    /// a leading name part is no name of its own, so it stayed among the words of what happened, and two items on one
    /// person agreed on the first name (<see cref="StoryClustererOptions.ThreadTopicSkipsSharedNameWords"/>).
    /// </summary>
    internal static HashSet<string>? WithSharedNameWords(StoryState story, ArticleProfile profile, HashSet<string>? ignored)
    {
        foreach (var (name, _) in profile.Names.Terms)
        {
            if (name.Contains('_', StringComparison.Ordinal) && story.CoreNames.Weights.ContainsKey(name))
            {
                ignored = ignored is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(ignored, StringComparer.Ordinal);
                foreach (var (other, _) in profile.Names.Terms)
                {
                    if (other.Contains('_', StringComparison.Ordinal) && story.CoreNames.Weights.ContainsKey(other))
                    {
                        ignored.UnionWith(other.Split('_'));
                    }
                }

                return ignored;
            }
        }

        return ignored;
    }

    /// <summary>
    /// Diagnostics for the bench (`cluster --links-why`): why <paramref name="story"/> and the article
    /// agree: the names, word and topic cosines, the names they share (~ not specific, @ a place, with
    /// the documents holding it so far) and the words that are not names carrying the topic cosine.
    /// </summary>
    internal string Explain(StoryState story, ArticleProfile profile)
    {
        var shared = new List<string>();
        var ignored = Ignored(story, profile);
        foreach (var (name, _) in profile.Names.Terms)
        {
            if (story.CoreNames.Weights.ContainsKey(name))
            {
                var specific = vocabulary.IsSpecific(name, options.SpecificNameShare, options.SpecificNameFloor);
                var place = profile.Places is not null && profile.Places.ContainsKey(name);
                shared.Add((ignored?.Contains(name) == true ? "-" : "") + (specific ? "" : "~") + name + (place ? "@" : ""));
            }
        }

        var topical = profile.Vector.Terms
            .Where(t => !profile.Names.Lookup.ContainsKey(t.Key) && !story.CoreNames.Weights.ContainsKey(t.Key) && ignored?.Contains(t.Key) != true && story.CoreCentroid.Weights.ContainsKey(t.Key))
            .Select(t => (t.Key, Product: t.Value * story.CoreCentroid.Weights[t.Key]))
            .OrderByDescending(t => t.Product)
            .Take(6)
            .Select(t => FormattableString.Invariant($"{t.Key}:{t.Product:F3}"));
        return FormattableString.Invariant(
            $"names {story.CoreNames.Cosine(profile.Names):F2} words {story.CoreCentroid.Cosine(profile.Vector):F2} topic {TopicCosine(story, profile, ignored):F2} happening {HappeningCosine(story, profile, ignored):F2} linktopic {LinkTopicCosine(story, profile):F2} anchors {SpecificNames.Anchors(story.CoreNames, profile, vocabulary, options, DateTimeOffset.MinValue, ignored).Count}/{SpecificNames.Anchors(story.CoreNames, profile, vocabulary, options, DateTimeOffset.MinValue, ignored, readAll: true).Count} articles {story.Articles} [{string.Join(' ', shared)}] {{{string.Join(' ', topical)}}}");
    }

    /// <summary>
    /// <see cref="TopicCosine"/> without the words of either side's names: "michael" is a word of
    /// "michael_jordan", so it says who, not what happened.
    /// </summary>
    internal static double LinkTopicCosine(StoryState story, ArticleProfile profile)
    {
        var nameWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, _) in profile.Names.Terms)
        {
            AddWords(name, nameWords);
        }

        foreach (var name in story.CoreNames.Weights.Keys)
        {
            AddWords(name, nameWords);
        }

        var dot = 0.0;
        var articleNorm = 0.0;
        foreach (var (term, weight) in profile.Vector.Terms)
        {
            if (nameWords.Contains(term))
            {
                continue;
            }

            articleNorm += weight * weight;
            if (story.CoreCentroid.Weights.TryGetValue(term, out var c))
            {
                dot += weight * c;
            }
        }

        var coreNorm = 0.0;
        foreach (var (term, weight) in story.CoreCentroid.Weights)
        {
            if (!nameWords.Contains(term))
            {
                coreNorm += weight * weight;
            }
        }

        return dot <= 0 ? 0 : dot / Math.Sqrt(articleNorm * coreNorm);

        static void AddWords(string name, HashSet<string> words)
        {
            words.Add(name);
            if (name.Contains('_', StringComparison.Ordinal))
            {
                foreach (var word in name.Split('_'))
                {
                    words.Add(word);
                }
            }
        }
    }

    /// <summary>Remembers a story under the names of one of its core articles (called as each joins the core).</summary>
    public void Remember(StoryState story, ArticleProfile coreMember)
    {
        if (!story.Remembered)
        {
            story.Remembered = true;
            _remembered.Enqueue(story);
            if (_remembered.Count > MaxRemembered)
            {
                Drop(_remembered.Dequeue());
            }
        }

        var indexed = 0;
        foreach (var (name, _) in coreMember.Names.Terms)
        {
            if (indexed++ == NamesIndexedPerArticle)
            {
                break;
            }

            if (!story.ThreadNames.Add(name))
            {
                continue;
            }

            if (!_postings.TryGetValue(name, out var list))
            {
                list = new List<StoryState>(2);
                _postings.Add(name, list);
            }

            if (list.Count >= MaxPostingsPerName)
            {
                list[0].ThreadNames.Remove(name);
                list.RemoveAt(0);
            }

            list.Add(story);
        }
    }

    /// <summary>
    /// Forgets stories that can no longer be linked to: opened longer ago than the story span plus
    /// <see cref="StoryClustererOptions.ThreadHorizon"/> (a story takes no article after its span,
    /// so its last article is no later than that).
    /// </summary>
    public void Forget(DateTimeOffset now)
    {
        var horizon = now - options.Window - options.ThreadHorizon;
        while (_remembered.Count > 0 && _remembered.Peek().FirstSeen < horizon)
        {
            Drop(_remembered.Dequeue());
        }
    }

    /// <summary>A story merged into another is no longer linked to; its thread goes on in the survivor.</summary>
    public void Remove(StoryState story) => Unindex(story);

    private void Drop(StoryState story)
    {
        Unindex(story);
        story.Remembered = false;
    }

    private void Unindex(StoryState story)
    {
        foreach (var name in story.ThreadNames)
        {
            if (_postings.TryGetValue(name, out var list))
            {
                list.Remove(story);
                if (list.Count == 0)
                {
                    _postings.Remove(name);
                }
            }
        }

        story.ThreadNames.Clear();
    }
}
