using System.Diagnostics;
using System.Text.Json;
using Newsdesk.Testing;

namespace Newsdesk.Tests.Install;

/// <summary>
/// The release as a self-hoster gets it: scripts/publish builds the linux-x64 tarball, and the
/// binary from it runs the demo with an empty environment (no dotnet anywhere on PATH) and serves
/// stories. Publishing takes minutes, so it runs under CI (NEWSDESK_REQUIRE_SERVICES=1) or when
/// NEWSDESK_TEST_RELEASE=1, and skips visibly otherwise.
/// </summary>
public sealed class ReleaseBinaryTests
{
    /// <summary>Only a hang reaches these: publishing and a 20-second demo take a few minutes, and over 20 minutes at low priority on a loaded machine (seen once: load 55-70, nice 10).</summary>
    private static readonly TimeSpan PublishLimit = TimeSpan.FromMinutes(60);
    private static readonly TimeSpan DemoLimit = TimeSpan.FromMinutes(30);

    [SkippableFact]
    public async Task The_published_binary_runs_the_demo_without_dotnet_and_serves_stories()
    {
        Skip.IfNot(TestEnvironment.RequireServices || Environment.GetEnvironmentVariable("NEWSDESK_TEST_RELEASE") == "1",
            "publishing the release takes minutes: runs under CI or with NEWSDESK_TEST_RELEASE=1");
        var work = Directory.CreateTempSubdirectory("newsdesk-release-").FullName;
        try
        {
            var publish = await RunAsync("bash", [Path.Combine(TestEnvironment.RepoRoot, "scripts", "publish"), "linux-x64"],
                PublishLimit, env => env["NEWSDESK_RELEASE_OUT"] = Path.Combine(work, "out"));
            Assert.True(publish.Exit == 0, $"scripts/publish failed:\n{publish.Err}");
            var tarball = publish.Out.Trim().Split('\n')[^1];
            Assert.EndsWith("-linux-x64.tar.gz", tarball, StringComparison.Ordinal);

            var sum = await RunAsync("sha256sum", ["-c", Path.GetFileName(tarball) + ".sha256"], TimeSpan.FromMinutes(2), workingDir: Path.GetDirectoryName(tarball));
            Assert.True(sum.Exit == 0, $"the tarball does not match its SHA-256 sum: {sum.Out}{sum.Err}");
            var unpacked = Path.Combine(work, "unpacked");
            Directory.CreateDirectory(unpacked);
            Assert.Equal(0, (await RunAsync("tar", ["-xzf", tarball, "-C", unpacked], TimeSpan.FromMinutes(2))).Exit);
            var folder = Directory.GetDirectories(unpacked).Single();
            foreach (var shipped in new[] { "newsdesk", "appsettings.json", "LICENSE", "THIRD-PARTY-NOTICES.md", "newsdesk.service", "samples/manifest.json" })
            {
                Assert.True(File.Exists(Path.Combine(folder, shipped)), $"the tarball lacks {shipped}");
            }

            // An empty PATH: nothing named dotnet can be found, so the binary must carry its runtime.
            var emptyPath = Directory.CreateDirectory(Path.Combine(work, "empty-path")).FullName;
            var binary = Path.Combine(folder, "newsdesk");
            var version = await RunBinaryAsync(binary, emptyPath, work, TimeSpan.FromMinutes(2), "--version");
            Assert.Equal(0, version.Exit);
            Assert.Matches(@"^\d+\.\d+\.\d+", version.Out.Trim());

            var data = Path.Combine(work, "data");
            var port = LoopbackPort.Free();
            var front = "";
            var demo = StartBinary(binary, emptyPath, work, "demo", "--exit-when-done", "--replay-seconds", "20", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", data);
            var demoOut = demo.StandardOutput.ReadToEndAsync();
            var demoErr = demo.StandardError.ReadToEndAsync();
            using (var client = new HttpClient { Timeout = Patience.Hang })
            using (var limit = new CancellationTokenSource(DemoLimit))
            {
                // Read the front page while the demo serves it, until it links a story (or the demo ends).
                while (!demo.HasExited && !front.Contains("/story/", StringComparison.Ordinal))
                {
                    try
                    {
                        front = await client.GetStringAsync($"http://127.0.0.1:{port}/", limit.Token);
                    }
                    catch (HttpRequestException)
                    {
                        // Not listening yet.
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(500), limit.Token);
                }

                await demo.WaitForExitAsync(limit.Token);
            }

            Assert.True(demo.ExitCode == 0, $"the demo failed:\n{await demoErr}\n{await demoOut}");
            Assert.Contains("/story/", front, StringComparison.Ordinal);

            var listed = await RunBinaryAsync(binary, emptyPath, work, TimeSpan.FromMinutes(2), "stories", "list", "--json", "--data", data);
            Assert.True(listed.Exit == 0, listed.Err);
            using var stories = JsonDocument.Parse(listed.Out);
            Assert.True(stories.RootElement.GetArrayLength() >= 5, $"the demo published {stories.RootElement.GetArrayLength()} stories");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static Process StartBinary(string binary, string path, string workingDir, params string[] args)
    {
        var info = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDir,
        };
        // As `env -i PATH=...`: no HOME, no DOTNET_* variable, nothing but a PATH without dotnet.
        info.Environment.Clear();
        info.Environment["PATH"] = path;
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }

    private static async Task<(int Exit, string Out, string Err)> RunBinaryAsync(string binary, string path, string workingDir, TimeSpan limit, params string[] args)
    {
        using var process = StartBinary(binary, path, workingDir, args);
        return await WaitAsync(process, limit, binary);
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(
        string file, string[] args, TimeSpan limit, Action<IDictionary<string, string?>>? environment = null, string? workingDir = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDir ?? TestEnvironment.RepoRoot,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        environment?.Invoke(info.Environment);
        using var process = Process.Start(info)!;
        return await WaitAsync(process, limit, file);
    }

    private static async Task<(int Exit, string Out, string Err)> WaitAsync(Process process, TimeSpan limit, string what)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{what} did not finish within {limit} (a hang)");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
