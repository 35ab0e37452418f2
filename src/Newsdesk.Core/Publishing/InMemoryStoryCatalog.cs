using System.Collections.Concurrent;
using System.Text;

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

            var stories = new Dictionary<string, PublishedStory>(current.ById) { [story.Id] = story };
            var aliases = new Dictionary<string, string>(current.Aliases);
            foreach (var (slug, id) in current.ById.Where(kv => kv.Key == story.Id).Select(kv => (kv.Value.Slug, kv.Key)))
            {
                if (slug != story.Slug)
                {
                    aliases[slug] = id;   // a retitled story keeps answering at its old slug
                }
            }

            current = current.With(stories, aliases, current.Sources);
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

            var stories = new Dictionary<string, PublishedStory>(current.ById);
            stories.Remove(fromId);
            var aliases = new Dictionary<string, string>(current.Aliases) { [from.Slug] = intoId };
            current = current.With(stories, aliases, current.Sources);
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
            var stories = new Dictionary<string, PublishedStory>(current.ById);
            foreach (var id in stories.Where(kv => kv.Value.Slug == fromSlug && kv.Key != intoId).Select(kv => kv.Key).ToList())
            {
                stories.Remove(id);
            }

            var aliases = new Dictionary<string, string>(current.Aliases) { [fromSlug] = intoId };
            current = current.With(stories, aliases, current.Sources);
        }
    }

    public void SetSources(IEnumerable<SourceHealth> sources)
    {
        lock (gate)
        {
            current = current.With(current.ById, current.Aliases, sources.ToList());
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
            .Select(x => x.Story.ToSummary());
        return Task.FromResult(Page(hits, page, pageSize));
    }

    public Task<IReadOnlyList<PublishedStorySummary>> TopicAsync(string topicKey, int page, int pageSize, CancellationToken ct) =>
        Task.FromResult(Page(
            current.Summaries.Where(s => s.Topics.Any(t => Slug.ForTerm(t) == topicKey)).OrderByDescending(s => s.Updated),
            page, pageSize));

    public Task<IReadOnlyList<PublishedStorySummary>> EntityAsync(string entityKey, int page, int pageSize, CancellationToken ct) =>
        Task.FromResult(Page(
            current.ById.Values.Where(s => s.Entities.Any(e => Slug.ForTerm(e) == entityKey))
                .OrderByDescending(s => s.Updated).Select(s => s.ToSummary()),
            page, pageSize));

    public Task<IReadOnlyList<PublishedStorySummary>> RelatedAsync(string storyId, int count, CancellationToken ct)
    {
        var snapshot = current;
        IReadOnlyList<PublishedStorySummary> related = snapshot.ById.TryGetValue(storyId, out var story)
            ? RelatedStories.Pick(story, snapshot.ById.Values, count).Select(s => s.ToSummary().AsOf(time.GetUtcNow())).ToList()
            : [];
        return Task.FromResult(related);
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
            current = current.With(current.ById, current.Aliases, [.. current.Sources, added]);
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

            current = current.With(current.ById, current.Aliases, kept);
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

    private sealed record Snapshot(
        long Stamp,
        IReadOnlyDictionary<string, PublishedStory> ById,
        IReadOnlyDictionary<string, PublishedStory> BySlug,
        IReadOnlyDictionary<string, string> Aliases,
        IReadOnlyDictionary<string, string> SearchText,
        IReadOnlyList<PublishedStorySummary> Summaries,
        IReadOnlyList<SourceHealth> Sources,
        List<DateTimeOffset> BreakingEnds)
    {
        public static Snapshot Empty { get; } = new(1,
            new Dictionary<string, PublishedStory>(), new Dictionary<string, PublishedStory>(),
            new Dictionary<string, string>(), new Dictionary<string, string>(), [], [], []);

        public Snapshot With(
            IReadOnlyDictionary<string, PublishedStory> byId, IReadOnlyDictionary<string, string> aliases, IReadOnlyList<SourceHealth> sources) =>
            new(Stamp + 1,
                byId,
                byId.Values.ToDictionary(s => s.Slug, StringComparer.Ordinal),
                aliases,
                byId.Values.ToDictionary(s => s.Id, IndexText),
                byId.Values.Where(s => s.RedirectSlug is null).Select(s => s.ToSummary()).ToList(),
                sources,
                byId.Values.Where(s => s.Breaking && s.BreakingUntil is not null).Select(s => s.BreakingUntil!.Value).Order().ToList());

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
}
