using System.CommandLine;

namespace Newsdesk.Commands;

/// <summary>Composes the command tree. Each command lives in a file of its own.</summary>
internal static class Cli
{
    /// <summary>Exit code for bad usage (a wrong flag, a missing argument), as design.md §3 fixes it.</summary>
    public const int UsageError = 2;

    public static RootCommand Build()
    {
        var root = new RootCommand("Newsdesk: distils breaking news from many outlets into stories whose every sentence is traced to its sources.");
        foreach (var command in Commands())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    private static IEnumerable<Command> Commands()
    {
        // One line per command; each command is one file in this folder.
        yield return SourcesCommand.Create();
        yield return FollowsCommand.Create();
        yield return PollCommand.Create();
        yield return ParseFeedCommand.Create();
        yield return ClusterCommand.Create();
        yield return SiteSampleCommand.Create();
        yield return SampleOutletsCommand.Create();
        yield return ServeCommand.Create();
        yield return DemoCommand.Create();
        yield return ReplayCommand.Create();
        yield return StoriesCommand.Create();
        yield return WriteCommand.Create();
        yield return ExtractCommand.Create();
        yield return VerifyCommand.Create();
        yield return BackupCommand.CreateBackup();
        yield return BackupCommand.CreateRestore();
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var root = Build();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync($"newsdesk: {error.Message}");
            }

            await Console.Error.WriteLineAsync("Run 'newsdesk --help' for usage.");
            return UsageError;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        return await parsed.InvokeAsync(cancellationToken: cancel.Token);
    }
}
