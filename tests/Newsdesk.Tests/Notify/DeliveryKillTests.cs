using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Newsdesk.Notify;
using Newsdesk.Storage;
using Newsdesk.Testing;
using Newsdesk.Tests.Polling;
using Newsdesk.Web;
using Newsdesk.Workers;
using Npgsql;

namespace Newsdesk.Tests.Notify;

/// <summary>
/// Real <c>newsdesk serve --role worker</c> processes deliver a breaking follow's webhooks; the one
/// sending the <see cref="HeldRequest"/>th request is SIGKILLed while the receiver holds that request
/// unanswered (mid-delivery, by construction, not by timing), after the test has seen it renew that
/// row's lease mid-send. After the kill (and a restart) every delivery arrives exactly once, signed,
/// except the one the kill interrupted, which comes again once under the same id and body; counted
/// at the receiver (which accepts each request it answers), each (follow, story revision) is
/// accepted exactly once, with no deduplication. SQLite with one worker; PostgreSQL
/// (NEWSDESK_TEST_POSTGRES) with two, the other carrying on.
/// </summary>
public sealed class DeliveryKillTests : IAsyncLifetime
{
    private const int Stories = 10;

    /// <summary>The request held unanswered until its sender is dead (the ones before are answered at once).</summary>
    private const int HeldRequest = 4;

    /// <summary>
    /// Row leases of the workers: <see cref="Patience.Hang"/>. A live worker renews the lease of what
    /// it sends every third of this (1 min), so only a worker stalled for two minutes, a hang, lets
    /// it lapse. With 30 s leases a worker stalled 20 s by a busy machine would lose its row, and
    /// another would send it a second time. With 10 s leases and no renewal, CI under load saw exactly
    /// that. The test waits to see one renewal of the held row before the kill (a minute, idle); the
    /// killed worker's leases are then ended by SQL, as their running out would.
    /// </summary>
    private static readonly TimeSpan RowLease = Patience.Hang;

    private readonly Receiver receiver = new();
    private readonly TaskCompletionSource<string> held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource killed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> accepted = new();
    private readonly List<Process> workers = [];
    private readonly string folder = Path.Combine(Path.GetTempPath(), "newsdesk-notify-kill-" + Guid.NewGuid().ToString("N"));
    private string? postgresAdmin;
    private string? postgresName;
    private int requests;

    [Fact]
    public Task SQLite_one_worker_killed_mid_delivery_then_restarted() => RunAsync(postgres: false, workerCount: 1);

    [SkippableFact]
    public Task PostgreSQL_two_workers_one_killed_mid_delivery_then_restarted() => RunAsync(postgres: true, workerCount: 2);

    private async Task RunAsync(bool postgres, int workerCount)
    {
        Assert.True(File.Exists(CliProcess.Dll), $"build the CLI first: {CliProcess.Dll} is missing");
        var (database, connectionString) = postgres ? await PostgresAsync() : (await SqliteDatabase.OpenAsync(Data, TimeProvider.System, default, allowCreate: true), null);
        var follow = await new FollowStore(database).AddAsync(
            new FollowSpec("Breaking", FollowKind.Breaking, "", FollowTrigger.New, Channel.Webhook, receiver.Url("/hook").AbsoluteUri), DateTimeOffset.UtcNow, default);
        receiver.On("/hook", async (ctx, request) =>
        {
            var id = request.Headers[WebhookSignature.DeliveryHeader] ?? "";
            if (Interlocked.Increment(ref requests) == HeldRequest)
            {
                held.SetResult(id);
                await killed.Task;   // the sender is dead by now: nobody reads an answer
                ctx.Response.Abort();
                return;
            }

            accepted.Enqueue(id);
            await Receiver.Status(ctx, 200);
        });
        var expected = await PublishAsync(database, follow);
        Assert.Equal(Stories, expected.Count);

        for (var i = 0; i < workerCount; i++)
        {
            workers.Add(StartWorker(connectionString));
        }

        var heldId = await held.Task.WaitAsync(Patience.Hang);
        var (owner, leasedUntil) = await LeaseAsync(database, follow, heldId);
        var pid = int.Parse(owner!.Split(':')[1], CultureInfo.InvariantCulture);

        // The live worker renews the held row's lease mid-send (a third of the lease after it took it).
        var renewWatch = Stopwatch.StartNew();
        while ((await LeaseAsync(database, follow, heldId)).Until <= leasedUntil && renewWatch.Elapsed < Patience.Hang)
        {
            await Task.Delay(100);
        }

        var renewed = await LeaseAsync(database, follow, heldId);
        Assert.True(renewed.Until > leasedUntil, $"worker {owner} did not renew the lease of {heldId} while sending it");
        Assert.Equal(owner, renewed.Owner);

        var victim = Assert.Single(workers, w => w.Id == pid);
        victim.Kill(entireProcessTree: true);   // SIGKILL: no shutdown, its leases stay taken
        await victim.WaitForExitAsync();
        var freed = await database.WriteAsync((c, tx) => c.ExecuteAsync(
            "UPDATE outbox SET lease_expires_at = 0 WHERE lease_owner = @owner", new { owner }, tx), default);
        Assert.True(freed > 0, $"the killed worker {owner} held no outbox lease");
        killed.SetResult();
        workers.Add(StartWorker(connectionString));   // the restart

        var watch = Stopwatch.StartNew();
        while (await SentAsync(database) < Stories && watch.Elapsed < Patience.Hang * 2)
        {
            await Task.Delay(100);
        }

        Assert.Equal(Stories, await SentAsync(database));
        var copies = receiver.Requests.GroupBy(r => r.Headers[WebhookSignature.DeliveryHeader] ?? "").ToDictionary(g => g.Key, g => g.ToList());

        // Every delivery arrived, and nothing else did.
        Assert.Equal(expected.Order(StringComparer.Ordinal), copies.Keys.Order(StringComparer.Ordinal));

        // Counted at the receiver, without deduplication: each (follow, story revision) accepted exactly once.
        Assert.Equal(expected.Order(StringComparer.Ordinal), accepted.Order(StringComparer.Ordinal));

        // Raw copies: one of each delivery, two of the one the kill interrupted (the held one and the one sent after).
        Assert.All(copies.Where(c => c.Key != heldId), c => Assert.True(c.Value.Count == 1, $"{c.Key} arrived {c.Value.Count} times"));
        Assert.Equal(2, copies[heldId].Count);

        // Every copy is signed, and the second copy is the same delivery (same body), never a new one.
        foreach (var (_, list) in copies)
        {
            Assert.All(list, r => Assert.True(WebhookSignature.Verify(follow.Secret, r.Body, r.Headers[WebhookSignature.Header])));
            Assert.All(list, r => Assert.Equal(list[0].Text, r.Text));
        }
    }

