using System.Reflection;

namespace Newsdesk.Fetching;

/// <summary>The User-Agent every Newsdesk request sends: the product and its version, so site owners can tell who polls them.</summary>
public static class UserAgent
{
    public static string Value { get; } = "Newsdesk/" + Version() + " (self-hosted news desk; feed and article fetcher)";

    private static string Version()
    {
        var assembly = typeof(UserAgent).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? assembly.GetName().Version?.ToString() ?? "0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }
}
