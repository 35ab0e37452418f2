using Microsoft.Extensions.Logging;

namespace Newsdesk.Workers;

/// <summary>The poller's log messages: stable event ids, SourceId on every one.</summary>
internal static partial class PollerLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Polled source {SourceId}: {NewItems} new, {UpdatedItems} updated")]
    public static partial void Polled(ILogger logger, long sourceId, int newItems, int updatedItems);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "Source {SourceId} not modified")]
    public static partial void NotModified(ILogger logger, long sourceId);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Source {SourceId} ({Url}) failed: {Error}")]
    public static partial void Failed(ILogger logger, long sourceId, string url, string error);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Source {SourceId} rate limited; next poll at {NextPollAt:O}")]
    public static partial void RateLimited(ILogger logger, long sourceId, DateTimeOffset nextPollAt);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Information, Message = "Source {SourceId} moved permanently to {Url}")]
    public static partial void Moved(ILogger logger, long sourceId, string url);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Error, Message = "Source {SourceId} poll crashed")]
    public static partial void Crashed(ILogger logger, long sourceId, Exception exception);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Error, Message = "Polling round failed; retrying after a pause")]
    public static partial void RoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Warning, Message = "Source {SourceId}: lease expired before the poll was stored; another worker polls it")]
    public static partial void LeaseLost(ILogger logger, long sourceId);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Warning, Message = "Source {SourceId}: the database was unavailable; the poll is redone next round")]
    public static partial void StorageFailed(ILogger logger, long sourceId, Exception exception);
}
