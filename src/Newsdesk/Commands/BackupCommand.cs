using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newsdesk.Hosting;
using Newsdesk.Storage;

namespace Newsdesk.Commands;

/// <summary>
/// <c>newsdesk backup FILE</c> and <c>newsdesk restore FILE</c>: a consistent copy of the SQLite
/// database taken while it runs, and putting one back. PostgreSQL has its own tools for this.
/// </summary>
internal static class BackupCommand
{
    private const string PostgresAdvice =
        "the data lives in PostgreSQL (Newsdesk:Database is set): back it up with pg_dump -Fc and restore it with pg_restore";

    public static Command CreateBackup()
    {
        var data = HostOptions.Data();
        var file = new Argument<string>("FILE") { Description = "Where to write the copy (must not exist yet)" };
        StageTool.RejectUnknownOptions(file);
        var command = new Command("backup", "Copy the SQLite database to FILE while Newsdesk runs (SQLite's online backup)") { file, data };
        command.SetAction((parse, _) => RunAsync(parse.GetValue(data), options =>
        {
            var result = SqliteBackup.Backup(options.DataDir, parse.GetValue(file)!);
            return $"backed up schema version {result.SchemaVersion}, {Size(result.Bytes)}, to {result.Path}";
        }));
        return command;
    }

    public static Command CreateRestore()
    {
        var data = HostOptions.Data();
        var file = new Argument<string>("FILE") { Description = "A copy made by 'newsdesk backup'" };
        StageTool.RejectUnknownOptions(file);
        var command = new Command("restore", "Put a backup in place of the data folder's database (stop newsdesk first; the replaced file is kept)") { file, data };
        command.SetAction((parse, _) => RunAsync(parse.GetValue(data), options =>
        {
            var result = SqliteBackup.Restore(parse.GetValue(file)!, options.DataDir);
            return $"restored schema version {result.SchemaVersion}, {Size(result.Bytes)}, to {result.Path} " +
                $"(the database it replaced, if any, is {SqliteDatabase.FileName}{SqliteBackup.ReplacedSuffix}; " +
                "the next start migrates it when it is older)";
        }));
        return command;
    }

    private static async Task<int> RunAsync(string? dataDir, Func<NewsdeskOptions, string> act)
    {
        NewsdeskOptions options;
        using (var host = NewsdeskHost.CreateBuilder(dataDir).Build())
        {
            options = host.Services.GetRequiredService<IOptions<NewsdeskOptions>>().Value;
        }

        if (!string.IsNullOrWhiteSpace(options.Database))
        {
            await Console.Error.WriteLineAsync($"newsdesk: {PostgresAdvice}");
            return 1;
        }

        try
        {
            await Console.Out.WriteLineAsync(act(options));
            return 0;
        }
        catch (Exception e) when (e is BackupException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            await Console.Error.WriteLineAsync($"newsdesk: {e.Message}");
            return 1;
        }
    }

    private static string Size(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");
}
