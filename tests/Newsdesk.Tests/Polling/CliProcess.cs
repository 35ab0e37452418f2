using System.Diagnostics;
using Newsdesk.Testing;

namespace Newsdesk.Tests.Polling;

/// <summary>Runs the built CLI (artifacts/bin/Newsdesk/release/newsdesk.dll) as a real process, with test settings.</summary>
internal static class CliProcess
{
    public static string Dll => Path.Combine(TestEnvironment.RepoRoot, "artifacts", "bin", "Newsdesk", "release", "newsdesk.dll");

    /// <summary>
    /// How long a CLI process holds a source, an item or a story it works on: <see cref="Patience.Hang"/>,
    /// so that no lease lapses however slow the machine (a lapsed lease makes the work redone, or a
    /// slow poll stores nothing). No test here has two processes compete for work; the one that
    /// kills a process mid-poll (<see cref="PollKillTests"/>) sets its own lease and waits it out.
    /// </summary>
    public static readonly TimeSpan LeaseDuration = Patience.Hang;

    public static ProcessStartInfo StartInfo(string dataDir, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.ArgumentList.Add("--data");
        info.ArgumentList.Add(dataDir);
        info.Environment["NEWSDESK__FETCH__ALLOWEDADDRESSES__0"] = "127.0.0.1";
        info.Environment["NEWSDESK__FETCH__PERHOSTMINGAP"] = "00:00:00.005";
        info.Environment["NEWSDESK__FETCH__TIMEOUT"] = "00:00:10";
        info.Environment["NEWSDESK__LEASES__DURATION"] = LeaseDuration.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        return info;
    }

    public static Task<(int Exit, string Out, string Err)> RunAsync(string dataDir, params string[] args) =>
        RunAsync(StartInfo(dataDir, args));

    /// <summary>Runs the CLI as <paramref name="info"/> says; a run that has not ended within <see cref="Patience.Hang"/> is killed and fails the test.</summary>
    public static async Task<(int Exit, string Out, string Err)> RunAsync(ProcessStartInfo info)
    {
        Assert.True(File.Exists(Dll), $"build the CLI first: {Dll} is missing");
        var args = info.ArgumentList.Skip(1).ToList();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience.Hang);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"newsdesk {string.Join(' ', args)} did not finish within {Patience.Hang}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
