namespace Newsdesk.Notify;

/// <summary>When a digest goes out: daily at its hour (UTC), or weekly on Monday at its hour.</summary>
public static class DigestClock
{
    /// <summary>The first send time strictly after <paramref name="now"/>; <paramref name="now"/> itself for an immediate follow.</summary>
    public static DateTimeOffset Next(DigestSchedule schedule, int hour, DateTimeOffset now)
    {
        if (schedule == DigestSchedule.Immediate)
        {
            return now;
        }

        var utc = now.ToUniversalTime();
        var at = new DateTimeOffset(utc.Year, utc.Month, utc.Day, hour, 0, 0, TimeSpan.Zero);
        if (at <= utc)
        {
            at = at.AddDays(1);
        }

        if (schedule == DigestSchedule.Weekly)
        {
            while (at.DayOfWeek != DayOfWeek.Monday)
            {
                at = at.AddDays(1);
            }
        }

        return at;
    }
}
