namespace Newsdesk.Stories;

/// <summary>
/// "Breaking": at least <see cref="DefaultMinOutlets"/> distinct voices (wire copies count once)
/// reported within <see cref="DefaultWindow"/> of each other.
/// </summary>
public static class Breaking
{
    /// <summary>Distinct outlets needed.</summary>
    public const int DefaultMinOutlets = 3;

    /// <summary>The short window in which they must report.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromHours(2);

    /// <summary>Whether the story is breaking now: enough voices reported in the window that ends at <paramref name="now"/>.</summary>
    public static bool IsBreaking(IEnumerable<Coverage> coverage, DateTimeOffset now, int minOutlets = DefaultMinOutlets, TimeSpan? window = null)
    {
        var span = window ?? DefaultWindow;
        return Voices.Of(coverage)
            .Where(v => v.Published is { } p && p <= now && now - p <= span)
            .Select(v => v.Voice)
            .Distinct(StringComparer.Ordinal)
            .Count() >= Math.Max(1, minOutlets);
    }

    /// <summary>When the story first became breaking (the report that completed the count), or null if it never did.</summary>
    public static DateTimeOffset? BreakingSince(IEnumerable<Coverage> coverage, int minOutlets = DefaultMinOutlets, TimeSpan? window = null)
    {
        var span = window ?? DefaultWindow;
        var needed = Math.Max(1, minOutlets);
        var dated = Voices.Of(coverage)
            .Where(v => v.Published is not null)
            .Select(v => (v.Voice, At: v.Published!.Value))
            .OrderBy(v => v.At)
            .ThenBy(v => v.Voice, StringComparer.Ordinal)
            .ToList();
        var inWindow = new Dictionary<string, int>(StringComparer.Ordinal);
        var start = 0;
        foreach (var (voice, at) in dated)
        {
            inWindow[voice] = inWindow.GetValueOrDefault(voice) + 1;
            while (at - dated[start].At > span)
            {
                var old = dated[start++].Voice;
                if (--inWindow[old] == 0)
                {
                    inWindow.Remove(old);
                }
            }

            if (inWindow.Count >= needed)
            {
                return at;
            }
        }

        return null;
    }
}
