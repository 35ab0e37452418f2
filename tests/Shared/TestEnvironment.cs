namespace Newsdesk.Testing;

/// <summary>
/// Where a test finds the repository, the shared bench data and the services it needs.
/// A test that needs an absent service skips visibly; under CI (NEWSDESK_REQUIRE_SERVICES=1),
/// where .ci/run installs the services, it fails instead. The external data sets are not
/// installed by the project, so a gate without them skips in every environment.
/// </summary>
internal static class TestEnvironment
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static bool RequireServices =>
        Environment.GetEnvironmentVariable("NEWSDESK_REQUIRE_SERVICES") == "1";

    /// <summary>The folder of one data set in ../shared/bench-data; skips the test when it is absent.</summary>
    public static string BenchData(string folder)
    {
        // The data sets live beside the repository, not in it, and nothing the project installs
        // brings them: without them a gate skips, visibly, even under CI (unlike a service, which
        // .ci/run installs and so must be there).
        var path = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "bench-data", folder));
        Skip.IfNot(Directory.Exists(path), $"bench data {folder} not found at {path}");
        return path;
    }

    /// <summary>Skips (or, under CI, fails) the test when a condition it needs does not hold.</summary>
    public static void Need(bool condition, string what)
    {
        if (condition)
        {
            return;
        }

        if (RequireServices)
        {
            throw new InvalidOperationException($"required for this test but missing: {what}");
        }

        Skip.If(true, what);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Newsdesk.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root (Newsdesk.slnx) above " + AppContext.BaseDirectory);
    }
}
