using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsdesk.Articles;
using Newsdesk.Hosting;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Stories;
using Newsdesk.Text;
using Newsdesk.Verification;
using Newsdesk.Writing;

namespace Newsdesk.Workers;

/// <summary>
/// Writes stories whose sources changed, verifies every sentence against the sources it cites,
/// removes what they do not support, and publishes the result as a new revision (every revision
/// is kept) into storage and the site's catalog. A story is rewritten no more often than
/// <see cref="PipelineOptions.RewriteInterval"/>. Stories are leased, so several workers sharing a
/// database write each story version once between them: a revision is stored only while its
/// writer's lease still holds, checked in the transaction that stores it.
/// </summary>
internal sealed partial class WritingStage(
    StoryStore stories,
    IStoryWriter writer,
    Verifier verifier,
    InMemoryStoryCatalog catalog,
    WorkerLeases leases,
    PipelineStats stats,
    NewsClock clock,
    IOptions<PipelineOptions> options,
    ILogger<WritingStage> logger,
    Notify.RevisionNotifier? notifier = null)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Stories leased at once: written one after another, so a chunk must finish well inside a
    /// row lease even with a slow LLM writer; the rest stays free for other workers.
    /// </summary>
    internal const int LeaseChunk = 16;

    private readonly PipelineOptions _options = options.Value;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var due = await stories.LeaseDueAsync(leases.Row(), clock.Now, _options.RewriteInterval, Math.Min(_options.BatchSize, LeaseChunk), ct, _options.WriteMaxWait);
        foreach (var story in due)
        {
            try
            {
                await WriteAsync(story, ct);
            }
            catch (DatabaseRefusedException)
            {
                throw;   // not this story's fault: the database watch logged it once; the round ends
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One story that cannot be written never stops the others; it stays due.
                stats.WriteFailed();
                Log.Failed(logger, story.Id, e);
                await ReleaseAsync(story.Id, ct);
            }
        }

        return due.Count;
    }

    /// <summary>Gives a story that failed back at once, so that it stays due for any worker (best effort: else its lease runs out).</summary>
    private async Task ReleaseAsync(long storyId, CancellationToken ct)
    {
        try
        {
            await stories.ReleaseAsync(storyId, leases.Owner, ct);
        }
        catch (StorageUnavailableException)
        {
        }
    }

    /// <summary>Loads every story's latest revision into the catalog (at start).</summary>
    public async Task LoadCatalogAsync(CancellationToken ct)
    {
        foreach (var revision in await stories.LatestRevisionsAsync(ct))
        {
            if (JsonSerializer.Deserialize<PublishedStory>(revision.Json, Json) is { } published)
            {
                catalog.Publish(published with { Slug = revision.Slug });   // the story's slug now (a retitle is stored before its revision)
            }
        }

        foreach (var (fromSlug, intoId) in await stories.RedirectsAsync(ct))
        {
            catalog.Redirect(fromSlug, Id(intoId));
        }

        catalog.Thread((await stories.ThreadsAsync(ct)).Select(t => (Id(t.StoryId), Id(t.ThreadId))));
    }

    private async Task WriteAsync(DueStory due, CancellationToken ct)
    {
        // Cartoons, galleries, quizzes and opinion pieces are no reports: never written, nor used in a story (NotAReport).
        var stored = (await stories.ArticlesAsync(due.Id, ct)).Where(a => !NotAReport.Is(a.Title, a.Url, a.Text)).ToList();
        if (stored.Count == 0)
        {
            await SkipAsync(due, ct);
            return;
        }

        var previous = await stories.RevisionsAsync(due.Id, ct);
        var last = previous.Count == 0 ? null : JsonSerializer.Deserialize<PublishedStory>(previous[^1].Json, Json);
        if (last is not null && !due.Requested && !ChangedMaterially(last, stored))
        {
            Log.NotMaterial(logger, due.Id);
            await SkipAsync(due, ct);
            return;
        }

        var (story, summary, articles) = await ComposeAsync(stored, ct);
        if (story is null)
        {
            Log.NothingSupported(logger, due.Id);
            await SkipAsync(due, ct);
            return;
        }

        // The revision is the news as of its newest report (that report's time, and never later
        // than the story's latest change on the newsroom's clock), not as of the moment the writer
        // reached it: stages that lag (a burst, a slow machine, a replay catching up) never make a
        // days-old story look fresh on the front page, and "breaking" is judged as it was then.
        var now = clock.Now;
        var coverage = stored.Select(a => new Coverage(Id(a.Id), a.SourceName, a.DuplicateOf is { } d ? Id(d) : null, a.Published)).ToList();
        var changed = due.ChangedAt < now ? due.ChangedAt : now;
        var latest = stored.Max(a => a.Published) ?? now;
        var asOf = latest < changed ? latest : changed;
        var significance = Significance.Score(coverage, latest).Score;
        var breakingSince = Breaking.BreakingSince(coverage, _options.BreakingMinOutlets, _options.BreakingWindow);
        var breaking = breakingSince is not null && asOf - latest <= _options.BreakingFor;

        var change = WhatChanged(last, story, Cited(story, articles));
        var (topics, entities) = Tags(story, articles);
        var revisions = (last?.Revisions ?? []).Append(new StoryRevision(previous.Count + 1, asOf, change)).ToList();
        // A headline its slug no longer describes gets a slug of its own; the old one redirects to it.
        var slug = Slug.StillFits(due.Slug, story.Headline) ? due.Slug : await stories.RetitleAsync(due.Id, Slug.From(story.Headline), leases.Row(), ct);
        if (slug is null)
        {
            Log.LeaseLost(logger, due.Id);
            return;
        }

        var published = new PublishedStory(
            Id(due.Id), slug, story,
            Published: last?.Published ?? asOf,
            Updated: last is not null && last.Updated > asOf ? last.Updated : asOf,
            significance, breaking,
            topics, entities,
            Voices.Count(coverage), summary, revisions,
            BreakingUntil: breaking ? latest + _options.BreakingFor : null,
            Language: StoryLanguage.Of(articles));

        if (await stories.SaveRevisionAsync(
            due.Id, JsonSerializer.Serialize(published, Json), change, story.Headline, significance, breaking,
            due.ChangedAt, now, leases.Row(), ct, SearchText(story),
            // Deliveries to follows are queued in the revision's own transaction; a re-run the admin asked for is no news.
            due.Requested ? null : notifier?.Hook(published, previous.Count == 0)) is null)
        {
            Log.LeaseLost(logger, due.Id);
            return;
        }

        catalog.Publish(published);
        if (slug != due.Slug)
        {
            catalog.Redirect(due.Slug, published.Id);   // also when the story was not yet published under it: the address was in the clusterer's hands
        }

        stats.RevisionWritten(summary.Flagged);
        Log.Written(logger, due.Id, revisions.Count, summary.SentencesChecked, summary.Flagged);
    }

    /// <summary>
    /// The story as written from <paramref name="stored"/> (at most
    /// <see cref="PipelineOptions.MaxArticlesPerStory"/> reports: a long story's first ones, its core,
    /// and its newest, <see cref="WrittenFrom"/>), every sentence checked: what a new revision of a
    /// story holding those reports publishes.
    /// </summary>
    internal async Task<(Story? Story, VerificationSummary Summary, IReadOnlyList<Article> Articles)> ComposeAsync(
        IReadOnlyList<StoredArticle> stored, CancellationToken ct)
    {
        var chosen = WrittenFrom.Reports(stored, _options.MaxArticlesPerStory);
        var articles = chosen.Select(a => a.ToArticle()).ToList();
        var draft = await writer.WriteAsync(articles, ct);
        var (story, summary) = Checked(draft, articles);
        return (story, summary, articles);
    }

    /// <summary>
    /// Whether the reports the story gained since its last revision change it materially
    /// (<see cref="MaterialChange"/>): a new outlet or a new fact. Its sources are the reports the
    /// last revision cites.
    /// </summary>
    private static bool ChangedMaterially(PublishedStory last, IReadOnlyList<StoredArticle> stored)
    {
        var cited = last.Content.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var before = stored.Where(a => cited.Contains(Id(a.Id))).Select(a => new ReportFacts(a.SourceName, a.Text)).ToList();
        var added = stored.Where(a => !cited.Contains(Id(a.Id))).Select(a => new ReportFacts(a.SourceName, a.Text)).ToList();
        return MaterialChange.IsMaterial(before, added);
    }

    private async Task SkipAsync(DueStory due, CancellationToken ct)
    {
        if (!await stories.SkipAsync(due.Id, due.ChangedAt, leases.Row(), ct))
        {
            Log.LeaseLost(logger, due.Id);
        }
    }

    /// <summary>What full-text search indexes of a revision: headline, lede, and every section's text.</summary>
    internal static StoryText SearchText(Story story) => new(
        story.Headline,
        story.Lede,
        string.Join('\n', story.Sections.SelectMany(s =>
            s.Paragraphs.SelectMany(p => p).Concat(s.Bullets).Select(c => c.Text).Prepend(s.Heading))));

    /// <summary>
    /// The draft as it may be published (<see cref="PublicationGate"/>): every sentence, bullet and
    /// fact row checked against the sources it cites and kept only when supported; the headline,
    /// each subhead and the dateline checked too, a refused one replaced by one that is supported
    /// or claims nothing. Story is null when nothing may be published (no supported sentence or no
    /// supported headline).
    /// </summary>
    internal (Story? Story, VerificationSummary Summary) Checked(Story draft, IReadOnlyList<Article> articles)
    {
        var gated = new PublicationGate(verifier).Check(draft, articles);
        foreach (var refused in gated.Parts.Where(p => !p.Supported && p.Part is StoryPart.Headline or StoryPart.Subhead or StoryPart.Dateline))
        {
            Log.Refused(logger, refused.Part.ToString(), refused.Text, string.Join("; ", refused.Reasons), refused.Published);
        }

        return (gated.Story, new VerificationSummary(gated.SentencesChecked, gated.SentencesSupported, gated.SentencesFlagged));
    }

    /// <summary>
    /// The reports the published story cites (its sources list), in the order given: what its
    /// topics, entities and revision notes are about. A report of the cluster that no sentence
    /// cites (left out as off topic, or saying nothing new) says nothing about the published story.
    /// All of them when the story lists no source.
    /// </summary>
    internal static IReadOnlyList<Article> Cited(Story story, IReadOnlyList<Article> articles)
    {
        var ids = story.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var cited = articles.Where(a => ids.Contains(a.Id)).ToList();
        return cited.Count > 0 ? cited : articles;
    }

    /// <summary>The story's topics and entities, from the reports it cites (<see cref="Cited"/>).</summary>
    internal static (IReadOnlyList<string> Topics, IReadOnlyList<string> Entities) Tags(Story story, IReadOnlyList<Article> articles)
    {
        var cited = Cited(story, articles);
        return (StoryTags.Topics(cited), StoryTags.Entities(cited));
    }

    /// <summary>The revision note: what this revision adds to the last, counting only the reports it cites (<see cref="Cited"/>).</summary>
    internal static string WhatChanged(PublishedStory? last, Story story, IReadOnlyList<Article> cited)
    {
        var outlets = cited.Select(a => a.Source).Distinct(StringComparer.Ordinal).ToList();
        if (last is null)
        {
            return $"First published from {Plural(cited.Count, "report")} by {Plural(outlets.Count, "outlet")}.";
        }

        var before = last.Content.Sources.Select(s => s.Source).ToHashSet(StringComparer.Ordinal);
        var beforeIds = last.Content.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var added = outlets.Where(o => !before.Contains(o)).ToList();
        var newReports = cited.Count(a => !beforeIds.Contains(a.Id));
        var parts = new List<string>();
        if (added.Count > 0)
        {
            parts.Add("added reporting from " + string.Join(", ", added));
        }
        else if (newReports > 0)
        {
            parts.Add($"added {Plural(newReports, "new report")}");
        }

        var oldFacts = last.Content.Facts.Select(f => f.Label + f.Value).ToHashSet(StringComparer.Ordinal);
        var newFacts = story.Facts.Count(f => !oldFacts.Contains(f.Label + f.Value));
        if (newFacts > 0)
        {
            parts.Add($"{Plural(newFacts, "new key fact")}");
        }

        if (!string.Equals(last.Content.Headline, story.Headline, StringComparison.Ordinal))
        {
            parts.Add("new headline");
        }

        return parts.Count == 0 ? "Rewritten from the same sources." : char.ToUpperInvariant(parts[0][0]) + string.Join("; ", parts)[1..] + ".";
    }

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static partial class Log
    {
        [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Story {StoryId} revision {Revision} written: {Sentences} sentences checked, {Removed} removed as unsupported")]
        public static partial void Written(ILogger logger, long storyId, int revision, int sentences, int removed);

        [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Story {StoryId}: no sentence or no headline of the draft was supported; not published")]
        public static partial void NothingSupported(ILogger logger, long storyId);

        [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Story {StoryId} could not be written; it stays due")]
        public static partial void Failed(ILogger logger, long storyId, Exception exception);

        [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Story {StoryId}: write lease expired before the revision was stored; not published by this worker")]
        public static partial void LeaseLost(ILogger logger, long storyId);

        [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "{Part} refused: \"{Text}\" ({Reasons}); published instead: \"{Published}\"")]
        public static partial void Refused(ILogger logger, string part, string text, string reasons, string published);

        [LoggerMessage(EventId = 4005, Level = LogLevel.Debug, Message = "Story {StoryId}: its new reports bring no new outlet or fact; no new revision")]
        public static partial void NotMaterial(ILogger logger, long storyId);
    }
}
