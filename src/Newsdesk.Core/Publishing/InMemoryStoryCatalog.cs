using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Newsdesk.Text;

namespace Newsdesk.Publishing;

/// <summary>
/// A catalog held in memory: for tests, the bench and the host until storage exists. Writes swap an
/// immutable snapshot under a lock, so reads never block and never see half a change. Search is a
/// plain term match (every term must occur in the headline, lede, body, topics or entities).
/// </summary>
public sealed class InMemoryStoryCatalog(TimeProvider time) : IStoryCatalog, IAdminActions
{
    private readonly Lock gate = new();
    private Snapshot current = Snapshot.Empty;

    /// <summary>The last <see cref="SurnameOwners"/> and the snapshot it was made from.</summary>
    private volatile StampedOwners owners = new(0, new Dictionary<string, string>());
    private readonly ConcurrentQueue<string> rerunRequests = new();

    /// <summary>Story ids that the admin area asked to re-run, in order (the host's workers drain them).</summary>
    public IReadOnlyCollection<string> RerunRequests => rerunRequests;

    /// <summary>Adds or replaces a story (by id). Two stories cannot share a slug.</summary>
    public void Publish(PublishedStory story)
    {
        lock (gate)
        {
            if (current.BySlug.TryGetValue(story.Slug, out var holder) && holder.Id != story.Id)
            {
                throw new InvalidOperationException($"slug {story.Slug} already belongs to story {holder.Id}");
            }

            var next = current.Without(story.Id);
            if (current.ById.TryGetValue(story.Id, out var earlier) && earlier.Slug != story.Slug)
            {
                next = next with { Aliases = next.Aliases.SetItem(earlier.Slug, story.Id) };   // a retitled story keeps answering at its old slug
            }

            current = next.With(story);
        }
    }

    /// <summary>Merges one story into another: the old slug then resolves to the surviving story.</summary>
    public bool Merge(string fromId, string intoId)
    {
        lock (gate)
        {
            if (!current.ById.TryGetValue(fromId, out var from) || !current.ById.ContainsKey(intoId) || fromId == intoId)
            {
                return false;
            }

            var next = current.Without(fromId);
            current = next with { Aliases = next.Aliases.SetItem(from.Slug, intoId) };
            return true;
        }
    }

    /// <summary>
    /// Retires a slug whose story was merged into <paramref name="intoId"/> (published or not yet):
    /// the old story leaves the lists and its slug resolves to the surviving story once it is published.
    /// </summary>
    public void Redirect(string fromSlug, string intoId)
    {
        lock (gate)
        {
            var next = current.BySlug.TryGetValue(fromSlug, out var holder) && holder.Id != intoId ? current.Without(holder.Id) : current.Touched();
            current = next with { Aliases = next.Aliases.SetItem(fromSlug, intoId) };
        }
    }

    /// <summary>
    /// Puts stories in threads: each pair is (story id, thread id), the thread id being its first
    /// story's id. A story's thread is shown on its page and at <c>/thread/{slug}</c>.
    /// </summary>
    public void Thread(IEnumerable<(string StoryId, string ThreadId)> links)
    {
        lock (gate)
        {
            var threads = current.Threads.ToBuilder();
            foreach (var (storyId, threadId) in links)
            {
                threads[storyId] = threadId;
            }

            current = current.Touched() with { Threads = threads.ToImmutable() };
        }
    }

    /// <summary>Puts one story in a thread (see the other overload).</summary>
    public void Thread(string storyId, string threadId) => Thread([(storyId, threadId)]);

    public void SetSources(IEnumerable<SourceHealth> sources)
    {
        lock (gate)
        {
            current = current.Touched() with { Sources = sources.ToList() };
        }
    }

    /// <summary>
    /// Moves with every change, and also when a story stops being breaking (a change of time, not
    /// of data), so pages cached against it never keep a stale "Breaking" mark.
    /// </summary>
    public ValueTask<long> ChangeStampAsync(CancellationToken ct)
    {
        var snapshot = current;
        var ended = snapshot.BreakingEnds.BinarySearch(time.GetUtcNow());
        var expired = ended >= 0 ? ended + 1 : ~ended;
        return ValueTask.FromResult((snapshot.Stamp << 20) + expired);
    }

