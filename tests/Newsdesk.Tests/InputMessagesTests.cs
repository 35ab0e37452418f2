using System.Diagnostics;
using Newsdesk.Testing;
using Newsdesk.Tests.Polling;

namespace Newsdesk.Tests;

/// <summary>
/// The stage tools' errors for bad arguments and bad files, from the real CLI: one line that names
/// the problem in the user's terms (an option that is not one, a directory, the place of a wrong
/// JSON value, a file over the cap), never a .NET type name; exit 1. An option that is not one is bad
/// usage: exit 2 (design.md §3).
/// </summary>
public sealed class InputMessagesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newsdesk-messages-").FullName;

    public sealed record MessageCase(string Name, string[] Args, string Expected, Func<string, string[]>? Files = null)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<MessageCase> Cases => new()
    {
        new("a directory", ["extract", "{dir}"], "is a directory, not a file"),
        new("a missing file", ["extract", "{dir}/nothing.html"], "nothing.html: no such file"),
        new("a JSON value of the wrong kind", ["write", "{dir}/story.json"], "story.json: the value at $.articles[0].id is not of the expected kind (line 1, byte 21)",
            dir => [Path.Combine(dir, "story.json"), """{"articles":[{"id":1}]}"""]),
        new("a JSON Lines line that is no object", ["cluster", "{dir}/articles.jsonl"], "articles.jsonl: line 1: not a JSON object of the expected shape",
            dir => [Path.Combine(dir, "articles.jsonl"), """[{"id":"a"}]"""]),
        new("a feed over the size cap", ["parse-feed", "{dir}/huge.xml"], "huge.xml: input is larger than 16 MB", null),
        new("a directory to cluster", ["cluster", "{dir}"], "newsdesk: {dir}: is a directory, not a file"),
        new("a directory as the sources to verify", ["verify", "{dir}/story.json", "--sources", "{dir}"], "newsdesk: {dir}: is a directory, not a file"),
        new("sources to verify over the size cap", ["verify", "{dir}/story.json", "--sources", "{dir}/huge.json"], "huge.json: input is larger than 40 MB",
            dir => [Path.Combine(dir, "story.json"), "{\"text\":\"A water main burst.\"}"]),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_arguments_and_files_get_one_clear_line(MessageCase c)
    {
        if (c.Files?.Invoke(folder) is [var path, var text])
        {
            await File.WriteAllTextAsync(path, text);
        }

        foreach (var (name, bytes) in new[] { ("huge.xml", 16L * 1024 * 1024 + 1), ("huge.json", 40L * 1024 * 1024 + 1) })
        {
            using var huge = File.Create(Path.Combine(folder, name));
            huge.SetLength(bytes);   // sparse: only its size matters, it is refused unread
        }

        Assert.True(File.Exists(CliProcess.Dll), $"build the CLI first: {CliProcess.Dll} is missing");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(CliProcess.Dll);
        foreach (var arg in c.Args)
        {
            info.ArgumentList.Add(arg.Replace("{dir}", folder, StringComparison.Ordinal));
        }

        var (exit, _, err) = await CliProcess.RunAsync(info);
        Assert.Equal(1, exit);
        Assert.Contains(c.Expected.Replace("{dir}", folder, StringComparison.Ordinal), err, StringComparison.Ordinal);
        Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("Newsdesk.", err, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parse-feed", "--bogus")]
    [InlineData("extract", "--bogus")]
    [InlineData("cluster", "--bogus")]
    [InlineData("write", "--bogus")]
    [InlineData("verify", "--bogus", "--sources", "{dir}")]
    [InlineData("write", "-x")]
    [InlineData("backup", "--bogus")]
    [InlineData("restore", "--bogus")]
    [InlineData("replay", "--bogus")]
    public async Task An_option_that_is_not_one_is_bad_usage(params string[] args)
    {
        Assert.True(File.Exists(CliProcess.Dll), $"build the CLI first: {CliProcess.Dll} is missing");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(CliProcess.Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg.Replace("{dir}", folder, StringComparison.Ordinal));
        }

        var (exit, _, err) = await CliProcess.RunAsync(info);
        Assert.Equal(2, exit);
        Assert.Contains($"newsdesk: {args[1]} is not an option of this command (see --help)", err, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", err, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
