namespace Newsdesk.Sources;

/// <summary>A feed Newsdesk polls, with its polling state and health.</summary>
public sealed record Source(
    long Id,
    string Url,
    string? Title,
    string Kind,
    string? SiteUrl,
    string? Category,
    string? ETag,
    DateTimeOffset? LastModified,
    DateTimeOffset NextPollAt,
    TimeSpan Interval,
    int ConsecutiveFailures,
    DateTimeOffset? LastPollAt,
    DateTimeOffset? LastSuccessAt,
    string? LastError,
    int ItemCount,
    DateTimeOffset CreatedAt);

/// <summary>A source to add: where it is and what the user (or an OPML file) said about it.</summary>
public sealed record NewSource(string Url, string? Title = null, string? SiteUrl = null, string? Category = null);

/// <summary>
/// What one poll changes on a source. <see cref="ReplaceValidators"/> is true when the server
/// answered with a body, so its ETag and Last-Modified (even absent ones) replace the stored ones.
/// </summary>
public sealed record SourcePollUpdate(
    DateTimeOffset PolledAt,
    bool Succeeded,
    string? Error,
    PollSchedule Schedule,
    bool ReplaceValidators = false,
    string? ETag = null,
    DateTimeOffset? LastModified = null,
    string? MovedTo = null,
    string? Title = null,
    string? SiteUrl = null,
    string? Kind = null);
