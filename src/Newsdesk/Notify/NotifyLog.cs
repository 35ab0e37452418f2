using Microsoft.Extensions.Logging;

namespace Newsdesk.Notify;

/// <summary>The delivery worker's log events (6001-6099), with the same property names everywhere.</summary>
internal static partial class NotifyLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information,
        Message = "Delivered {DeliveryId} ({Event}) for follow {FollowSlug} by {Channel} to {Target}: {Detail}")]
    public static partial void Delivered(ILogger logger, string deliveryId, string @event, string followSlug, string channel, string target, string detail);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning,
        Message = "Delivery {DeliveryId} for follow {FollowSlug} failed (try {Attempt}); next try at {DueAt:u}: {Error}")]
    public static partial void WillRetry(ILogger logger, string deliveryId, string followSlug, int attempt, DateTimeOffset dueAt, string error);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Error,
        Message = "Delivery {DeliveryId} for follow {FollowSlug} parked as failed after {Attempt} tries: {Error}")]
    public static partial void Parked(ILogger logger, string deliveryId, string followSlug, int attempt, string error);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning,
        Message = "Delivery {DeliveryId}: the lease ran out before its outcome was stored; another worker may send it")]
    public static partial void LeaseLost(ILogger logger, string deliveryId);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Error, Message = "Delivery round failed; trying again after the idle delay")]
    public static partial void RoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Warning,
        Message = "Delivery {DeliveryId} for follow {FollowSlug} put back without a try: another of its leases was lost")]
    public static partial void PutBack(ILogger logger, string deliveryId, string followSlug);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Warning,
        Message = "Could not renew the leases of deliveries being sent; trying again at the next renewal (a lease that runs out meanwhile is given up)")]
    public static partial void RenewalFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Information, Message = "Delivery {DeliveryId} for follow {FollowSlug} dropped: {Reason}")]
    public static partial void Dropped(ILogger logger, string deliveryId, string followSlug, string reason);
}
