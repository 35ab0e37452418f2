namespace Newsdesk.Stories;

/// <summary>Where the clock put an article in time.</summary>
/// <param name="At">The article's time for clustering.</param>
/// <param name="Tentative">The article jumped far ahead of the stream and is not confirmed yet: it may be a wrong date.</param>
/// <param name="ConfirmsJump">The article confirmed the previous article's jump ahead (the clock moved there).</param>
internal readonly record struct ClockPlacement(DateTimeOffset At, bool Tentative, bool ConfirmsJump);

/// <summary>
/// The stream's own time. Articles carry their times; one without a usable date (none, or before
/// <see cref="EarliestPlausible"/>: an unset 1970 clock) takes the stream's time, and a date older
/// than the window is clamped to the window's start. A date more than <see cref="MaxForwardJump"/>
/// ahead of the stream may be a typo or a quiet spell in a sparse stream: it is tentative until the
/// next article confirms it (a date within <see cref="MaxForwardJump"/> of it), and only then does
/// the clock move. So one wrong date never moves the clock, and a real gap moves it one article late.
/// </summary>
internal sealed class StreamClock(TimeSpan window)
{
    /// <summary>Dates before this are unset clocks, not news.</summary>
    public static readonly DateTimeOffset EarliestPlausible = new(1995, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Largest step ahead of the stream a date may take unconfirmed.</summary>
    public static readonly TimeSpan MaxForwardJump = TimeSpan.FromDays(7);

    private DateTimeOffset? _now;
    private DateTimeOffset? _pending;

    /// <summary>The latest time seen (the stream's "now").</summary>
    public DateTimeOffset Now => _now ?? EarliestPlausible;

    /// <summary>Resolves an article's time and moves the clock.</summary>
    public ClockPlacement Place(DateTimeOffset? published)
    {
        var pending = _pending;
        _pending = null;
        if (published is not { } p || p < EarliestPlausible)
        {
            return new ClockPlacement(Now, false, false);
        }

        var at = p.ToUniversalTime();
        if (_now is not { } now)
        {
            _now = at;
            return new ClockPlacement(at, false, false);
        }

        if (at < now - window)
        {
            return new ClockPlacement(now - window, false, false);
        }

        if (at <= now)
        {
            return new ClockPlacement(at, false, false);
        }

        if (at <= now + MaxForwardJump)
        {
            _now = at;
            return new ClockPlacement(at, false, false);
        }

        if (pending is { } jump && (at - jump).Duration() <= MaxForwardJump)
        {
            _now = at > jump ? at : jump;
            return new ClockPlacement(at, false, true);
        }

        _pending = at;
        return new ClockPlacement(at, true, false);
    }
}
