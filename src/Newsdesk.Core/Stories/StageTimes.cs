using System.Diagnostics;

namespace Newsdesk.Stories;

/// <summary>
/// Bench diagnostics (`cluster --speed --profile`): stopwatch time spent in each stage of
/// <see cref="StoryClusterer.Add"/>, summed over the articles placed. Off (null) unless the bench sets it.
/// </summary>
internal sealed class StageTimes
{
    public enum Stage
    {
        /// <summary>Expiring stories and thread memory.</summary>
        Expire,

        /// <summary>Reading the article into its vector and names.</summary>
        Features,

        /// <summary>Gathering candidate stories from the postings of its strongest terms and names.</summary>
        Lookup,

        /// <summary>Choosing the candidates with the most shared weight and comparing their core centroids.</summary>
        Centroids,

        /// <summary>The closest few: the nearest core member of each.</summary>
        Nearest,

        /// <summary>The closest few: the names rules, the late rule and the score with time.</summary>
        FullScore,

        /// <summary>Opening a story and linking it to its thread.</summary>
        Open,

        /// <summary>Joining: core, names held, index and thread memory.</summary>
        Join,
    }

    private readonly long[] _ticks = new long[Enum.GetValues<Stage>().Length];

    public static long Now() => Stopwatch.GetTimestamp();

    /// <summary>Adds the time since <paramref name="since"/> to <paramref name="stage"/> and returns the time now.</summary>
    public long Lap(Stage stage, long since)
    {
        var now = Stopwatch.GetTimestamp();
        _ticks[(int)stage] += now - since;
        return now;
    }

    public TimeSpan this[Stage stage] => Stopwatch.GetElapsedTime(0, _ticks[(int)stage]);
}
