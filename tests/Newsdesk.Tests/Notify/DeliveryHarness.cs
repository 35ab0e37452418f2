using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newsdesk.Hosting;
using Newsdesk.Notify;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Testing;
using Newsdesk.Web;
using Newsdesk.Workers;
using Npgsql;

namespace Newsdesk.Tests.Notify;

/// <summary>The backends the delivery tests run on (xunit MemberData): SQLite, and PostgreSQL when NEWSDESK_TEST_POSTGRES is set.</summary>
public static class DeliveryBackends
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static TheoryData<string> All => [Sqlite, Postgres];
}

/// <summary>
/// A database (SQLite, or a fresh PostgreSQL database), follows, stories and one delivery worker
/// wired as the host wires them, on a clock the test moves; <see cref="NewWorker"/> adds workers
/// of other owners on clocks of their own. HTTP timeouts run on the real clock: only a destination
/// that never answers can reach them.
/// </summary>
internal sealed class DeliveryHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private readonly string folder;
    private readonly BoundedPost post;
    private readonly (string Admin, string Name)? postgres;
    private int stories;

    private DeliveryHarness(string folder, ManualClock clock, Database database, NotifyOptions options, (string Admin, string Name)? postgres)
    {
        this.folder = folder;
        this.postgres = postgres;
        Clock = clock;
        Database = database;
        Options = options;
        Follows = new FollowStore(database);
        Outbox = new NotificationOutbox(database);
        Stories = new StoryStore(database);
        post = new BoundedPost(options, TimeProvider.System);
        Worker = NewWorker("test-worker", Clock, new LeaseOptions());
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

    public static async Task<DeliveryHarness> CreateAsync(NotifyOptions? options = null, string backend = DeliveryBackends.Sqlite)
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsdesk-notify-" + Guid.NewGuid().ToString("N"));
        var clock = new ManualClock(Start);
        if (backend != DeliveryBackends.Postgres)
        {
            return new DeliveryHarness(folder, clock, await SqliteDatabase.OpenAsync(folder, clock, default, allowCreate: true), options ?? TestOptions(), null);
        }

        var admin = Environment.GetEnvironmentVariable("NEWSDESK_TEST_POSTGRES");
        TestEnvironment.Need(!string.IsNullOrWhiteSpace(admin), "NEWSDESK_TEST_POSTGRES (a PostgreSQL connection string) is not set");
        var name = "newsdesk_notify_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var database = await PostgresDatabase.OpenAsync(new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString(), clock, default);
        return new DeliveryHarness(folder, clock, database, options ?? TestOptions(), (admin!, name));
    }

    /// <summary>
    /// Another delivery worker on this database, as another process would run it: its own lease
    /// owner, row lease length and clock (a FakeTimeProvider fires its lease renewals when moved).
    /// </summary>
    public DeliveryWorker NewWorker(string owner, TimeProvider clock, LeaseOptions leases) => new(
        Outbox, Follows, new WorkerLeases(new LeaseOwner(owner), Microsoft.Extensions.Options.Options.Create(leases), clock),
        new WebChannels(post), new SmtpChannel(Options, TimeProvider.System), Microsoft.Extensions.Options.Options.Create(Options),
        new PublicLinks(new Uri("https://news.example/")), clock, NullLogger<DeliveryWorker>.Instance);

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
        var notifier = new RevisionNotifier(Microsoft.Extensions.Options.Options.Create(Options), new InMemoryStoryCatalog(Clock), Clock);
        await Stories.SaveRevisionAsync(id, JsonSerializer.Serialize(story, WritingStage.Json), "test", headline, 1, true,
            Clock.GetUtcNow(), Clock.GetUtcNow(), default, hook: notifier.Hook(story, firstRevision: true));
        return story;
    }

    public async Task<OutboxEntry> OnlyEntryAsync() => Assert.Single(await Outbox.ListAsync(null, 10, default));

    public async ValueTask DisposeAsync()
    {
        post.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (postgres is var (admin, name))
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

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
