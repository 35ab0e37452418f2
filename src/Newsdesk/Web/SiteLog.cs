using Microsoft.Extensions.Logging;

namespace Newsdesk.Web;

/// <summary>The site's log messages (event ids 6000-6099).</summary>
internal static partial class SiteLog
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Error, Message = "Unhandled error serving {Path}")]
    public static partial void Unhandled(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Admin request refused from {Remote}: {Reason}")]
    public static partial void AdminRefused(ILogger logger, string? remote, string reason);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Admin action {Action}: {Outcome}")]
    public static partial void AdminAction(ILogger logger, string action, string outcome);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Admin signed in from {Remote}")]
    public static partial void AdminSignedIn(ILogger logger, string? remote);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning, Message = "Admin key wrong {Failures} times from {Remote}: its next key is checked after {Delay}")]
    public static partial void AdminLoginDelayed(ILogger logger, string remote, int failures, TimeSpan delay);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "Admin key wrong {Failures} times from {Remote}: locked out for {Lockout}")]
    public static partial void AdminLockedOut(ILogger logger, string remote, int failures, TimeSpan lockout);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Information, Message = "Admin signed out from {Remote}; the session is revoked")]
    public static partial void AdminSignedOut(ILogger logger, string? remote);
}
