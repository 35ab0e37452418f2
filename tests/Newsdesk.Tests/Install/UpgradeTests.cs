using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
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

    [Fact]
    public async Task A_database_from_the_previous_release_is_migrated_and_serves_every_story()
    {
        var data = Directory.CreateTempSubdirectory("newsdesk-upgrade-").FullName;
        try
        {
            var file = Path.Combine(data, SqliteDatabase.FileName);
            await using (var packed = File.OpenRead(Path.Combine(TestEnvironment.RepoRoot, "tests", "fixtures", "upgrade", "schema-4-demo.db.gz")))
            await using (var gzip = new GZipStream(packed, CompressionMode.Decompress))
            await using (var unpacked = File.Create(file))
            {
                await gzip.CopyToAsync(unpacked);
            }

            var slugs = Query(file, "SELECT slug FROM stories WHERE slug IS NOT NULL AND EXISTS (SELECT 1 FROM story_revisions r WHERE r.story_id = stories.id)");
            Assert.Equal(4, long.Parse(Query(file, "SELECT MAX(version) FROM schema_migrations").Single(), System.Globalization.CultureInfo.InvariantCulture));
            Assert.NotEmpty(slugs);

            var port = LoopbackPort.Free();
            using var serve = Process.Start(CliProcess.StartInfo(data, "serve", "--role", "web", "--urls", $"http://127.0.0.1:{port}"))!;
            var stderr = serve.StandardError.ReadToEndAsync();
            try
            {
                using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
                using var limit = new CancellationTokenSource(ServeLimit);
                await WaitUntilServingAsync(client, serve, stderr, limit.Token);
                foreach (var slug in slugs)
                {
                    using var page = await client.GetAsync($"/story/{slug}", limit.Token);
                    Assert.True(page.IsSuccessStatusCode, $"/story/{slug} answered {(int)page.StatusCode} after the upgrade");
                }

                using var api = JsonDocument.Parse(await client.GetStringAsync("/api/stories", limit.Token));
                Assert.NotEqual(JsonValueKind.Undefined, api.RootElement.ValueKind);
            }
            finally
            {
                serve.Kill(entireProcessTree: true);
                await serve.WaitForExitAsync();
            }

            Assert.Equal(Migrator.Latest, long.Parse(Query(file, "SELECT MAX(version) FROM schema_migrations").Single(), System.Globalization.CultureInfo.InvariantCulture));
            _ = await stderr;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
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
