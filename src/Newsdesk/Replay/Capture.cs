namespace Newsdesk.Replay;

/// <summary>One recorded version of one outlet's feed: the file as it was at <see cref="At"/> (UTC).</summary>
public sealed record Capture(string Outlet, DateTimeOffset At, string Path);