    public Task<IReadOnlyList<PublishedStorySummary>> FrontPageAsync(int page, int pageSize, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return Task.FromResult(Page(FrontPageRanking.Rank(current.Summaries.Select(s => s.AsOf(now)).ToList(), now), page, pageSize));
    }

    public Task<IReadOnlyList<PublishedStorySummary>> FrontPageAsync(string language, int page, int pageSize, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var inLanguage = current.Summaries.Where(s => s.Language == language).Select(s => s.AsOf(now)).ToList();
        return Task.FromResult(Page(FrontPageRanking.Rank(inLanguage, now), page, pageSize));
    }

    public Task<PublishedStory?> GetBySlugAsync(string slug, CancellationToken ct)
    {
        var snapshot = current;
        var now = time.GetUtcNow();
        if (snapshot.BySlug.TryGetValue(slug, out var story))
        {
            return Task.FromResult<PublishedStory?>(story.AsOf(now));
        }

        // Follow merges (a merged story's survivor may itself have been merged later), boundedly.
        for (var hops = 0; hops < 8 && snapshot.Aliases.TryGetValue(slug, out var id); hops++)
        {
            if (snapshot.ById.TryGetValue(id, out story))
            {
                return Task.FromResult<PublishedStory?>(story.AsOf(now));
            }

            slug = id;
        }

        return Task.FromResult<PublishedStory?>(null);
    }

    public Task<IReadOnlyList<PublishedStorySummary>> SearchAsync(string query, int page, int pageSize, CancellationToken ct)
    {
        var terms = SearchTerms.Parse(query);
        if (terms.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<PublishedStorySummary>>([]);
        }

        var snapshot = current;
        var hits = snapshot.ById.Values
            .Select(s => (Story: s, Text: snapshot.SearchText[s.Id]))
            .Where(x => terms.All(t => x.Text.Contains(t, StringComparison.Ordinal)))
            .Select(x => (x.Story, Headline: terms.Count(t => x.Story.Content.Headline.Contains(t, StringComparison.OrdinalIgnoreCase))))
            .OrderByDescending(x => x.Headline)
            .ThenByDescending(x => x.Story.Updated)
            .ThenBy(x => x.Story.Slug, StringComparer.Ordinal)
            .Select(x => x.Story.ToSummary());
        return Task.FromResult(Page(hits, page, pageSize));
    }

    public Task<IReadOnlyList<PublishedStorySummary>> TopicAsync(string topicKey, int page, int pageSize, CancellationToken ct) =>
        Task.FromResult(Page(
            current.Summaries.Where(s => s.Topics.Any(t => Slug.ForTerm(t) == topicKey)).OrderByDescending(s => s.Updated).ThenBy(s => s.Slug, StringComparer.Ordinal),
            page, pageSize));

    public Task<IReadOnlyList<PublishedStorySummary>> EntityAsync(string entityKey, int page, int pageSize, CancellationToken ct)
    {
        var owners = SurnameOwners();
        return Task.FromResult(Page(
            current.ById.Values.Where(s => s.Entities.Any(e => EntityKeys.Names(e, entityKey, owners)))
                .OrderByDescending(s => s.Updated).ThenBy(s => s.Slug, StringComparer.Ordinal).Select(s => s.ToSummary()),
            page, pageSize));
    }

    /// <summary>
    /// Whose each surname is among the published stories (<see cref="EntityKeys.SurnameOwners"/>), as entity
    /// pages and follows read a story that names only the surname; made once per change of the catalog.
    /// </summary>
    public IReadOnlyDictionary<string, string> SurnameOwners()
    {
        var snapshot = current;
        var made = owners;
        if (made.Stamp == snapshot.Stamp)
        {
            return made.Owners;
        }

        var fresh = EntityKeys.SurnameOwners(snapshot.ById.Values.Select(s => s.Entities));
        owners = new StampedOwners(snapshot.Stamp, fresh);
        return fresh;
    }

