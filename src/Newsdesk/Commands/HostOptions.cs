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

    /// <summary>Name of the <c>--create</c> option.</summary>
    public const string CreateName = "--create";

    /// <summary>
    /// <c>--create</c>: start an empty database even where one was created before and is now
    /// missing (deleted or moved: without it such a start is refused).
    /// </summary>
    public static Option<bool> Create() => new(CreateName)
    {
        Description = "Start an empty database where an earlier one is missing (otherwise refused, so a lost database is noticed)",
        Recursive = true,
    };
}
