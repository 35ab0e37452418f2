namespace Newsdesk.Sources;

/// <summary>How a source is doing, as <c>sources list</c> shows it.</summary>
public enum Health
{
    /// <summary>Never polled yet.</summary>
    New,

    /// <summary>The last poll succeeded.</summary>
    Ok,

    /// <summary>One or a few polls in a row failed: probably passing trouble.</summary>
    Failing,

    /// <summary>Many polls in a row failed: needs a person to look.</summary>
    Broken,
}

public static class SourceHealth
{
    /// <summary>
    /// Failures in a row from which a source counts as broken: with the default backoff that is
    /// about 5 + 10 + 20 + 40 + 80 minutes, some two and a half hours of failing.
    /// </summary>
    public const int BrokenAfterFailures = 5;

    public static Health Of(Source source) => source switch
    {
        { LastPollAt: null } => Health.New,
        { ConsecutiveFailures: 0 } => Health.Ok,
        { ConsecutiveFailures: < BrokenAfterFailures } => Health.Failing,
        _ => Health.Broken,
    };
}
