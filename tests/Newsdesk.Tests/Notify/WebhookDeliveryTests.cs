using System.Net;
using System.Text.Json;
using Newsdesk.Notify;
using Newsdesk.Testing;

namespace Newsdesk.Tests.Notify;

/// <summary>
/// Webhook, ntfy and Apprise deliveries against real receivers on 127.0.0.1, and every bad
/// destination the issue names: each gets a clear error on its follow, and nothing else stops.
/// </summary>
public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private readonly Receiver receiver = new();
    private DeliveryHarness harness = null!;

    public async Task InitializeAsync() => harness = await DeliveryHarness.CreateAsync();

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        await receiver.DisposeAsync();
    }

    [Fact]
    public async Task A_webhook_gets_the_story_as_signed_json_in_the_api_shape_once()
    {
        receiver.On("/hook", (ctx, _) => Receiver.Status(ctx, 204));
        var follow = await harness.FollowAsync("Breaking", Channel.Webhook, receiver.Url("/hook"));
        var story = await harness.PublishAsync();

        Assert.Equal(1, await harness.Worker.RunOnceAsync(default));
        Assert.Equal(0, await harness.Worker.RunOnceAsync(default));

        var request = Assert.Single(receiver.Requests);
        Assert.Equal("POST", request.Method);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        // The receiver checks the signature with the follow's secret, over the exact body bytes.
        Assert.True(WebhookSignature.Verify(follow.Secret, request.Body, request.Headers[WebhookSignature.Header]));
        Assert.False(WebhookSignature.Verify(WebhookSignature.NewSecret(), request.Body, request.Headers[WebhookSignature.Header]));
        var entry = await harness.OnlyEntryAsync();
        Assert.Equal(entry.DeliveryId, request.Headers[WebhookSignature.DeliveryHeader]);
        Assert.Equal("story.new", request.Headers[WebhookSignature.EventHeader]);

        using var json = JsonDocument.Parse(request.Body);
        var root = json.RootElement;
        Assert.Equal(entry.DeliveryId, root.GetProperty("id").GetString());
        Assert.Equal("breaking", root.GetProperty("follow").GetProperty("slug").GetString());
        var sent = root.GetProperty("story");
        // The API's shape (/api/stories/{slug}): the same camelCase fields.
        foreach (var field in new[] { "id", "slug", "url", "headline", "dateline", "lede", "ledeCites", "sections", "facts", "sources", "revision", "breaking", "topics", "entities", "verification" })
        {
            Assert.True(sent.TryGetProperty(field, out _), "missing " + field);
        }

        Assert.Equal(story.Content.Headline, sent.GetProperty("headline").GetString());
        Assert.Equal("https://news.example/story/" + story.Slug, sent.GetProperty("url").GetString());
        Assert.Equal(story.Content.Sources.Count, sent.GetProperty("sources").GetArrayLength());
        Assert.Equal(("sent", 1), (entry.State, entry.Attempts));
    }

    [Fact]
    public async Task Ntfy_gets_the_headline_as_title_the_lede_as_message_and_the_story_as_click_action()
    {
        receiver.On("/newsdesk-breaking", (ctx, _) => Receiver.Status(ctx, 200));
        await harness.FollowAsync("Breaking", Channel.Ntfy, receiver.Url("/newsdesk-breaking"));
        var story = await harness.PublishAsync("Flood warning for Calder — residents told to leave");
        await harness.Worker.RunOnceAsync(default);

        var request = Assert.Single(receiver.Requests);
        Assert.Equal(story.Content.Lede, request.Text);
        Assert.Equal("https://news.example/story/" + story.Slug, request.Headers["Click"]);
        // A non-ASCII title travels as an RFC 2047 encoded word, as ntfy reads it.
        var title = request.Headers["Title"]!;
        Assert.StartsWith("=?UTF-8?B?", title, StringComparison.Ordinal);
        Assert.Equal("Breaking: " + story.Content.Headline, System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(title[10..^2])));
        Assert.Contains("rotating_light", request.Headers["Tags"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_apprise_style_endpoint_gets_a_form_post()
    {
        receiver.On("/notify/newsdesk", (ctx, _) => Receiver.Status(ctx, 200));
        await harness.FollowAsync("Breaking", Channel.Apprise, receiver.Url("/notify/newsdesk"));
        var story = await harness.PublishAsync();
        await harness.Worker.RunOnceAsync(default);

        var request = Assert.Single(receiver.Requests);
        Assert.StartsWith("application/x-www-form-urlencoded", request.Headers["Content-Type"], StringComparison.Ordinal);
        var form = System.Web.HttpUtility.ParseQueryString(request.Text);
        Assert.Equal("Breaking: " + story.Content.Headline, form["title"]);
        Assert.Equal($"{story.Content.Lede}\nhttps://news.example/story/{story.Slug}", form["body"]);
        Assert.Equal(("info", "text"), (form["type"], form["format"]));
    }

    [Fact]
    public async Task A_webhook_that_answers_500_forever_is_retried_with_backoff_then_parked_while_others_are_delivered()
    {
        receiver.On("/down", (ctx, _) => Receiver.Status(ctx, 500));
        receiver.On("/up", (ctx, _) => Receiver.Status(ctx, 200));
        var down = await harness.FollowAsync("Down", Channel.Webhook, receiver.Url("/down"));
        await harness.FollowAsync("Up", Channel.Webhook, receiver.Url("/up"));
        await harness.PublishAsync();

        int Count(string path) => receiver.Requests.Count(r => r.Path == path);

        await harness.Worker.RunOnceAsync(default);
        Assert.Equal((1, 1), (Count("/down"), Count("/up")));
        await harness.Worker.RunOnceAsync(default);          // not due yet: backoff 1 min
        Assert.Equal(1, Count("/down"));
        harness.Clock.Advance(TimeSpan.FromSeconds(59));
        await harness.Worker.RunOnceAsync(default);
        Assert.Equal(1, Count("/down"));
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        await harness.Worker.RunOnceAsync(default);
        Assert.Equal(2, Count("/down"));
        harness.Clock.Advance(TimeSpan.FromMinutes(2));     // doubled
        await harness.Worker.RunOnceAsync(default);
        Assert.Equal(3, Count("/down"));
        harness.Clock.Advance(TimeSpan.FromDays(1));
        await harness.Worker.RunOnceAsync(default);
        Assert.Equal((3, 1), (Count("/down"), Count("/up")));   // parked after 3 tries; the healthy follow got one

        var failed = Assert.Single(await harness.Outbox.ListAsync("failed", 10, default));
        Assert.Equal((down.Id, 3), (failed.FollowId, failed.Attempts));
        Assert.Equal("gave up after 3 tries: HTTP 500", failed.LastError);
        Assert.Equal("gave up after 3 tries: HTTP 500", (await harness.Follows.GetByIdAsync(down.Id, default))!.LastError);
        Assert.Single(await harness.Outbox.ListAsync("sent", 10, default));
    }

    [Fact]
    public async Task A_429_with_Retry_After_waits_as_long_as_asked()
    {
        receiver.On("/busy", (ctx, r) => Receiver.Status(ctx, 429, "600"));
        await harness.FollowAsync("Busy", Channel.Webhook, receiver.Url("/busy"));
        await harness.PublishAsync();
        await harness.Worker.RunOnceAsync(default);

        var entry = await harness.OnlyEntryAsync();
        Assert.Equal(("pending", 1), (entry.State, entry.Attempts));
        Assert.Equal(DeliveryHarness.Start.AddMinutes(10), entry.DueAt);   // not the 1-minute backoff
        Assert.StartsWith("HTTP 429", entry.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_webhook_that_never_answers_is_cut_off_by_the_timeout_and_retried()
    {
        using var release = new CancellationTokenSource(Patience.Hang);
        receiver.On("/hang", async (ctx, _) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, release.Token);
            }
            catch (OperationCanceledException)
            {
                ctx.Response.Abort();
            }
        });
        // A receiver that never answers: whatever the timeout, only it can end the request.
        var options = DeliveryHarness.TestOptions();
        options.Timeout = TimeSpan.FromSeconds(2);
        await using var hanging = await DeliveryHarness.CreateAsync(options);
        await hanging.FollowAsync("Hangs", Channel.Webhook, receiver.Url("/hang"));
        await hanging.PublishAsync();

        await hanging.Worker.RunOnceAsync(default);
        await release.CancelAsync();

        var entry = await hanging.OnlyEntryAsync();
        Assert.Equal(("pending", 1), (entry.State, entry.Attempts));
        Assert.Equal("no answer within 2 s (Notify:Timeout)", entry.LastError);
    }

    [Fact]
    public async Task A_webhook_that_redirects_to_itself_is_not_followed_and_is_parked()
    {
        receiver.On("/loop", (ctx, _) =>
        {
            ctx.Response.StatusCode = 302;
            ctx.Response.AddHeader("Location", ctx.Request.Url!.AbsoluteUri);
            ctx.Response.Close();
            return Task.CompletedTask;
        });
        await harness.FollowAsync("Loops", Channel.Webhook, receiver.Url("/loop"));
        await harness.PublishAsync();
        await harness.Worker.RunOnceAsync(default);

        Assert.Single(receiver.Requests);
        var entry = await harness.OnlyEntryAsync();
        Assert.Equal("failed", entry.State);
        Assert.Equal($"HTTP 302: redirected to {receiver.Url("/loop").AbsoluteUri}; redirects are not followed, configure the final URL", entry.LastError);
    }

    [Fact]
    public async Task A_50_MB_answer_is_not_downloaded()
    {
        const long Answer = 50L * 1024 * 1024;
        var written = 0L;
        var done = new TaskCompletionSource();
        receiver.On("/big", async (ctx, _) =>
        {
            ctx.Response.StatusCode = 200;
            ctx.Response.ContentLength64 = Answer;
            var chunk = new byte[64 * 1024];
            try
            {
                while (written < Answer)
                {
                    await ctx.Response.OutputStream.WriteAsync(chunk);
                    written += chunk.Length;
                }

                ctx.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The client stopped reading and closed the connection.
            }
            finally
            {
                done.TrySetResult();
            }
        });
        await harness.FollowAsync("Big", Channel.Webhook, receiver.Url("/big"));
        await harness.PublishAsync();
        await harness.Worker.RunOnceAsync(default);
        await done.Task.WaitAsync(Patience.Hang);

        var entry = await harness.OnlyEntryAsync();
        Assert.Equal("sent", entry.State);
        Assert.True(written < Answer, $"the receiver wrote all {written} bytes: the answer was downloaded whole");
    }

    [Fact]
    public async Task A_url_that_is_not_http_is_refused_with_a_clear_error()
    {
        using var post = new BoundedPost(DeliveryHarness.TestOptions(), TimeProvider.System);
        var result = await post.SendAsync("file:///etc/passwd", () => new StringContent("x"), [], default);
        var failed = Assert.IsType<DeliveryResult.Failed>(result);
        Assert.Equal("'file:///etc/passwd' is not an http(s) URL (scheme 'file'): only http and https destinations are allowed", failed.Error);
    }
}
