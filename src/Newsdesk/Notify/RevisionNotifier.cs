using Microsoft.Extensions.Options;
using Newsdesk.Notify;
using Newsdesk.Publishing;
using Newsdesk.Storage;

namespace Newsdesk.Notify;

/// <summary>
/// Gives the writing stage the hook that queues a revision's deliveries in the revision's own
/// transaction: every active follow with a destination that the published story matches
/// (<see cref="FollowMatcher"/>). Outbox times use the real clock (delivery is network
/// politeness, like fetch gaps), not the news clock.
/// </summary>
internal sealed class RevisionNotifier(IOptions<NotifyOptions> options, InMemoryStoryCatalog catalog, TimeProvider time)
{
    public RevisionHook Hook(PublishedStory story, bool firstRevision)
    {
        var owners = catalog.SurnameOwners();
        return (connection, tx, storyId, revision, ct) => NotificationOutbox.EnqueueAsync(
            connection, tx, storyId, revision, firstRevision, spec => FollowMatcher.Matches(spec, story, owners), options.Value.MinGap, time.GetUtcNow(), ct);
    }
}