    public Task<IReadOnlyList<PublishedStorySummary>> RelatedAsync(string storyId, int count, CancellationToken ct)
    {
        var snapshot = current;
        IReadOnlyList<PublishedStorySummary> related = snapshot.ById.TryGetValue(storyId, out var story)
            ? RelatedStories.Pick(story, snapshot.ById.Values, count).Select(s => s.ToSummary().AsOf(time.GetUtcNow())).ToList()
            : [];
        return Task.FromResult(related);
    }

    public Task<IReadOnlyList<PublishedStorySummary>> ThreadAsync(string storyId, CancellationToken ct)
    {
        var snapshot = current;
        var now = time.GetUtcNow();
        if (!snapshot.ById.TryGetValue(storyId, out var story) || story.RedirectSlug is not null)
        {
            return Task.FromResult<IReadOnlyList<PublishedStorySummary>>([]);
        }

        if (!snapshot.Threads.TryGetValue(storyId, out var thread))
        {
            return Task.FromResult<IReadOnlyList<PublishedStorySummary>>([story.ToSummary().AsOf(now)]);
        }

        IReadOnlyList<PublishedStorySummary> members = snapshot.Threads
            .Where(kv => kv.Value == thread)
            .Select(kv => snapshot.ById.GetValueOrDefault(kv.Key))
            .OfType<PublishedStory>()
            .Where(s => s.RedirectSlug is null)
            .OrderByDescending(s => s.Published)
            .ThenByDescending(s => s.Slug, StringComparer.Ordinal)
            .Take(Paging.MaxThreadStories)
            .Reverse()
            .Select(s => s.ToSummary().AsOf(now))
            .ToList();
        return Task.FromResult(members);
    }

    public Task<IReadOnlyList<SourceHealth>> SourcesAsync(CancellationToken ct) => Task.FromResult(current.Sources);

    public Task<AdminResult> AddSourceAsync(string url, string? name, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return Task.FromResult<AdminResult>(new AdminResult.Invalid("a source needs an absolute http or https URL"));
        }

