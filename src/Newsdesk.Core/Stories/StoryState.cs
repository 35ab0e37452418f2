namespace Newsdesk.Stories;

/// <summary>
/// An open story, known by its core: the first articles that defined it (their vectors, their
/// summed centroid and their names). The core never moves once full, so later articles are
/// compared with what the story was first about and a story cannot drift by chaining (A→B→C).
/// </summary>
internal sealed class StoryState(string id, int ordinal, DateTimeOffset at, int coreArticles, int coreTerms)
{
    /// <summary>Terms under which one story is indexed at most.</summary>
    public const int MaxIndexedTerms = 200;

    public string Id { get; } = id;

    /// <summary>Creation order; ties between stories break on it, so results are deterministic.</summary>
    public int Ordinal { get; } = ordinal;

    /// <summary>When the story opened (its first article's time); it takes articles for a bounded span after it.</summary>
    public DateTimeOffset FirstSeen { get; private set; } = at;

    public DateTimeOffset LastSeen { get; private set; } = at;

    public int Articles { get; private set; }

    /// <summary>The core articles' vectors, in arrival order.</summary>
    public List<ArticleProfile> Core { get; } = new(coreArticles);

    /// <summary>The names of the story's first article (kept when the story closes and its core is dropped).</summary>
    public TermVector? FirstNames { get; private set; }

    /// <summary>Sum of the core articles' unit vectors.</summary>
    public TermCentroid CoreCentroid { get; } = new();

    /// <summary>Sum of the core articles' name vectors.</summary>
    public TermCentroid CoreNames { get; } = new();

    /// <summary>Whether an article of the core had text (not only a headline).</summary>
    public bool CoreHasText { get; set; }

    public HashSet<string> IndexedTerms { get; } = new(StringComparer.Ordinal);

    /// <summary>The thread: the id of its first story (this story's own id until it is linked to an earlier one).</summary>
    public string ThreadId { get; set; } = id;

    /// <summary>Whether <see cref="StoryThreads"/> remembers this story (it can be linked to).</summary>
    public bool Remembered { get; set; }

    /// <summary>Where the story is in the clusterer's recency list (open stories, least recently joined first); null once closed.</summary>
    public LinkedListNode<StoryState>? Recency { get; set; }

    /// <summary>Scratch of the clusterer's candidate lookup: the weight this story shares with the article being ranked, valid while <see cref="LookupStamp"/> is that lookup's number.</summary>
    public double LookupWeight { get; set; }

    /// <summary>The number of the clusterer's lookup that last met this story (see <see cref="LookupWeight"/>).</summary>
    public long LookupStamp { get; set; }

    /// <summary>Names under which <see cref="StoryThreads"/> finds this story.</summary>
    public HashSet<string> ThreadNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The terms of lines the core articles' outlets repeat (<see cref="ArticleProfile.Repeated"/>), kept after the story closes for thread links; null when none.</summary>
    public HashSet<string>? CoreRepeated { get; private set; }

    /// <summary>The rubrics of the core articles' titles and ledes (<see cref="ArticleProfile.Rubrics"/>), kept after the story closes; null when none.</summary>
    public List<Rubric>? CoreRubrics { get; private set; }

    /// <summary>The core is full at <c>coreArticles</c> articles, or sooner once it holds <c>coreTerms</c> distinct terms (two or three full texts, a dozen headlines).</summary>
    public bool CoreIsFull => Core.Count >= coreArticles || CoreCentroid.Weights.Count >= coreTerms;

    /// <summary>Best cosine between an article and one core article.</summary>
    public double NearestCore(TermVector v)
    {
        var best = 0.0;
        foreach (var member in Core)
        {
            best = Math.Max(best, member.Vector.Cosine(v));
        }

        return best;
    }

    /// <summary>The towns the core articles of <paramref name="outlet"/> place their happening in (<see cref="ArticleProfile.Towns"/>), null when none does.</summary>
    public HashSet<string>? CoreTowns(string? outlet) => Union(outlet, static p => p.Towns);

    /// <summary>The times of day the core articles of <paramref name="outlet"/> give (<see cref="ArticleProfile.Times"/>), null when none does.</summary>
    public HashSet<string>? CoreTimes(string? outlet) => Union(outlet, static p => p.Times);

    /// <summary>The quake magnitudes the core articles of <paramref name="outlet"/> give (<see cref="ArticleProfile.Magnitudes"/>), null when none does.</summary>
    public HashSet<string>? CoreMagnitudes(string? outlet) => Union(outlet, static p => p.Magnitudes);

    /// <summary>
    /// The name terms an article shares with the core that no core article writes as the article does
    /// (<see cref="ArticleProfile.NameSurfaces"/>): "rhode" of "Rhodes" beside "rhode" of "Rhode Island"; null when none.
    /// </summary>
    public List<string>? NamesWrittenOtherwise(ArticleProfile article)
    {
        List<string>? otherwise = null;
        foreach (var (name, _) in article.Names.Terms)
        {
            if (!CoreNames.Weights.ContainsKey(name))
            {
                continue;
            }

            var alike = false;
            foreach (var member in Core)
            {
                if (member.Names.Lookup.ContainsKey(name) && article.WritesNameLike(name, member))
                {
                    alike = true;
                    break;
                }
            }

            if (!alike)
            {
                (otherwise ??= []).Add(name);
            }
        }

        return otherwise;
    }

    private HashSet<string>? Union(string? outlet, Func<ArticleProfile, IReadOnlySet<string>?> marks)
    {
        HashSet<string>? union = null;
        foreach (var member in Core)
        {
            if (member.Outlet == outlet && marks(member) is { } some)
            {
                (union ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(some);
            }
        }

        return union;
    }

    /// <summary>Adds an article; it joins the core while the core is not full. Returns true when it joined the core.</summary>
    public bool Add(ArticleProfile profile, DateTimeOffset at)
    {
        Articles++;
        Touch(at);
        FirstNames ??= profile.Names;
        if (CoreIsFull)
        {
            return false;
        }

        Core.Add(profile);
        CoreCentroid.Add(profile.Vector);
        CoreNames.Add(profile.Names);
        if (profile.Repeated is { } repeated)
        {
            (CoreRepeated ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(repeated);
        }

        if (profile.Rubrics is { } rubrics)
        {
            (CoreRubrics ??= []).AddRange(rubrics);
        }

        return true;
    }

    /// <summary>
    /// The story closed (its span passed, it was merged, or it was closed early to bound the open
    /// stories): it takes no more articles, so its core articles' vectors are dropped. What
    /// <see cref="StoryThreads"/> still compares while it remembers the story stays: the centroid,
    /// the names, the times and the ids.
    /// </summary>
    public void Close()
    {
        Core.Clear();
        Core.TrimExcess();
        IndexedTerms.TrimExcess();
    }

    /// <summary>Folds another story into this one: its core articles fill this core's free places.</summary>
    public void Absorb(StoryState other)
    {
        Articles += other.Articles - Math.Min(other.Articles, other.Core.Count);
        CoreHasText |= other.CoreHasText;
        foreach (var member in other.Core)
        {
            Add(member, other.FirstSeen);
        }

        if (other.FirstSeen < FirstSeen)
        {
            FirstSeen = other.FirstSeen;
            FirstNames = other.FirstNames ?? FirstNames;
        }

        Touch(other.LastSeen);
    }

    public void Touch(DateTimeOffset at)
    {
        if (at > LastSeen)
        {
            LastSeen = at;
        }
    }
}
