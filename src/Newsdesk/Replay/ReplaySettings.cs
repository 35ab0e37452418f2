using Microsoft.Extensions.Logging;

namespace Newsdesk.Replay;

/// <summary>How a replay of recorded feeds is set up.</summary>
public sealed record ReplaySettings
{
    /// <summary>A month of story time in about ten minutes: 31 days / 10 min.</summary>
    public const double DefaultSpeed = 31 * 24 * 60 / 10.0;

    /// <summary>Fastest replay accepted: beyond it the clock's arithmetic gains nothing (the gates set the pace).</summary>
    public const double MaxSpeed = 1e7;

    /// <summary>
    /// Longest real wait at one capture time for every capture then current to be fetched; after
    /// it the clock goes on (a stalled poller never stalls the replay).
    /// </summary>
    public static readonly TimeSpan DefaultGateTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The folder of captures (<c>&lt;outlet&gt;/&lt;UTC time&gt;.xml</c>, <c>captures.tsv</c>).</summary>
    public required string Folder { get; init; }

    public string DataDir { get; init; } = Path.Combine("data", "replay");

    /// <summary>Port of the site on 127.0.0.1 (0 picks a free one).</summary>
    public int SitePort { get; init; } = 5080;

    /// <summary>Port of the replayed feeds on 127.0.0.1 (0 picks a free one).</summary>
    public int FeedPort { get; init; }

    /// <summary>Story time the replay starts at (default: the first capture).</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Story time the replay ends at (default: the last capture).</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>Story seconds per real second.</summary>
    public double Speed { get; init; } = DefaultSpeed;

    public TimeSpan GateTimeout { get; init; } = DefaultGateTimeout;

    public LogLevel LogLevel { get; init; } = LogLevel.Warning;
}
