using System.Diagnostics;
using System.Globalization;
using Newsdesk.Testing;

namespace Newsdesk.Tests.Scale;

/// <summary>
/// A PostgreSQL 15 server of the test's own (Debian's binaries, a temporary cluster on a free
/// loopback port, run as the postgres user when the tests run as root), so that a test can
/// restart it without disturbing the other tests' shared server.
/// </summary>
internal sealed class PrivatePostgres : IAsyncDisposable
{
    public const string Bin = "/usr/lib/postgresql/15/bin";

    private static readonly TimeSpan CommandLimit = Patience.Hang;

    /// <summary>Seconds pg_ctl waits for the server to start or restart (seconds on an idle machine; generous for a busy one).</summary>
    private const string ServerWaitSeconds = "120";

    private readonly string _folder;

    private PrivatePostgres(string folder, int port)
    {
        _folder = folder;
        ConnectionString = $"Host=127.0.0.1;Port={port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database=postgres;Timeout=30";
    }

    public string ConnectionString { get; }

    private string Data => Path.Combine(_folder, "data");

    private static bool IsRoot => Environment.UserName == "root";

    public static async Task<PrivatePostgres> StartAsync()
    {
        TestEnvironment.Need(File.Exists(Path.Combine(Bin, "initdb")), $"PostgreSQL 15 is not installed ({Bin}/initdb)");
        var folder = Directory.CreateTempSubdirectory("newsdesk-pg-private-").FullName;
        if (IsRoot)
        {
            await RunAsync("chown", "postgres:", folder);
        }

        var server = new PrivatePostgres(folder, LoopbackPort.Free());
        try
        {
            await server.AsOwnerAsync(Path.Combine(Bin, "initdb"), "-D", server.Data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8");
            var port = new Npgsql.NpgsqlConnectionStringBuilder(server.ConnectionString).Port.ToString(CultureInfo.InvariantCulture);
            await server.AsOwnerAsync(Path.Combine(Bin, "pg_ctl"), "-D", server.Data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", ServerWaitSeconds,
                "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100",
                "start");
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Restarts the server ("fast": open transactions are rolled back, every connection is cut) and waits until it accepts connections again.</summary>
    public Task RestartAsync() => AsOwnerAsync(Path.Combine(Bin, "pg_ctl"), "-D", Data, "-m", "fast", "-w", "-t", ServerWaitSeconds, "restart");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await AsOwnerAsync(Path.Combine(Bin, "pg_ctl"), "-D", Data, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Not running (initdb failed, or it was stopped already).
        }

        Directory.Delete(_folder, recursive: true);
    }

    private Task AsOwnerAsync(string program, params string[] args) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", program, .. args]) : RunAsync(program, args);

    private static async Task RunAsync(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(CommandLimit);
        await process.WaitForExitAsync(limit.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }

}
