namespace Newsdesk.Demo;

/// <summary>Options of the loopback replay server for the bundled sample outlets.</summary>
public sealed record SampleOutletOptions
{
    /// <summary>The default port, beside the demo site's 5080.</summary>
    public const int DefaultPort = 5081;

    /// <summary>By default the three story days replay in a minute and a half.</summary>
    public static readonly TimeSpan DefaultReplayLength = TimeSpan.FromSeconds(90);

    /// <summary>Port on 127.0.0.1; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Real time the whole story span takes to replay.</summary>
    public TimeSpan ReplayLength { get; init; } = DefaultReplayLength;

    /// <summary>
    /// Story time moves only when the replay is stepped (<see cref="DemoTimeline.StepTo"/>), not
    /// with the clock; <see cref="ReplayLength"/> is then unused.
    /// </summary>
    public bool Stepped { get; init; }

    /// <summary>The samples folder; null finds it with <see cref="SamplesLocator"/>.</summary>
    public string? SamplesPath { get; init; }

    /// <summary>Most items a feed lists, newest first, as real outlets cap theirs.</summary>
    public int MaxFeedItems { get; init; } = 50;

    public void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, "port must be 0..65535");
        }

        if (ReplayLength <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ReplayLength), ReplayLength, "replay length must be positive");
        }

        if (MaxFeedItems <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxFeedItems), MaxFeedItems, "max feed items must be positive");
        }
    }
}
