namespace Newsdesk.Storage;

/// <summary>Times are stored as BIGINT milliseconds since the Unix epoch, UTC, on every backend.</summary>
internal static class UnixMs
{
    public static long From(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static long? From(DateTimeOffset? time) => time?.ToUnixTimeMilliseconds();

    public static DateTimeOffset To(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static DateTimeOffset? To(long? ms) => ms is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;
}
