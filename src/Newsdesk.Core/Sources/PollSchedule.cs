namespace Newsdesk.Sources;

/// <summary>When a source is polled next, the interval it is on, and how many polls in a row failed.</summary>
public sealed record PollSchedule(DateTimeOffset NextPollAt, TimeSpan Interval, int ConsecutiveFailures);
