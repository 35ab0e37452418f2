using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Npgsql;

namespace Newsdesk.Scale;

/// <summary>What the shared database holds, counted with SQL.</summary>
internal sealed record FleetCounts(
    long Sources, long Unpolled, long Items, long Pending, long Articles, long Unclustered,
    long Stories, long Due, long Revisions, long StoriesWritten)
{
    /// <summary>Every source polled, every expected item stored and turned into an article, placed, and every story written.</summary>
    public bool Done(int expectedItems) =>
        Unpolled == 0 && Items >= expectedItems && Pending == 0 && Unclustered == 0 && Due == 0 && Articles >= expectedItems;
}

/// <summary>
/// Real <c>newsdesk serve --role worker</c> processes (the built CLI) sharing one fresh PostgreSQL
/// database, over <see cref="ScaleOutlets"/>: the sources are imported with <c>newsdesk sources
/// import</c> (which also migrates the database), then the workers run until the pipeline has
/// nothing left to do. Each worker's log goes to a file in <see cref="Folder"/>.
/// </summary>
internal sealed class WorkerFleet : IAsyncDisposable
{
    private readonly string admin;
    private readonly string databaseName;
    private readonly string dll;
    private readonly List<Process> workers = [];
    private readonly IReadOnlyDictionary<string, string> settings;

    private WorkerFleet(string admin, string databaseName, string connectionString, string dll, string folder, IReadOnlyDictionary<string, string> settings)
    {
        this.admin = admin;
        this.databaseName = databaseName;
        ConnectionString = connectionString;
        this.dll = dll;
        Folder = folder;
        this.settings = settings;
    }

    /// <summary>The application name of the fleet's own connections (counting), so that a test cutting the workers' connections spares them.</summary>
    public const string ApplicationName = "newsdesk-fleet";

    /// <summary>The workers' connection string.</summary>
    public string ConnectionString { get; }

    private string OwnConnectionString => new NpgsqlConnectionStringBuilder(ConnectionString) { ApplicationName = ApplicationName }.ToString();

    public string DatabaseName => databaseName;

    public string Folder { get; }

    public IReadOnlyList<Process> Workers => workers;

    /// <summary>
    /// The fleet's MinInterval, so a failed poll is retried within seconds while each source is
    /// still polled once when its polls succeed. A source starts on
    /// <see cref="Newsdesk.Sources.PollPolicy.InitialInterval"/> (30 min), so a poll that succeeds
    /// is not repeated for at least 15 min, and a run takes minutes. A failed poll backs off
    /// MinInterval × 2^(failures - 1): the first retry comes after a second, and only about nine
    /// failures in a row of one source would keep it away past a test's limit.
    /// </summary>
    /// <remarks>
    /// With MinInterval an hour, one failed feed fetch kept its source away for an hour and its item
    /// was never stored ("Items = 249" of 250 after a database restart). Such a failure happens on
    /// loopback too. The outlets' HttpListener closes a keep-alive connection after 15 s idle,
    /// while the workers' HttpClient keeps idle connections for a minute. A request sent on one just
    /// as the listener closes it is reset ("Connection reset by peer"), and HttpClient does not retry
    /// that. Workers stalled by a database restart or a busy machine leave connections idle that long.
    /// </remarks>
    internal static readonly TimeSpan FailedPollRetry = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The workers' configuration (NEWSDESK__ environment variables): loopback fetches allowed,
    /// no per-host gap (every outlet is 127.0.0.1), polling intervals as <see cref="FailedPollRetry"/>
    /// says, a story rewritten at most every 2 s while it grows, and short leases so a killed
    /// worker's share is taken over within seconds.
    /// </summary>
    public static Dictionary<string, string> DefaultSettings() => new(StringComparer.Ordinal)
    {
        ["NEWSDESK__FETCH__ALLOWEDADDRESSES__0"] = "127.0.0.1",
        ["NEWSDESK__FETCH__PERHOSTMINGAP"] = "00:00:00",
        ["NEWSDESK__FETCH__PERHOSTCONCURRENCY"] = "16",
        ["NEWSDESK__FETCH__TIMEOUT"] = "00:00:10",
        ["NEWSDESK__POLLING__MININTERVAL"] = FailedPollRetry.ToString("c", CultureInfo.InvariantCulture),
        ["NEWSDESK__POLLING__MAXINTERVAL"] = "04:00:00",
        ["NEWSDESK__POLLING__CONCURRENCY"] = "16",
        ["NEWSDESK__PIPELINE__FETCHCONCURRENCY"] = "16",
        ["NEWSDESK__PIPELINE__REWRITEINTERVAL"] = "00:00:02",
        ["NEWSDESK__PIPELINE__IDLEDELAY"] = "00:00:00.200",
        ["NEWSDESK__LEASES__DURATION"] = "00:00:15",
        ["NEWSDESK__LEASES__ROLEDURATION"] = "00:00:06",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Newsdesk.Workers.ClusterStage"] = "Information",
    };

