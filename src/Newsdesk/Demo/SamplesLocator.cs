namespace Newsdesk.Demo;

/// <summary>
/// Finds the bundled samples folder: under NEWSDESK_ROOT (set by ./newsdesk), else under the
/// first folder above the program that holds Newsdesk.slnx, else beside the program (a release).
/// </summary>
public static class SamplesLocator
{
    public const string RootVariable = "NEWSDESK_ROOT";
    public const string SolutionFile = "Newsdesk.slnx";
    public const string SamplesFolder = "samples";

    public static string Locate(string? explicitPath = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return RequireSamples(Path.GetFullPath(explicitPath), "the configured samples path");
        }

        var root = Environment.GetEnvironmentVariable(RootVariable);
        if (!string.IsNullOrWhiteSpace(root))
        {
            return RequireSamples(Path.Combine(Path.GetFullPath(root), SamplesFolder), $"{RootVariable}={root}");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return RequireSamples(Path.Combine(dir.FullName, SamplesFolder), $"the repository at {dir.FullName}");
            }
        }

        // A release tarball carries the samples beside the program.
        var besideProgram = Path.Combine(AppContext.BaseDirectory, SamplesFolder);
        if (File.Exists(Path.Combine(besideProgram, SampleSetLoader.ManifestFile)))
        {
            return besideProgram;
        }

        throw new SampleSetException(
            $"cannot find the bundled samples: set {RootVariable} to the Newsdesk repository (./newsdesk does) " +
            $"or run from inside it (no {SolutionFile} above {AppContext.BaseDirectory})");
    }

    private static string RequireSamples(string path, string origin)
    {
        if (!File.Exists(Path.Combine(path, SampleSetLoader.ManifestFile)))
        {
            // A release tarball carries the samples beside the program.
        var besideProgram = Path.Combine(AppContext.BaseDirectory, SamplesFolder);
        if (File.Exists(Path.Combine(besideProgram, SampleSetLoader.ManifestFile)))
        {
            return besideProgram;
        }

        throw new SampleSetException($"no sample set at {path} (from {origin}): {SampleSetLoader.ManifestFile} is missing");
        }

        return path;
    }
}
