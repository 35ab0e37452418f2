namespace Newsdesk.Publishing;

/// <summary>The few writes the admin area performs; the host wires them to storage and the workers.</summary>
public interface IAdminActions
{
    Task<AdminResult> AddSourceAsync(string url, string? name, CancellationToken ct);

    Task<AdminResult> RemoveSourceAsync(string sourceId, CancellationToken ct);

    /// <summary>Asks for a story to be written and verified again from its current articles.</summary>
    Task<AdminResult> RerunStoryAsync(string storyId, CancellationToken ct);
}

/// <summary>The outcome of an admin action: done, or refused with a reason a person can read.</summary>
public abstract record AdminResult
{
    public sealed record Done(string Message) : AdminResult;

    public sealed record NotFound(string What) : AdminResult;

    public sealed record Invalid(string Reason) : AdminResult;
}
