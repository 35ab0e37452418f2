namespace Newsdesk.Sources;

/// <summary>What one poll of a source came to, as far as scheduling cares.</summary>
public abstract record PollOutcome
{
    /// <summary>The feed was fetched and parsed; <paramref name="NewItems"/> of its items were new.</summary>
    public sealed record Changed(int NewItems) : PollOutcome;

    /// <summary>304 Not Modified, or a body whose items were all known.</summary>
    public sealed record Unchanged : PollOutcome;

    /// <summary>429 or 503 with Retry-After: the server said when to come back.</summary>
    public sealed record RateLimited(TimeSpan RetryAfter) : PollOutcome;

    /// <summary>Any failure: network, HTTP error status, not a feed, too large, too slow.</summary>
    public sealed record Failed : PollOutcome;
}

/// <summary>The bounds a deployment sets on polling (PollingOptions carries them from configuration).</summary>
public sealed record PollBounds(TimeSpan MinInterval, TimeSpan MaxInterval)
{
    public static PollBounds Default { get; } = new(TimeSpan.FromMinutes(5), TimeSpan.FromHours(4));
}

/// <summary>
/// When to poll a source next. Pure: the same outcome at the same time gives the same schedule.
///
/// Adaptive interval: a poll that finds new items halves the interval (<see cref="SpeedUp"/>), a
/// poll that finds nothing new stretches it by half (<see cref="SlowDown"/>), always within
/// [MinInterval, MaxInterval]. A busy feed thus reaches the minimum after a few polls, and a quiet
/// one drifts to the maximum over a day instead of being hammered. Halving on change but only
/// stretching by 1.5 on no change makes the schedule quick to react to a burst of news.
///
/// Backoff: after n failures in a row the next try waits MinInterval * 2^(n-1), capped at
/// <see cref="MaxBackoff"/>; the adaptive interval is left as it was, so a recovered feed
/// resumes its old pace. A Retry-After is honoured (never polled sooner) up to <see cref="MaxRetryAfter"/>.
///
/// Jitter: each source is shifted by up to <see cref="JitterShare"/> of its wait, by a fraction
/// derived from its id, so that sources added together do not all come due at the same second.
/// </summary>
public static class PollPolicy
{
    public const double SpeedUp = 0.5;
    public const double SlowDown = 1.5;
    public const double JitterShare = 0.1;

    /// <summary>A broken feed is still tried a few times a day, so a fixed feed comes back without help.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(6);

    /// <summary>A Retry-After longer than this (a misconfigured server) is not obeyed beyond it.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromHours(24);

    /// <summary>The interval a new source starts on: polled soon, then adapted.</summary>
    public static TimeSpan InitialInterval(PollBounds bounds) =>
        Clamp(TimeSpan.FromMinutes(30), bounds);

    public static PollSchedule Next(long sourceId, TimeSpan interval, int failures, PollOutcome outcome, DateTimeOffset now, PollBounds bounds)
    {
        interval = Clamp(interval, bounds);
        switch (outcome)
        {
            case PollOutcome.Changed { NewItems: > 0 }:
                var faster = Clamp(interval * SpeedUp, bounds);
                return new PollSchedule(now + Jittered(sourceId, faster), faster, 0);
            case PollOutcome.Changed or PollOutcome.Unchanged:
                var slower = Clamp(interval * SlowDown, bounds);
                return new PollSchedule(now + Jittered(sourceId, slower), slower, 0);
            case PollOutcome.RateLimited limited:
                var retryAfter = limited.RetryAfter < TimeSpan.Zero ? TimeSpan.Zero
                    : limited.RetryAfter > MaxRetryAfter ? MaxRetryAfter : limited.RetryAfter;
                var wait = Max(retryAfter, Max(interval, Backoff(failures + 1, bounds)));
                return new PollSchedule(now + wait, interval, failures + 1);
            default:
                return new PollSchedule(now + Jittered(sourceId, Backoff(failures + 1, bounds)), interval, failures + 1);
        }
    }

    /// <summary>The wait after <paramref name="failures"/> failures in a row (1 or more).</summary>
    public static TimeSpan Backoff(int failures, PollBounds bounds)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var ms = Math.Min(MaxBackoff.TotalMilliseconds, bounds.MinInterval.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(ms);
    }

    /// <summary>The wait plus up to JitterShare of it, by a fraction fixed per source id.</summary>
    public static TimeSpan Jittered(long sourceId, TimeSpan wait)
    {
        var fraction = (ulong)sourceId * 0x9E3779B97F4A7C15UL >> 40 & 0xFFFF;
        return wait + wait * (JitterShare * fraction / 0x10000);
    }

    private static TimeSpan Clamp(TimeSpan interval, PollBounds bounds) =>
        interval < bounds.MinInterval ? bounds.MinInterval : interval > bounds.MaxInterval ? bounds.MaxInterval : interval;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