    /// <summary>The lease owner and expiry (Unix ms) of the outbox row of <paramref name="deliveryId"/>.</summary>
    private static Task<(string? Owner, long Until)> LeaseAsync(Database database, Follow follow, string deliveryId) =>
        database.ReadAsync(c => c.QuerySingleAsync<(string?, long)>(
            "SELECT lease_owner, lease_expires_at FROM outbox WHERE follow_id = @follow AND story_id = @story",
            new { follow = follow.Id, story = StoryOf(deliveryId) }), default);

    private string Data => Path.Combine(folder, "data");

    private static long StoryOf(string deliveryId) => long.Parse(deliveryId.Split('-')[2], CultureInfo.InvariantCulture);

    private static Task<long> SentAsync(Database database) =>
        database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE state = 'sent'"), default);

    /// <summary>Publishes <see cref="Stories"/> breaking stories as the writing stage does (deliveries queued in each revision's transaction); returns their delivery ids.</summary>
    private static async Task<List<string>> PublishAsync(Database database, Follow follow)
    {
        var stories = new StoryStore(database);
        var notifier = new RevisionNotifier(Options.Create(new NotifyOptions()), new Newsdesk.Publishing.InMemoryStoryCatalog(TimeProvider.System), TimeProvider.System);
        var ids = new List<string>();
        for (var n = 0; n < Stories; n++)
        {
            var now = DateTimeOffset.UtcNow;
            var sample = SampleStories.Create(1, now)[0];
            var (id, slug) = await stories.CreateAsync("kill-" + n.ToString(CultureInfo.InvariantCulture), now, default);
            var story = sample with
            {
                Id = id.ToString(CultureInfo.InvariantCulture), Slug = slug, Breaking = true,
                Content = sample.Content with { Headline = $"Breaking story number {n}" },
            };
            await stories.SaveRevisionAsync(id, JsonSerializer.Serialize(story, WritingStage.Json), "test", story.Content.Headline, 1, true,
                now, now, default, hook: notifier.Hook(story, firstRevision: true));
            ids.Add($"nd-{follow.Id}-{id}-1");
        }

        return ids;
    }

    private Process StartWorker(string? connectionString)
    {
        var info = CliProcess.StartInfo(Data, "serve", "--role", "worker", "--urls", "http://127.0.0.1:0");
        info.Environment["NEWSDESK__LEASES__DURATION"] = RowLease.ToString("c", CultureInfo.InvariantCulture);
        info.Environment["NEWSDESK__NOTIFY__PERDESTINATIONGAP"] = "00:00:00";
        info.Environment["NEWSDESK__NOTIFY__IDLEDELAY"] = "00:00:00.100";
        info.Environment["NEWSDESK__NOTIFY__BATCHSIZE"] = "2";   // two workers share the rows
        info.Environment["NEWSDESK__NOTIFY__TIMEOUT"] = "00:10:00";   // the held request never times out before the kill
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        if (connectionString is not null)
        {
            info.Environment["NEWSDESK__DATABASE"] = connectionString;
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task<(Database Database, string ConnectionString)> PostgresAsync()
    {
        postgresAdmin = Environment.GetEnvironmentVariable("NEWSDESK_TEST_POSTGRES");
        TestEnvironment.Need(!string.IsNullOrWhiteSpace(postgresAdmin), "NEWSDESK_TEST_POSTGRES (a PostgreSQL connection string) is not set");
        postgresName = "newsdesk_notify_kill_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(postgresAdmin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {postgresName}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = postgresName }.ToString();
        return (await PostgresDatabase.OpenAsync(connectionString, TimeProvider.System, default), connectionString);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        killed.TrySetResult();
        foreach (var worker in workers)
        {
            if (!worker.HasExited)
            {
                worker.Kill(entireProcessTree: true);
                await worker.WaitForExitAsync();
            }

            worker.Dispose();
        }

        await receiver.DisposeAsync();
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (postgresName is not null)
        {
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
