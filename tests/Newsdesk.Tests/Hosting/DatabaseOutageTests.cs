using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Newsdesk.Hosting;
using Newsdesk.Sources;
using Newsdesk.Storage;
using Newsdesk.Testing;
using Newsdesk.Tests.Polling;
using Npgsql;

namespace Newsdesk.Tests.Hosting;

/// <summary>
/// A <c>serve --role worker</c> host on PostgreSQL (NEWSDESK_TEST_POSTGRES; skips visibly without
/// it, fails under NEWSDESK_REQUIRE_SERVICES=1) whose database goes away for longer than its
/// retries: the network is a <see cref="DatabaseGate"/> the test closes and opens. The worker
/// neither fails to start nor stops; it logs, tries again, and works once the database is back.
/// Every wait is for a count (connections refused, items stored), never for a length of time.
/// </summary>
public sealed class DatabaseOutageTests
{
    [SkippableFact]
    public async Task A_worker_outlives_a_database_unreachable_at_start_and_while_running()
    {
        var admin = Environment.GetEnvironmentVariable("NEWSDESK_TEST_POSTGRES");
        TestEnvironment.Need(!string.IsNullOrWhiteSpace(admin), "NEWSDESK_TEST_POSTGRES (a PostgreSQL connection string) is not set");
        var name = "newsdesk_outage_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin!, $"CREATE DATABASE {name}");
        var direct = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
        var data = Path.Combine(Path.GetTempPath(), name);
        try
        {
            await using var feeds = new FeedServer();
            foreach (var feed in new[] { "before", "after" })
            {
                feeds.MapText($"/{feed}.xml", FeedServer.Rss(feed, Enumerable.Range(0, 2)
                    .Select(i => ($"{feed}-{i}", $"Report {feed} {i}", feeds.Url($"/{feed}/{i}.html").AbsoluteUri, $"What happened {feed}, part {i}.")).ToArray()));
            }

            await using var network = new DatabaseGate(direct, open: false);
            var app = ServeHost.Build(ServeRole.Worker, "http://127.0.0.1:0", new Dictionary<string, string?>
            {
                ["Newsdesk:Database"] = network.Through(direct),
                ["Newsdesk:DataDir"] = data,
                ["Newsdesk:Fetch:AllowPrivateAddresses"] = "true",
                ["Newsdesk:Fetch:PerHostMinGap"] = "00:00:00",
                ["Newsdesk:Pipeline:IdleDelay"] = "00:00:00.200",
            });
            await using (app)
            {
                var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

                // Start with the database unreachable: one round of retries (StorageRetry.MaxServerAttempts
                // connections) used to end the start, and the process with it.
                var start = app.StartAsync();
                await WaitUntilAsync(() => network.Refused > StorageRetry.MaxServerAttempts || start.IsCompleted, "the start to try the database");
                Assert.False(start.IsCompleted, $"the start ended while the database was unreachable: {start.Exception?.GetBaseException().Message}");
                network.Open();
                await start.WaitAsync(Patience.Hang);

                var database = PostgresDatabase.Create(direct, TimeProvider.System);
                var sources = new SourceStore(database);
                await sources.AddAsync(new NewSource(feeds.Url("/before.xml").AbsoluteUri), TimeSpan.FromHours(1), DateTimeOffset.UtcNow, default);
                await WaitUntilAsync(async () => await ItemsAsync(database) >= 2, "the first feed's items to be stored");

                // Cut every connection and refuse new ones for more than one round of retries while the
                // pipeline runs, then let the database back.
                var refusedBefore = network.Refused;
                network.Close();
                await WaitUntilAsync(() => network.Refused > refusedBefore + StorageRetry.MaxServerAttempts, "the pipeline to try the database");
                Assert.False(stopping.IsCancellationRequested, "the worker stopped while the database was unreachable");
                network.Open();

                await sources.AddAsync(new NewSource(feeds.Url("/after.xml").AbsoluteUri), TimeSpan.FromHours(1), DateTimeOffset.UtcNow, default);
                await WaitUntilAsync(async () => await ItemsAsync(database) >= 4, "the second feed's items to be stored after the outage");
                Assert.False(stopping.IsCancellationRequested, "the worker stopped");
                await app.StopAsync();
            }

            NpgsqlConnection.ClearAllPools();
        }
        finally
        {
            await ExecuteAsync(admin!, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private static Task<long> ItemsAsync(Database database) =>
        database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM feed_items"), default);

    private static Task WaitUntilAsync(Func<bool> done, string what) => WaitUntilAsync(() => Task.FromResult(done()), what);

    /// <summary>Waits for <paramref name="done"/>; only a hang reaches <see cref="Patience.Hang"/>.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> done, string what)
    {
        using var hang = new CancellationTokenSource(Patience.Hang);
        while (!await done())
        {
            Assert.False(hang.IsCancellationRequested, $"waited {Patience.Hang} for {what}");
            await Task.Delay(100);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
