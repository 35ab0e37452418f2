using System.Collections.Frozen;

namespace Newsdesk.Writing.Places;

/// <summary>
/// Whether a name is a place: countries, capitals, states and provinces, and the world's towns of
/// 5,000 people or more, from GeoNames (CC BY 4.0) and countries-list (MIT); see
/// Writing/Places/SOURCE.md. Read once from the embedded list; immutable afterwards.
/// </summary>
public static class Gazetteer
{
    private static readonly Lazy<FrozenSet<string>> Names = new(Load);

    /// <summary>True when <paramref name="name"/> (any case, "PITTSBURGH" or "Pittsburgh"; a leading "the" ignored) is a known place.</summary>
    public static bool IsPlace(string name)
    {
        var key = Key(name);
        return key.Length > 0 && Names.Value.Contains(key);
    }

    private static string Key(string name)
    {
        var text = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ',', '.').ToLowerInvariant();
        if (text.StartsWith("the ", StringComparison.Ordinal))
        {
            text = text[4..];
        }

        return text.Replace('\u2019', '\'');
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("Newsdesk.Writing.Places.gazetteer.txt")
            ?? throw new InvalidOperationException("the gazetteer resource is missing from Newsdesk.Core");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                names.Add(Key(line));
            }
        }

        return names.ToFrozenSet(StringComparer.Ordinal);
    }
}
