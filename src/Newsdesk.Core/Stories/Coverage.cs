namespace Newsdesk.Stories;

/// <summary>
/// One article of a story as significance and breaking see it: who published it, when, and,
/// for a syndicated wire copy, the id of the article it copies (from the articles stage).
/// </summary>
public sealed record Coverage(string ArticleId, string Source, string? DuplicateOf, DateTimeOffset? Published);

/// <summary>Distinct voices of a story: outlets, with all copies of one wire article counting once.</summary>
public static class Voices
{
    /// <summary>Coverage entries read at most (a story with more is judged on its first ones).</summary>
    public const int MaxCoverage = 10_000;

    /// <summary>Copy-of-a-copy links followed at most (a cycle stops there).</summary>
    public const int MaxCopyChain = 8;

    /// <summary>
    /// The voice of each entry: an original article speaks for its outlet; a copy speaks for the
    /// outlet of the article it copies (or for the wire article itself when that is not in the set),
    /// so a wire story republished by ten outlets is one voice.
    /// </summary>
    public static IEnumerable<(string Voice, DateTimeOffset? Published)> Of(IEnumerable<Coverage> coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        var items = coverage.Take(MaxCoverage).ToList();
        var sourceOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var copyOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var c in items)
        {
            sourceOf.TryAdd(c.ArticleId ?? "", Normalise(c.Source));
            copyOf.TryAdd(c.ArticleId ?? "", c.DuplicateOf);
        }

        foreach (var c in items)
        {
            var voice = c.DuplicateOf is { Length: > 0 } original
                ? Root(original, sourceOf, copyOf)
                : Normalise(c.Source);
            yield return (voice, c.Published);
        }
    }

    public static int Count(IEnumerable<Coverage> coverage) =>
        Of(coverage).Select(v => v.Voice).Distinct(StringComparer.Ordinal).Count();

    private static string Root(string original, Dictionary<string, string> sourceOf, Dictionary<string, string?> copyOf)
    {
        // Follow copy-of-a-copy chains a bounded number of steps.
        var current = original;
        for (var step = 0; step < MaxCopyChain; step++)
        {
            var next = copyOf.GetValueOrDefault(current);
            if (string.IsNullOrEmpty(next) || next == current)
            {
                break;
            }

            current = next;
        }

        return sourceOf.TryGetValue(current, out var source) ? source : "wire:" + current;
    }

    private static string Normalise(string? source) => (source ?? "").Trim().ToLowerInvariant();
}