    /// <summary>Creates a fresh database on the server of <paramref name="adminConnectionString"/> and imports the outlets' feeds as sources.</summary>
    public static async Task<WorkerFleet> PrepareAsync(
        string adminConnectionString, string dll, ScaleOutlets outlets, IReadOnlyDictionary<string, string> settings, CancellationToken ct)
    {
        var name = "newsdesk_scale_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(adminConnectionString))
        {
            await connection.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(ct);
        }

        var connectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ToString();
        var folder = Path.Combine(Path.GetTempPath(), name);
        Directory.CreateDirectory(folder);
        var fleet = new WorkerFleet(adminConnectionString, name, connectionString, Path.GetFullPath(dll), folder, settings);
        try
        {
            var opml = Path.Combine(folder, "outlets.opml");
            var text = new StringBuilder("<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>Scale</title></head><body>");
            var n = 0;
            foreach (var url in outlets.FeedUrls)
            {
                text.Append(CultureInfo.InvariantCulture, $"<outline type=\"rss\" text=\"Outlet {n}\" title=\"Outlet {n}\" xmlUrl=\"{WebUtility.HtmlEncode(url.AbsoluteUri)}\"/>");
                n++;
            }

            await File.WriteAllTextAsync(opml, text.Append("</body></opml>").ToString(), ct);
            using var import = Process.Start(fleet.StartInfo("sources", "import", opml))!;
            var stdout = import.StandardOutput.ReadToEndAsync(ct);
            var stderr = import.StandardError.ReadToEndAsync(ct);
            await import.WaitForExitAsync(ct);
            if (import.ExitCode != 0)
            {
                throw new InvalidOperationException($"newsdesk sources import failed ({import.ExitCode}): {await stderr}");
            }

            _ = await stdout;
            return fleet;
        }
        catch
        {
            await fleet.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts <paramref name="count"/> more worker processes.</summary>
    public void StartWorkers(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var index = workers.Count;
            var process = Process.Start(StartInfo("serve", "--role", "worker", "--urls", "http://127.0.0.1:0"))!;
            var log = new StreamWriter(Path.Combine(Folder, $"worker-{index}.log")) { AutoFlush = true };
            var gate = new Lock();
            void Write(string? line)
            {
                if (line is null)
                {
                    return;
                }

                lock (gate)
                {
                    log.WriteLine(line);
                }
            }

            process.OutputDataReceived += (_, e) => Write(e.Data);
            process.ErrorDataReceived += (_, e) => Write(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            workers.Add(process);
        }
    }

    /// <summary>Kills a worker outright (SIGKILL: no shutdown, no lease released).</summary>
    public async Task KillAsync(int index)
    {
        workers[index].Kill(entireProcessTree: true);
        await workers[index].WaitForExitAsync();
    }

    /// <summary>
    /// Ends every lease a (dead) worker holds, on rows and roles, as its lease time running out
    /// would: a test need not wait out leases long enough that no live worker's ever lapses.
    /// A lease owner is "host:pid:random", so the worker's process id names its leases.
    /// </summary>
    public async Task ExpireLeasesOfAsync(int index, CancellationToken ct)
    {
        var owner = "%:" + workers[index].Id.ToString(CultureInfo.InvariantCulture) + ":%";
        await using var connection = new NpgsqlConnection(OwnConnectionString);
        await connection.OpenAsync(ct);
        foreach (var sql in new[]
        {
            "UPDATE sources SET lease_expires_at = 0 WHERE lease_owner LIKE @owner",
            "UPDATE feed_items SET lease_expires_at = 0 WHERE lease_owner LIKE @owner",
            "UPDATE stories SET lease_expires_at = 0 WHERE lease_owner LIKE @owner",
            "UPDATE leases SET expires_at = 0 WHERE owner LIKE @owner",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("owner", owner);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    public string Log(int index) => File.ReadAllText(Path.Combine(Folder, $"worker-{index}.log"));

    /// <summary>How many times <paramref name="text"/> occurs in every worker's log, dead or alive.</summary>
    public int CountInLogs(string text) =>
        Enumerable.Range(0, workers.Count).Sum(i => Log(i).Split(text).Length - 1);

    public async Task<FleetCounts> CountsAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(OwnConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("""
            SELECT
              (SELECT COUNT(*) FROM sources),
              (SELECT COUNT(*) FROM sources WHERE last_poll_at IS NULL),
              (SELECT COUNT(*) FROM feed_items),
              (SELECT COUNT(*) FROM feed_items i WHERE NOT EXISTS (SELECT 1 FROM item_articles ia WHERE ia.item_id = i.id)),
              (SELECT COUNT(*) FROM articles),
              (SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)),
              (SELECT COUNT(*) FROM stories WHERE merged_into IS NULL),
              (SELECT COUNT(*) FROM stories WHERE merged_into IS NULL AND changed_at IS NOT NULL AND (written_for IS NULL OR changed_at > written_for)),
              (SELECT COUNT(*) FROM story_revisions),
              (SELECT COUNT(DISTINCT story_id) FROM story_revisions)
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new FleetCounts(
            reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4),
            reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9));
    }

    /// <summary>Runs one scalar query on the shared database.</summary>
    public async Task<long> ScalarAsync(string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(OwnConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    /// <summary>Waits until <see cref="FleetCounts.Done"/> holds; returns the last counts and whether it did within <paramref name="limit"/>.</summary>
    public async Task<(FleetCounts Counts, bool Done)> WaitUntilDoneAsync(int expectedItems, TimeSpan limit, Func<FleetCounts, Task>? onProgress = null)
    {
        var watch = Stopwatch.StartNew();
        FleetCounts counts;
        do
        {
            counts = await CountsAsync(default);
            if (counts.Done(expectedItems))
            {
                return (counts, true);
            }

            if (onProgress is not null)
            {
                await onProgress(counts);
            }

            await Task.Delay(100);
        }
        while (watch.Elapsed < limit && workers.Any(w => !w.HasExited));

        return (counts, false);
    }

    private ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Folder,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["NEWSDESK__DATABASE"] = ConnectionString;
        info.Environment["NEWSDESK__DATADIR"] = Path.Combine(Folder, "data");
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        return info;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in workers)
        {
            if (!worker.HasExited)
            {
                worker.Kill(entireProcessTree: true);
                await worker.WaitForExitAsync();
            }

            worker.Dispose();
        }

        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
