using System.Globalization;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Workers;

namespace Newsdesk.Hosting;

/// <summary>The admin area's writes, on storage: add and remove sources, re-run a story.</summary>
internal sealed class StorageAdminActions(SourceSubscriber subscriber, SourceStore sources, StoryStore stories, NewsClock clock) : IAdminActions
{
    public async Task<AdminResult> AddSourceAsync(string url, string? name, CancellationToken ct) =>
        await subscriber.AddAsync(url, null, ct) switch
        {
            SubscribeResult.Subscribed added =>
                new AdminResult.Done($"Added {added.Sources.Count(s => s.Added)} source(s): {string.Join(", ", added.Sources.Select(s => s.Source.Url))}"),
            SubscribeResult.Refused refused => new AdminResult.Invalid(refused.Reason),
            _ => new AdminResult.Invalid("the source could not be added"),
        };

    public async Task<AdminResult> RemoveSourceAsync(string sourceId, CancellationToken ct) =>
        !long.TryParse(sourceId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new AdminResult.Invalid("a source id is a number")
            : await sources.RemoveAsync(id, ct) ? new AdminResult.Done($"Removed source {id}.") : new AdminResult.NotFound($"source {id}");

    public async Task<AdminResult> RerunStoryAsync(string storyId, CancellationToken ct) =>
        !long.TryParse(storyId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new AdminResult.Invalid("a story id is a number")
            : await stories.RequestRewriteAsync(id, clock.Now, ct)
                ? new AdminResult.Done($"Story {id} will be written and checked again.")
                : new AdminResult.NotFound($"story {id}");
}
