using Newsdesk.Publishing;

namespace Newsdesk.Web;

/// <summary>Stands in when the host has not wired <see cref="IAdminActions"/>: every action is refused, with the reason.</summary>
internal sealed class UnavailableAdminActions : IAdminActions
{
    private static readonly Task<AdminResult> Refused =
        Task.FromResult<AdminResult>(new AdminResult.Invalid("admin actions are not available in this host"));

    public Task<AdminResult> AddSourceAsync(string url, string? name, CancellationToken ct) => Refused;

    public Task<AdminResult> RemoveSourceAsync(string sourceId, CancellationToken ct) => Refused;

    public Task<AdminResult> RerunStoryAsync(string storyId, CancellationToken ct) => Refused;
}
