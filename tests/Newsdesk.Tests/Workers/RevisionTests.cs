using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Feeds;
using Newsdesk.Hosting;
using Newsdesk.Sources;
using Newsdesk.Storage;
using Newsdesk.Workers;

namespace Newsdesk.Tests.Workers;

/// <summary>
/// A published story gets a new revision only when its sources change materially (a new outlet,
/// a new fact) or when a re-run is asked for; a report that repeats what is known does not.
/// </summary>
public sealed class RevisionTests : IDisposable
{
    private const string First =
        "The harbour board voted on Tuesday to extend the eastern quay at Port Calder by 120 metres. " +
        "Board chair Ellen Marsh said the work would let larger container ships berth at the port. " +
        "Construction is expected to start in the spring and to take two years.";

    private const string Repeated =
        "The harbour board voted on Tuesday to extend the eastern quay at Port Calder by 120 metres. " +
        "Board chair Ellen Marsh said the work would let larger container ships berth at the port.";

    private const string NewFigure =
        "The harbour board voted on Tuesday to extend the eastern quay at Port Calder by 120 metres. " +
        "The extension will cost 45 million pounds, according to the board's budget papers.";

    private readonly string _data = Path.Combine(Path.GetTempPath(), "newsdesk-revisions-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public async Task Only_a_new_outlet_a_new_fact_or_a_rerun_makes_a_new_revision()
    {
        var app = Worker();
        await using (app)
        {
            var (database, stories, writing) = await StagesAsync(app);
            var articles = await ArticlesAsync(database, ("Harbour News", First), ("Harbour News", Repeated), ("Harbour News", NewFigure), ("Coast Daily", Repeated));
            var now = DateTimeOffset.UtcNow;
            var (story, _) = await stories.CreateAsync("quay", now, default);

            async Task<int> AddAndWriteAsync(long article)
            {
                await stories.AddArticleAsync(story, article, DateTimeOffset.UtcNow, default);
                await writing.RunAsync(default);
                return (await stories.RevisionsAsync(story, default)).Count;
            }

            Assert.Equal(1, await AddAndWriteAsync(articles[0]));
            Assert.Equal(1, await AddAndWriteAsync(articles[1]));   // same outlet, nothing new
            Assert.Empty(await stories.DueAsync(DateTimeOffset.UtcNow, TimeSpan.Zero, 10, default));
            Assert.Equal(2, await AddAndWriteAsync(articles[2]));   // a new figure: 45 million pounds
            Assert.Equal(3, await AddAndWriteAsync(articles[3]));   // a new outlet

            Assert.True(await stories.RequestRewriteAsync(story, DateTimeOffset.UtcNow, default));
            await writing.RunAsync(default);
            var revisions = await stories.RevisionsAsync(story, default);
            Assert.Equal(4, revisions.Count);
            Assert.Contains("Coast Daily", revisions[2].Json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_revision_written_late_is_dated_by_its_newest_report()
    {
        var app = Worker();
        await using (app)
        {
            var (database, stories, writing) = await StagesAsync(app);
            var catalog = app.Services.GetRequiredService<Newsdesk.Publishing.InMemoryStoryCatalog>();

            // Two reports of three days ago; the story changed then and a day later; the writer reaches it only now.
            var reportedAt = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()).AddDays(-3);
            var articles = await ArticlesAsync(database, reportedAt, "https://harbour.example/feed", ("Harbour News", First), ("Coast Daily", NewFigure));
            var (story, slug) = await stories.CreateAsync("quay", reportedAt, default);
            await stories.AddArticleAsync(story, articles[0], reportedAt, default);
            await writing.RunAsync(default);
            await stories.AddArticleAsync(story, articles[1], reportedAt.AddDays(1), default);
            await writing.RunAsync(default);

            var published = await catalog.GetBySlugAsync(slug, default);
            Assert.NotNull(published);
            Assert.Equal(2, published.Revisions.Count);
            Assert.Equal(reportedAt, published.Published);
            Assert.Equal(reportedAt, published.Updated);   // not now, not the day-later placement: the news is of three days ago
            Assert.All(published.Revisions, r => Assert.Equal(reportedAt, r.Time));

            // A report of two days ago, placed now: the revision is dated by that report.
            var later = reportedAt.AddDays(1);
            var late = await ArticlesAsync(database, later, "https://gazette.example/feed", ("Port Gazette", NewFigure));
            await stories.AddArticleAsync(story, late[0], DateTimeOffset.UtcNow, default);
            await writing.RunAsync(default);
            published = await catalog.GetBySlugAsync(slug, default);
            Assert.Equal(3, published!.Revisions.Count);
            Assert.Equal(later, published.Updated);
            Assert.Equal(reportedAt, published.Published);
        }
    }

    [Fact]
    public async Task A_gallery_is_not_written_as_a_story_nor_used_in_one()
    {
        var app = Worker();
        await using (app)
        {
            var (database, stories, writing) = await StagesAsync(app);
            var now = DateTimeOffset.UtcNow;
            var articles = await TitledArticlesAsync(database, now, "https://harbour.example/feed",
                ("Harbour News", "In pictures: The eastern quay at Port Calder", First),
                ("Coast Daily", QuayTitle, NewFigure));
            var (gallery, _) = await stories.CreateAsync("in-pictures", now, default);
            await stories.AddArticleAsync(gallery, articles[0], now, default);
            var (story, _) = await stories.CreateAsync("quay", now, default);
            await stories.AddArticleAsync(story, articles[0], now, default);
            await stories.AddArticleAsync(story, articles[1], now, default);
            await writing.RunAsync(default);

            Assert.Empty(await stories.RevisionsAsync(gallery, default));
            var written = Assert.Single(await stories.RevisionsAsync(story, default));
            Assert.DoesNotContain("In pictures", written.Json, StringComparison.Ordinal);
            Assert.Contains("Coast Daily", written.Json, StringComparison.Ordinal);
            Assert.Empty(await stories.DueAsync(DateTimeOffset.UtcNow, TimeSpan.Zero, 10, default));   // the gallery's story is not left due
        }
    }

    private static Task<List<long>> ArticlesAsync(Database database, params (string Outlet, string Text)[] reports) =>
        ArticlesAsync(database, DateTimeOffset.UtcNow, "https://harbour.example/feed", reports);

    [Fact]
    public async Task A_story_whose_slug_names_another_headline_gets_its_own_and_the_old_one_still_answers()
    {
        var app = Worker();
        await using (app)
        {
            var (database, stories, writing) = await StagesAsync(app);
            var catalog = app.Services.GetRequiredService<Newsdesk.Publishing.InMemoryStoryCatalog>();
            var now = DateTimeOffset.UtcNow;
            var articles = await ArticlesAsync(database, ("Harbour News", First), ("Coast Daily", NewFigure));

            // The clusterer named the story after its first report, which the writer did not take as the headline.
            var (story, old) = await stories.CreateAsync("kias-new-rio-supermini-gets-hybrid-technology", now, default);
            await stories.AddArticleAsync(story, articles[0], now, default);
            await stories.AddArticleAsync(story, articles[1], now, default);
            await writing.RunAsync(default);

            var published = await catalog.GetBySlugAsync(old, default);
            Assert.NotNull(published);
            Assert.Equal("harbour-board-votes-to-extend-the-eastern-quay", published.Slug);   // the page at the old slug redirects here
            Assert.Equal(story.ToString(System.Globalization.CultureInfo.InvariantCulture), published.Id);

            // After a restart too: the catalog is loaded with the stories' slugs now and the earlier ones as redirects.
            Assert.Equal(published.Slug, Assert.Single(await stories.LatestRevisionsAsync(default)).Slug);
            Assert.Contains((old, story), await stories.RedirectsAsync(default));
        }
    }

    /// <summary>A worker host, not started: the stages are driven by hand, one round at a time; a story may be rewritten at once.</summary>
    private WebApplication Worker() => ServeHost.Build(ServeRole.Worker, "http://127.0.0.1:0", new Dictionary<string, string?>
    {
        ["Newsdesk:DataDir"] = _data,
        ["Newsdesk:Pipeline:RewriteInterval"] = "00:00:00",
    });

    private static async Task<(Database Database, StoryStore Stories, WritingStage Writing)> StagesAsync(WebApplication app)
    {
        var database = app.Services.GetRequiredService<Database>();
        await DatabaseSelector.InitializeAsync(database, TimeProvider.System, default);
        return (database, app.Services.GetRequiredService<StoryStore>(), app.Services.GetRequiredService<WritingStage>());
    }

    private const string QuayTitle = "Harbour board votes to extend the eastern quay";

    private static Task<List<long>> ArticlesAsync(Database database, DateTimeOffset now, string feed, params (string Outlet, string Text)[] reports) =>
        TitledArticlesAsync(database, now, feed, reports.Select(r => (r.Outlet, QuayTitle, r.Text)).ToArray());

    internal static async Task<List<long>> TitledArticlesAsync(Database database, DateTimeOffset now, string feed, params (string Outlet, string Title, string Text)[] reports)
    {
        var site = feed[..feed.LastIndexOf('/')];
        var (source, _) = await new SourceStore(database).AddAsync(new NewSource(feed), TimeSpan.FromMinutes(30), now, default);
        var items = reports.Select((_, i) =>
        {
            var link = $"{site}/quay-{i}";
            var item = new FeedItem("quay-" + i, reports[i].Title, link, now, null, null, "summary", null);
            return new ItemToStore(ItemIdentity.Guid(item), ItemIdentity.CanonicalLink(link), ItemIdentity.ContentHash(item), item);
        }).ToList();
        var update = new SourcePollUpdate(now, true, null, new PollSchedule(now.AddMinutes(30), TimeSpan.FromMinutes(30), 0));
        await new ItemStore(database).SavePollAsync(source.Id, items, now, _ => update, default);

        var store = new ArticleStore(database);
        var pending = await store.PendingAsync(10, default);
        var ids = new List<long>();
        for (var i = 0; i < reports.Length; i++)
        {
            var url = $"{site}/quay-{i}";
            var (id, _) = await store.AddAsync(new ArticleToStore(
                pending.Single(p => p.Link == url).ItemId, url, url, reports[i].Outlet, reports[i].Title,
                null, now, "en", null, reports[i].Text, "page", null, null, now, null), default);
            ids.Add(id);
        }

        return ids;
    }
}