        lock (gate)
        {
            if (current.Sources.Any(s => s.Url == uri.AbsoluteUri))
            {
                return Task.FromResult<AdminResult>(new AdminResult.Invalid("that source is already listed"));
            }

            var id = "src-" + (current.Sources.Count + 1) + "-" + Slug.ForTerm(uri.Host);
            var added = new SourceHealth(id, string.IsNullOrWhiteSpace(name) ? uri.Host : name.Trim(), uri.AbsoluteUri, null, null, 0, null, 0);
            current = current.Touched() with { Sources = [.. current.Sources, added] };
            return Task.FromResult<AdminResult>(new AdminResult.Done($"added {added.Name}"));
        }
    }

    public Task<AdminResult> RemoveSourceAsync(string sourceId, CancellationToken ct)
    {
        lock (gate)
        {
            var kept = current.Sources.Where(s => s.Id != sourceId).ToList();
            if (kept.Count == current.Sources.Count)
            {
                return Task.FromResult<AdminResult>(new AdminResult.NotFound("source " + sourceId));
            }

            current = current.Touched() with { Sources = kept };
            return Task.FromResult<AdminResult>(new AdminResult.Done("removed " + sourceId));
        }
    }

    public Task<AdminResult> RerunStoryAsync(string storyId, CancellationToken ct)
    {
        if (!current.ById.ContainsKey(storyId))
        {
            return Task.FromResult<AdminResult>(new AdminResult.NotFound("story " + storyId));
        }

        rerunRequests.Enqueue(storyId);
        return Task.FromResult<AdminResult>(new AdminResult.Done("re-run queued for " + storyId));
    }

    private IReadOnlyList<PublishedStorySummary> Page(IEnumerable<PublishedStorySummary> items, int page, int pageSize)
    {
        var now = time.GetUtcNow();
        return items.Skip((Math.Max(1, page) - 1) * Math.Max(1, pageSize)).Take(Math.Max(1, pageSize)).Select(s => s.AsOf(now)).ToList();
    }

    /// <summary>
    /// One immutable state of the catalog. A change builds the next snapshot from this one by
    /// replacing only the stories it touches (persistent maps share the rest), so publishing a
    /// story costs the same whether the catalog holds ten stories or a year of them; each story's
    /// search text and summary are made once, when it is published.
    /// </summary>
    private sealed record Snapshot(
        long Stamp,
        ImmutableDictionary<string, PublishedStory> ById,
        ImmutableDictionary<string, PublishedStory> BySlug,
        ImmutableDictionary<string, string> Aliases,
        ImmutableDictionary<string, string> SearchText,
        ImmutableDictionary<string, PublishedStorySummary> SummaryById,
        IReadOnlyList<SourceHealth> Sources,
        ImmutableList<DateTimeOffset> BreakingEnds)
    {
        /// <summary>Story id to thread id, for stories in a thread.</summary>
        public ImmutableDictionary<string, string> Threads { get; init; } = ImmutableDictionary.Create<string, string>(StringComparer.Ordinal);

        public static Snapshot Empty { get; } = new(1,
            ImmutableDictionary.Create<string, PublishedStory>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, PublishedStory>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, string>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, string>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, PublishedStorySummary>(StringComparer.Ordinal),
            [], []);

        /// <summary>The stories lists show (a story that redirects elsewhere is not listed).</summary>
        public IEnumerable<PublishedStorySummary> Summaries => SummaryById.Values;

        /// <summary>The next snapshot, with nothing else changed (sources, aliases).</summary>
        public Snapshot Touched() => this with { Stamp = Stamp + 1 };

        /// <summary>The next snapshot with <paramref name="story"/> added (its id must not be held).</summary>
        public Snapshot With(PublishedStory story) => new(
            Stamp + 1,
            ById.SetItem(story.Id, story),
            BySlug.SetItem(story.Slug, story),
            Aliases,
            SearchText.SetItem(story.Id, IndexText(story)),
            story.RedirectSlug is null ? SummaryById.SetItem(story.Id, story.ToSummary()) : SummaryById,
            Sources,
            BreakingEnd(story) is { } end ? BreakingEnds.Insert(Position(BreakingEnds, end), end) : BreakingEnds)
        {
            Threads = Threads,
        };

        /// <summary>The next snapshot without the story <paramref name="id"/> (the same, stamped, when it is not held).</summary>
        public Snapshot Without(string id)
        {
            if (!ById.TryGetValue(id, out var story))
            {
                return Touched();
            }

            var ends = BreakingEnds;
            if (BreakingEnd(story) is { } end && ends.BinarySearch(end) is var at and >= 0)
            {
                ends = ends.RemoveAt(at);
            }

            return new(
                Stamp + 1,
                ById.Remove(id),
                BySlug.TryGetValue(story.Slug, out var holder) && holder.Id == id ? BySlug.Remove(story.Slug) : BySlug,
                Aliases,
                SearchText.Remove(id),
                SummaryById.Remove(id),
                Sources,
                ends)
            {
                Threads = Threads,
            };
        }

        private static DateTimeOffset? BreakingEnd(PublishedStory story) => story.Breaking ? story.BreakingUntil : null;

        private static int Position(ImmutableList<DateTimeOffset> sorted, DateTimeOffset value) =>
            sorted.BinarySearch(value) is var at && at >= 0 ? at : ~at;

        private static string IndexText(PublishedStory story)
        {
            var text = new StringBuilder();
            text.Append(story.Content.Headline).Append('\n').Append(story.Content.Lede).Append('\n');
            foreach (var section in story.Content.Sections)
            {
                text.Append(section.Heading).Append('\n');
                foreach (var sentence in section.Paragraphs.SelectMany(p => p).Concat(section.Bullets))
                {
                    text.Append(sentence.Text).Append(' ');
                }
            }

            text.AppendJoin(' ', story.Topics).Append(' ').AppendJoin(' ', story.Entities);
            return " " + string.Join(' ', SearchTerms.Tokens(text.ToString()).Distinct(StringComparer.Ordinal)) + " ";
        }
    }

    private sealed record StampedOwners(long Stamp, IReadOnlyDictionary<string, string> Owners);
}
