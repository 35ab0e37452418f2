namespace Newsdesk.Stories;

/// <summary>How significant a story is, with the parts that made the score.</summary>
/// <param name="Outlets">Distinct voices (wire copies count once).</param>
/// <param name="RecentOutlets">Distinct voices in the last <see cref="Significance.GrowthWindow"/>.</param>
/// <param name="Score">In [0, 1): grows with outlets and with how fast they arrive.</param>
public sealed record SignificanceScore(int Outlets, int RecentOutlets, double Score);

/// <summary>
/// Significance from the number of distinct outlets and the speed of coverage:
/// score = 1 - exp(-(outlets + RecentWeight * recentOutlets) / Scale). One outlet scores about 0.12,
/// five about 0.46, five that all came within the last hour about 0.71, twenty about 0.92.
/// </summary>
public static class Significance
{
    /// <summary>Coverage this recent counts as growth.</summary>
    public static readonly TimeSpan GrowthWindow = TimeSpan.FromHours(1);

    /// <summary>Extra weight of an outlet that reported within the growth window.</summary>
    public const double RecentWeight = 1.0;

    /// <summary>Outlets (weighted) at which the score reaches 1 - 1/e (about 0.63).</summary>
    public const double Scale = 8.0;

    public static SignificanceScore Score(IEnumerable<Coverage> coverage, DateTimeOffset now)
    {
        var voices = Voices.Of(coverage).ToList();
        var outlets = voices.Select(v => v.Voice).Distinct(StringComparer.Ordinal).Count();
        var recent = voices
            .Where(v => v.Published is { } p && p <= now && now - p <= GrowthWindow)
            .Select(v => v.Voice)
            .Distinct(StringComparer.Ordinal)
            .Count();
        var score = 1 - Math.Exp(-(outlets + (RecentWeight * recent)) / Scale);
        return new SignificanceScore(outlets, recent, score);
    }
}
