namespace Newsdesk.Notify;

/// <summary>
/// When a delivery that failed is tried again: exponential backoff from <see cref="BaseDelay"/>,
/// doubling, capped at <see cref="MaxDelay"/>; a destination's Retry-After (429, 503) is honoured
/// when longer, up to <see cref="MaxRetryAfter"/>; after <see cref="MaxAttempts"/> tries the
/// delivery is parked as failed, with its last error, for an operator to see in /admin.
/// </summary>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay, TimeSpan MaxRetryAfter)
{
    /// <summary>
    /// Eight tries over about two hours (30 s, 1, 2, 4, 8, 16, 32 min, then parked): a receiver that
    /// is down for a deploy or a short outage still gets everything.
    /// </summary>
    public static RetryPolicy Default { get; } = new(8, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1), TimeSpan.FromHours(6));

    /// <summary>The wait after try number <paramref name="attempt"/> (1-based) failed.</summary>
    public TimeSpan DelayAfter(int attempt, TimeSpan? retryAfter = null)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var backoff = TimeSpan.FromTicks((long)Math.Min(MaxDelay.Ticks, BaseDelay.Ticks * Math.Pow(2, exponent)));
        if (retryAfter is { } asked && asked > backoff)
        {
            return asked < MaxRetryAfter ? asked : MaxRetryAfter;
        }

        return backoff;
    }

    /// <summary>What to do after try number <paramref name="attempt"/> gave <paramref name="result"/>.</summary>
    public DeliveryOutcome Next(int attempt, DeliveryResult result, DateTimeOffset now) => result switch
    {
        DeliveryResult.Delivered delivered => new DeliveryOutcome.Sent(delivered.Detail),
        DeliveryResult.Failed failed => new DeliveryOutcome.Parked(failed.Error),
        DeliveryResult.Retry retry when attempt >= MaxAttempts => new DeliveryOutcome.Parked($"gave up after {attempt} tries: {retry.Error}"),
        DeliveryResult.Retry retry => new DeliveryOutcome.Later(now + DelayAfter(attempt, retry.After), retry.Error),
        _ => new DeliveryOutcome.Parked("unknown result"),
    };
}

/// <summary>What becomes of an outbox row after a try.</summary>
public abstract record DeliveryOutcome
{
    public sealed record Sent(string Detail) : DeliveryOutcome;

    public sealed record Later(DateTimeOffset DueAt, string Error) : DeliveryOutcome;

    public sealed record Parked(string Error) : DeliveryOutcome;
}
