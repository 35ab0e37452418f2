using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newsdesk.Hosting;
using Newsdesk.Notify;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Web;
using Newsdesk.Workers;

namespace Newsdesk.Tests.Notify;

/// <summary>
/// A SQLite database, follows, stories and one delivery worker wired as the host wires them, on a
/// clock the test moves. HTTP timeouts run on the real clock: only a destination that never
/// answers can reach them.
/// </summary>
internal sealed class DeliveryHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private readonly string folder;
    private readonly BoundedPost post;
    private int stories;

    private DeliveryHarness(string folder, ManualClock clock, Database database, NotifyOptions options)
    {
        this.folder = folder;
        Clock = clock;
        Database = database;
        Options = options;
        Follows = new FollowStore(database);
        Outbox = new NotificationOutbox(database);
        Stories = new StoryStore(database);
        post = new BoundedPost(options, TimeProvider.System);
        Worker = new DeliveryWorker(
            Outbox, Follows, new WorkerLeases(new LeaseOwner("test-worker"), Microsoft.Extensions.Options.Options.Create(new LeaseOptions()), Clock),
            new WebChannels(post), new SmtpChannel(options, TimeProvider.System), Microsoft.Extensions.Options.Options.Create(options),
            new PublicLinks(new Uri("https://news.example/")), Clock, NullLogger<DeliveryWorker>.Instance);
    }

    public ManualClock Clock { get; }

    public Database Database { get; }

    public NotifyOptions Options { get; }

    public FollowStore Follows { get; }

    public NotificationOutbox Outbox { get; }

    public StoryStore Stories { get; }

    public DeliveryWorker Worker { get; }

    /// <summary>Options for tests: three tries, one minute base backoff, no per-destination gap, a timeout only a hang reaches.</summary>
    public static NotifyOptions TestOptions() => new()
    {
        MaxAttempts = 3,
        BaseBackoff = TimeSpan.FromMinutes(1),
        MaxBackoff = TimeSpan.FromMinutes(10),
        PerDestinationGap = TimeSpan.Zero,
        // Only a destination that never answers reaches this (the hang test sets its own short one).
        Timeout = TimeSpan.FromMinutes(2),
        MaxResponseBytes = 64 * 1024,
    };

    public static async Task<DeliveryHarness> CreateAsync(NotifyOptions? options = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsdesk-notify-" + Guid.NewGuid().ToString("N"));
        var clock = new ManualClock(Start);
        var database = await SqliteDatabase.OpenAsync(folder, clock, default, allowCreate: true);
        return new DeliveryHarness(folder, clock, database, options ?? TestOptions());
    }

    public Task<Follow> EmailFollowAsync(string name, string address, DigestSchedule digest = DigestSchedule.Immediate) =>
        Follows.AddAsync(new FollowSpec(name, FollowKind.Breaking, "", FollowTrigger.New, Channel.Email, address, digest), Clock.GetUtcNow(), default);

    public Task<Follow> FollowAsync(string name, Channel channel, Uri target, FollowTrigger on = FollowTrigger.New) =>
        Follows.AddAsync(new FollowSpec(name, FollowKind.Breaking, "", on, channel, target.AbsoluteUri), Clock.GetUtcNow(), default);

    /// <summary>Publishes a breaking story's first revision, queuing its deliveries as the writing stage does; returns the story.</summary>
    public async Task<PublishedStory> PublishAsync(string headline = "Harbour board votes to extend the eastern quay", double significance = 1)
    {
        var sample = SampleStories.Create(1, Clock.GetUtcNow())[0];
        var n = ++stories;
        var (id, slug) = await Stories.CreateAsync("story-" + n, Clock.GetUtcNow(), default);
        var story = sample with
        {
            Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture), Slug = slug, Breaking = true, Significance = significance,
            Content = sample.Content with { Headline = headline },
        };
        var notifier = new RevisionNotifier(Microsoft.Extensions.Options.Options.Create(Options), Clock);
        await Stories.SaveRevisionAsync(id, JsonSerializer.Serialize(story, WritingStage.Json), "test", headline, 1, true,
            Clock.GetUtcNow(), Clock.GetUtcNow(), default, hook: notifier.Hook(story, firstRevision: true));
        return story;
    }

    public async Task<OutboxEntry> OnlyEntryAsync() => Assert.Single(await Outbox.ListAsync(null, 10, default));

    public async ValueTask DisposeAsync()
    {
        post.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await Task.Yield();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
