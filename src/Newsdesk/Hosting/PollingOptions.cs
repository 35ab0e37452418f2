using System.ComponentModel.DataAnnotations;
using Newsdesk.Sources;

namespace Newsdesk.Hosting;

/// <summary>How sources are polled (section <c>Newsdesk:Polling</c>); see docs/polling.md.</summary>
public sealed class PollingOptions
{
    public const string Section = "Newsdesk:Polling";

    /// <summary>Shortest interval between two polls of one feed, however busy it is.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MinInterval { get; set; } = PollBounds.Default.MinInterval;

    /// <summary>Longest interval between two polls of one feed, however quiet it is.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxInterval { get; set; } = PollBounds.Default.MaxInterval;

    /// <summary>Sources polled at once (the per-host limits of FetchOptions apply within this).</summary>
    [Range(1, 256)]
    public int Concurrency { get; set; } = 8;

    /// <summary>Most sources taken in one round; the rest wait for the next round.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 1000;

    /// <summary>Most items stored from one poll; a feed with more is cut (and the poll says so).</summary>
    [Range(1, 100_000)]
    public int MaxItemsPerPoll { get; set; } = 1000;

    public PollBounds Bounds => new(MinInterval, MaxInterval);
}
