using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using Newsdesk.Storage;
using Newsdesk.Testing;
using Newsdesk.Tests.Polling;

namespace Newsdesk.Tests.Install;

/// <summary>
/// A user's database from the previous release (tests/fixtures/upgrade) is opened by this build's
/// program: it is migrated to the current schema and every story it held is still served.
/// </summary>
public sealed class UpgradeTests
{
    /// <summary>Only a hang reaches this: the site answers within seconds once it listens.</summary>
    private static readonly TimeSpan ServeLimit = TimeSpan.FromMinutes(5);

    /// <summary>The schema version of the previous release, the one the fixture was written with.</summary>
    private const int PreviousSchema = 4;

    [Fact]
    public async Task A_database_from_the_previous_release_is_migrated_and_serves_every_story()
    {
        var data = Directory.CreateTempSubdirectory("newsdesk-upgrade-").FullName;
        try
        {
            var file = Path.Combine(data, SqliteDatabase.FileName);
            await UnpackFixtureAsync(file);
            var slugs = PublishedSlugs(file);
            Assert.Equal(PreviousSchema, long.Parse(Query(file, "SELECT MAX(version) FROM schema_migrations").Single(), System.Globalization.CultureInfo.InvariantCulture));

            await ServeEveryStoryAsync(data, slugs, _ => { });

            Assert.Equal(Migrator.Latest, long.Parse(Query(file, "SELECT MAX(version) FROM schema_migrations").Single(), System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>
    /// The same on PostgreSQL: a database at the previous release's schema (migrations up to
    /// <see cref="PreviousSchema"/>) holding the fixture's rows is opened by this build's program,
    /// migrated, and serves every story.
    /// </summary>
    [SkippableFact]
    public async Task A_postgres_database_from_the_previous_release_is_migrated_and_serves_every_story()
    {
        var admin = Environment.GetEnvironmentVariable("NEWSDESK_TEST_POSTGRES");
        TestEnvironment.Need(!string.IsNullOrWhiteSpace(admin), "NEWSDESK_TEST_POSTGRES (a PostgreSQL connection string) is not set");
        var data = Directory.CreateTempSubdirectory("newsdesk-upgrade-pg-").FullName;
        var name = "newsdesk_upgrade_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.ExecuteAsync($"CREATE DATABASE {name}");
        }

        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
        try
        {
            var file = Path.Combine(data, "previous-release.db");
            await UnpackFixtureAsync(file);
            var slugs = PublishedSlugs(file);
            var old = PostgresDatabase.Create(connectionString, TimeProvider.System);
            Assert.Equal(PreviousSchema, await Migrator.ApplyThroughAsync(old, PreviousSchema, TimeProvider.System, CancellationToken.None));
            var copied = await CopyRowsAsync(file, connectionString);
            Assert.True(copied > 0, "nothing was copied from the fixture");

            var folder = Directory.CreateDirectory(Path.Combine(data, "data")).FullName;
            await ServeEveryStoryAsync(folder, slugs, env => env["NEWSDESK__DATABASE"] = connectionString);

            await using var check = new NpgsqlConnection(connectionString);
            Assert.Equal(Migrator.Latest, await check.ExecuteScalarAsync<long>("SELECT MAX(version) FROM schema_migrations"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            }

            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task UnpackFixtureAsync(string file)
    {
        await using var packed = File.OpenRead(Path.Combine(TestEnvironment.RepoRoot, "tests", "fixtures", "upgrade", "schema-4-demo.db.gz"));
        await using var gzip = new GZipStream(packed, CompressionMode.Decompress);
        await using var unpacked = File.Create(file);
        await gzip.CopyToAsync(unpacked);
    }

    private static List<string> PublishedSlugs(string file)
    {
        var slugs = Query(file, "SELECT slug FROM stories WHERE slug IS NOT NULL AND EXISTS (SELECT 1 FROM story_revisions r WHERE r.story_id = stories.id)");
        Assert.NotEmpty(slugs);
        return slugs;
    }

    /// <summary>
    /// Copies every row of the SQLite fixture into the PostgreSQL tables of the same name, column by
    /// column where both have the column (PostgreSQL's generated columns compute themselves), with
    /// foreign keys off during the copy and each identity moved past the copied ids. Returns the rows copied.
    /// </summary>
    private static async Task<int> CopyRowsAsync(string file, string connectionString)
    {
        await using var target = new NpgsqlConnection(connectionString);
        await target.OpenAsync();
        var columns = (await target.QueryAsync<(string Table, string Column)>(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND is_generated = 'NEVER'"))
            .GroupBy(c => c.Table)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Column).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await source.OpenAsync();
        await using var tx = await target.BeginTransactionAsync();
        await target.ExecuteAsync("SET LOCAL session_replication_role = replica", transaction: tx);
        var copied = 0;
        foreach (var (table, known) in columns.Where(c => c.Key != "schema_migrations"))
        {
            await using var read = source.CreateCommand();
            read.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await read.ExecuteReaderAsync();
            var shared = Enumerable.Range(0, reader.FieldCount).Where(i => known.Contains(reader.GetName(i))).ToList();
            var insert = $"INSERT INTO \"{table}\" ({string.Join(", ", shared.Select(i => reader.GetName(i)))}) " +
                $"VALUES ({string.Join(", ", shared.Select(i => "@p" + i))})";
            while (await reader.ReadAsync())
            {
                var row = new DynamicParameters();
                foreach (var i in shared)
                {
                    row.Add("p" + i, reader.IsDBNull(i) ? null : reader.GetValue(i));
                }

                copied += await target.ExecuteAsync(insert, row, tx);
            }

            if (known.Contains("id"))
            {
                await target.ExecuteAsync(
                    $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM \"{table}\"), 0) + 1, false)", transaction: tx);
            }
        }

        await tx.CommitAsync();
        return copied;
    }

    private static async Task ServeEveryStoryAsync(string data, List<string> slugs, Action<IDictionary<string, string?>> environment)
    {
        var port = LoopbackPort.Free();
        var info = CliProcess.StartInfo(data, "serve", "--role", "web", "--urls", $"http://127.0.0.1:{port}");
        environment(info.Environment);
        using var serve = Process.Start(info)!;
        var stderr = serve.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = Patience.Hang };
            using var limit = new CancellationTokenSource(ServeLimit);
            await WaitUntilServingAsync(client, serve, stderr, limit.Token);
            foreach (var slug in slugs)
            {
                using var page = await client.GetAsync($"/story/{slug}", limit.Token);
                Assert.True(page.IsSuccessStatusCode, $"/story/{slug} answered {(int)page.StatusCode} after the upgrade");
                using var story = JsonDocument.Parse(await client.GetStringAsync($"/api/stories/{slug}", limit.Token));
                Assert.Equal(JsonValueKind.Object, story.RootElement.ValueKind);
            }

            using var api = JsonDocument.Parse(await client.GetStringAsync("/api/stories", limit.Token));
            Assert.Equal(JsonValueKind.Object, api.RootElement.ValueKind);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
            _ = await stderr;
        }
    }

    private static async Task WaitUntilServingAsync(HttpClient client, Process serve, Task<string> stderr, CancellationToken ct)
    {
        while (true)
        {
            if (serve.HasExited)
            {
                Assert.Fail("serve exited before it listened: " + await stderr);
            }

            try
            {
                using var health = await client.GetAsync("/healthz", ct);
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        }
    }

    private static List<string> Query(string file, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
