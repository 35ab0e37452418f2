using System.CommandLine;

namespace Newsdesk.Commands;

/// <summary>Options shared by the commands that use the database.</summary>
internal static class HostOptions
{
    /// <summary><c>--data DIR</c>: the data folder (overrides Newsdesk:DataDir and NEWSDESK__DATADIR).</summary>
    public static Option<string?> Data() => new("--data")
    {
        Description = "The data folder (default ./data, or Newsdesk:DataDir / NEWSDESK__DATADIR)",
        HelpName = "DIR",
        Recursive = true,
    };
}
