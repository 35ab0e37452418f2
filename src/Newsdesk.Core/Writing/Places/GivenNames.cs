using System.Collections.Frozen;

namespace Newsdesk.Writing.Places;

/// <summary>
/// Common given names of English-speaking countries ("Michael", "Sydney"), from the Moby Word II lists as packaged by
/// stdlib's first-names datasets (public domain / CC0; see Writing/Places/SOURCE.md). A place's name written after one
/// is someone's surname ("Michael Jordan"). Read once from the embedded list; immutable afterwards.
/// </summary>
internal static class GivenNames
{
    private static readonly Lazy<FrozenSet<string>> Names = new(Load);

    /// <summary>True when <paramref name="word"/>, written as a name ("Michael"), is a common given name.</summary>
    public static bool Contains(string word) => word.Length > 1 && Names.Value.Contains(word);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream("Newsdesk.Writing.Places.given-names.txt")
            ?? throw new InvalidOperationException("the given-names resource is missing from Newsdesk.Core");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            names.Add(line);
        }

        return names.ToFrozenSet(StringComparer.Ordinal);
    }
}
