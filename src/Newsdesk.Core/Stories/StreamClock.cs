namespace Newsdesk.Stories;

/// <summary>
/// The stream's own time. Articles carry their times; one without a usable date takes the
/// previous article's time. A date before <see cref="EarliestPlausible"/> (an unset 1970 clock) or
/// more than <see cref="MaxForwardJump"/> ahead of the stream (a typo, a future date) is not
/// usable, and a date older than the window is clamped to the window's start.
/// </summary>
internal sealed class StreamClock(TimeSpan window)
{
    /// <summary>Dates before this are unset clocks, not news.</summary>
    public static readonly DateTimeOffset EarliestPlausible = new(1995, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Largest step ahead of the stream a date may take; beyond it the date is taken as wrong.</summary>
    public static readonly TimeSpan MaxForwardJump = TimeSpan.FromDays(7);

    private DateTimeOffset? _now;

    /// <summary>The latest time seen (the stream's "now").</summary>
    public DateTimeOffset Now => _now ?? EarliestPlausible;

    /// <summary>Resolves an article's time and moves the clock.</summary>
    public DateTimeOffset Place(DateTimeOffset? published)
    {
        var usable = published is { } p && p >= EarliestPlausible && (_now is null || p <= _now.Value + MaxForwardJump);
        if (!usable)
        {
            return Now;
        }

        var at = published!.Value.ToUniversalTime();
        if (_now is { } now)
        {
            if (at < now - window)
            {
                return now - window;
            }

            if (at <= now)
            {
                return at;
            }
        }

        _now = at;
        return at;
    }
}
