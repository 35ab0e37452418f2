using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Newsdesk.Notify;
using Newsdesk.Publishing;

namespace Newsdesk.Notify;

/// <summary>
/// The HTTP channels. A webhook gets JSON: <c>{"id","event","follow":{"slug","name"},"story":…}</c>
/// with the story in the API's shape (<see cref="StoryDocument"/>), signed with HMAC-SHA256 over
/// the body (<see cref="WebhookSignature"/>), with the delivery id in a header too. ntfy gets the
/// lede as the message, the headline as its title and the story's URL as the click action. An
/// Apprise-style endpoint gets a form POST (title, body, type, format).
/// </summary>
internal sealed class WebChannels(BoundedPost post)
{
    /// <summary>Longest ntfy title sent (ntfy shows about this much).</summary>
    private const int MaxTitleChars = 250;

    public Task<DeliveryResult> WebhookAsync(Notice notice, CancellationToken ct)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(WebhookBody(notice), Web.ApiEndpoints.Json);
        return post.SendAsync(notice.Follow.Spec.Target!, () => new ByteArrayContent(body)
        {
            Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
        },
        [
            new(WebhookSignature.Header, WebhookSignature.Sign(notice.Follow.Secret, body)),
            new(WebhookSignature.DeliveryHeader, notice.DeliveryId),
            new(WebhookSignature.EventHeader, notice.Event),
        ], ct);
    }

    public Task<DeliveryResult> NtfyAsync(Notice notice, CancellationToken ct)
    {
        var story = notice.First.Story;
        var title = (story.Breaking ? "Breaking: " : "") + story.Content.Headline;
        var message = story.Content.Lede.Length > 0 ? story.Content.Lede : story.Content.Headline;
        return post.SendAsync(notice.Follow.Spec.Target!, () => new StringContent(message, Encoding.UTF8, "text/plain"),
        [
            new("Title", HeaderText(title.Length <= MaxTitleChars ? title : title[..MaxTitleChars])),
            new("Click", notice.First.Url.AbsoluteUri),
            new("Tags", story.Breaking ? "rotating_light,newspaper" : "newspaper"),
            new("X-Newsdesk-Delivery", notice.DeliveryId),
        ], ct);
    }

    public Task<DeliveryResult> AppriseAsync(Notice notice, CancellationToken ct)
    {
        var story = notice.First.Story;
        var fields = new Dictionary<string, string>
        {
            ["title"] = (story.Breaking ? "Breaking: " : "") + story.Content.Headline,
            ["body"] = $"{(story.Content.Lede.Length > 0 ? story.Content.Lede : story.Content.Headline)}\n{notice.First.Url.AbsoluteUri}",
            ["type"] = "info",
            ["format"] = "text",
        };
        return post.SendAsync(notice.Follow.Spec.Target!, () => new FormUrlEncodedContent(fields),
            [new(WebhookSignature.DeliveryHeader, notice.DeliveryId)], ct);
    }

    internal static object WebhookBody(Notice notice) => new
    {
        Id = notice.DeliveryId,
        Event = notice.Event,
        Follow = new { notice.Follow.Slug, notice.Follow.Spec.Name },
        Story = StoryDocument.From(notice.First.Story, notice.First.Url),
    };

    /// <summary>A header value ntfy reads: ASCII as is, anything else as an RFC 2047 encoded word.</summary>
    internal static string HeaderText(string value) =>
        value.All(c => c is >= ' ' and <= '~') ? value : "=?UTF-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(value)) + "?=";
}
