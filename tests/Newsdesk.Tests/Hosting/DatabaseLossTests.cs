using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Newsdesk.Storage;
using Newsdesk.Testing;
using Newsdesk.Tests.Polling;

namespace Newsdesk.Tests.Hosting;

/// <summary>
/// A real <c>newsdesk serve</c> process on a real file: the database deleted while it runs is
/// reported in one log line and on /healthz (503), nothing is written into the void, and the next
/// start refuses without --create; a full disk (a 2 MB tmpfs) is one log line per episode, a
/// "degraded" /healthz, and writes resume once space is freed; a start on a full disk says so, once.
/// </summary>
public sealed class DatabaseLossTests : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "newsdesk-loss-" + Guid.NewGuid().ToString("N"));
    private readonly FeedServer _feeds = new();
    private bool _mounted;

    [Fact]
    public async Task A_database_deleted_while_serving_is_reported_and_not_recreated()
    {
        Directory.CreateDirectory(_data);
        await using (var serve = ServeProcess.Start(_data))
        {
            await serve.WaitForHealthAsync(HttpStatusCode.OK, "\"ok\"");
            foreach (var file in Directory.GetFiles(_data, SqliteDatabase.FileName + "*"))
            {
                File.Delete(file);   // what `rm newsdesk.db*` does
            }

            var body = await serve.WaitForHealthAsync(HttpStatusCode.ServiceUnavailable, "deleted while running");
            Assert.Contains("\"unavailable\"", body, StringComparison.Ordinal);
            await serve.WaitForLogAsync("Database Deleted");
            await serve.WaitForHealthAsync(HttpStatusCode.ServiceUnavailable, "deleted while running");   // still, after more checks
            Assert.Single(serve.Log, line => line.Contains("Database Deleted", StringComparison.Ordinal));
            // Every worker (poller, pipeline, writer, deliveries: rounds 200 ms apart here) meets the refusal
            // and stays quiet: one line for the episode, no stack trace per round (session 6: the delivery
            // worker logged one every round).
            Assert.DoesNotContain(serve.Log, line => line.Contains(nameof(DatabaseRefusedException), StringComparison.Ordinal));
            Assert.False(File.Exists(Path.Combine(_data, SqliteDatabase.FileName)), "the running process created a new database");
        }

        var refused = await CliProcess.RunAsync(_data, "sources", "list");
        Assert.Equal(1, refused.Exit);
        Assert.Contains("is missing, but one was created here before", refused.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", refused.Err, StringComparison.Ordinal);   // one line, no stack trace
        Assert.False(File.Exists(Path.Combine(_data, SqliteDatabase.FileName)));

        var created = await CliProcess.RunAsync(_data, "sources", "list", "--create");
        Assert.True(created.Exit == 0, created.Err);
        Assert.True(File.Exists(Path.Combine(_data, SqliteDatabase.FileName)));
        Assert.Contains("Started an EMPTY database", created.Err, StringComparison.Ordinal);   // said, not silent

        var again = await CliProcess.RunAsync(_data, "sources", "list", "--create");
        Assert.DoesNotContain("EMPTY", again.Err, StringComparison.Ordinal);   // the database is there: nothing replaced
    }

    [SkippableFact]
    public async Task Starting_on_a_full_disk_says_disk_full_once_and_starts_when_space_is_freed()
    {
        Directory.CreateDirectory(_data);
        _mounted = await RunAsync("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", _data) == 0;
        TestEnvironment.Need(_mounted, "a 2 MB tmpfs (mount -t tmpfs needs root and CAP_SYS_ADMIN)");
        var made = await CliProcess.RunAsync(_data, "sources", "list");
        Assert.True(made.Exit == 0, made.Err);

        var filler = Path.Combine(_data, "filler");
        await using (var fill = File.Create(filler))
        {
            var block = new byte[64 * 1024];
            try
            {
                while (true)
                {
                    fill.Write(block);
                    fill.Flush();
                }
            }
            catch (IOException)
            {
                // The disk is full.
            }
        }

        await using var serve = ServeProcess.Start(_data);
        await serve.WaitForLogAsync("is full (");
        // The start is retried every round; the reason is logged once, however many rounds ran.
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.Single(serve.Log, line => line.Contains("Database unreachable at start", StringComparison.Ordinal));

        File.Delete(filler);
        await serve.WaitForHealthAsync(HttpStatusCode.OK, "\"ok\"");
    }

    [SkippableFact]
    public async Task A_full_disk_is_one_log_line_and_a_degraded_health_check_until_space_is_freed()
    {
        Directory.CreateDirectory(_data);
        _mounted = await RunAsync("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", _data) == 0;
        TestEnvironment.Need(_mounted, "a 2 MB tmpfs (mount -t tmpfs needs root and CAP_SYS_ADMIN)");

        // Every poll brings five new items of 20 KB each: the database grows until the disk is full.
        var polls = 0;
        var text = string.Join(' ', Enumerable.Repeat("The council said the water main burst near the station on Monday.", 300));
        _feeds.Map("/feed", async ctx =>
        {
            var round = Interlocked.Increment(ref polls);
            var items = Enumerable.Range(0, 5)
                .Select(i => ($"r{round}-{i}", $"Report {round}.{i}", _feeds.Url($"/page/{round}/{i}").AbsoluteUri, text)).ToArray();
            await FeedServer.Write(ctx, Encoding.UTF8.GetBytes(FeedServer.Rss("Filler", items)), "application/rss+xml");
        });
        var added = await CliProcess.RunAsync(_data, "sources", "add", _feeds.Url("/feed").AbsoluteUri);
        Assert.True(added.Exit == 0, added.Err);

        // Leave about 300 KB free.
        var free = new DriveInfo(_data).AvailableFreeSpace;
        var filler = Path.Combine(_data, "filler");
        await File.WriteAllBytesAsync(filler, new byte[Math.Max(0, free - (300 * 1024))]);

        await using var serve = ServeProcess.Start(_data);
        await serve.WaitForHealthAsync(HttpStatusCode.OK, "\"degraded\"");
        await serve.WaitForLogAsync("Database disk full");
        // Every round (200 ms apart) tries its writes again, and each fails: the episode is still one line.
        // The pause only gives the rounds a chance to run; the assertion holds however many ran.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(serve.Log, line => line.Contains("disk full", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(serve.Log, line => line.Contains("SQLite Error", StringComparison.Ordinal) || line.TrimStart().StartsWith("at ", StringComparison.Ordinal));

        File.Delete(filler);
        await serve.WaitForHealthAsync(HttpStatusCode.OK, "\"ok\"");
        await serve.WaitForLogAsync("writable again");
    }

    private static async Task<int> RunAsync(string file, params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info)!;
            await process.WaitForExitAsync();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _feeds.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_mounted)
        {
            await RunAsync("umount", "-l", _data);
        }

        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    /// <summary>A <c>newsdesk serve</c> process on a free loopback port, its log lines collected as they come.</summary>
    private sealed class ServeProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly ConcurrentQueue<string> _log = new();
        private readonly HttpClient _client;

        private ServeProcess(Process process, Uri site)
        {
            _process = process;
            _client = new HttpClient { BaseAddress = site };
            process.ErrorDataReceived += (_, e) => Add(e.Data);
            process.OutputDataReceived += (_, e) => Add(e.Data);
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
        }

        public IReadOnlyCollection<string> Log => _log.ToArray();

        public static ServeProcess Start(string data)
        {
            Assert.True(File.Exists(CliProcess.Dll), $"build the CLI first: {CliProcess.Dll} is missing");
            var site = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/");
            var info = CliProcess.StartInfo(data, "serve", "--urls", site.AbsoluteUri.TrimEnd('/'));
            info.Environment["NEWSDESK__PIPELINE__IDLEDELAY"] = "00:00:00.200";
            info.Environment["NEWSDESK__POLLING__MININTERVAL"] = "00:00:01";
            info.Environment["NEWSDESK__NOTIFY__IDLEDELAY"] = "00:00:00.200";
            info.Environment["NEWSDESK__POLLING__MAXINTERVAL"] = "00:00:02";
            return new ServeProcess(Process.Start(info)!, site);
        }

        public async Task<string> WaitForHealthAsync(HttpStatusCode status, string contains)
        {
            var clock = Stopwatch.StartNew();
            var last = "";
            while (clock.Elapsed < Patience.Hang && !_process.HasExited)
            {
                try
                {
                    using var response = await _client.GetAsync(new Uri("healthz", UriKind.Relative));
                    last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                    if (response.StatusCode == status && last.Contains(contains, StringComparison.Ordinal))
                    {
                        return last;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(100);
            }

            throw new Xunit.Sdk.XunitException($"/healthz never answered {(int)status} with {contains}; last: {last}\n{string.Join('\n', Log)}");
        }

        public async Task WaitForLogAsync(string contains)
        {
            var clock = Stopwatch.StartNew();
            while (!Log.Any(line => line.Contains(contains, StringComparison.Ordinal)))
            {
                Assert.True(clock.Elapsed < Patience.Hang, $"no log line with {contains}:\n{string.Join('\n', Log)}");
                await Task.Delay(100);
            }
        }

        private void Add(string? line)
        {
            if (line is not null)
            {
                _log.Enqueue(line);
            }
        }

        public async ValueTask DisposeAsync()
        {
            _client.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }
}
