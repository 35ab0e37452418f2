using Newsdesk.Notify;

namespace Newsdesk.Notify;

/// <summary>
/// What one delivery sends: the follow, the stories (one, or a digest's ranked few), the delivery
/// id a receiver deduplicates on, and the event (<c>story.new</c>, <c>story.revised</c>, <c>digest</c>).
/// </summary>
internal sealed record Notice(Follow Follow, IReadOnlyList<NoticeStory> Stories, string DeliveryId, string Event, Uri Unsubscribe)
{
    public NoticeStory First => Stories[0];
}
