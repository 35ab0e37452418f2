using MimeKit;
using Newsdesk.Notify;

namespace Newsdesk.Tests.Notify;

/// <summary>
/// Email notices through a real SMTP session on 127.0.0.1 (SmtpTestServer: STARTTLS with a
/// self-signed certificate pinned by fingerprint, AUTH PLAIN): immediate and digest, and servers
/// that refuse or drop the connection, which leave a clear error on the follow and stop nothing else.
/// </summary>
public sealed class EmailDeliveryTests
{
    private static NotifyOptions Options(SmtpTestServer smtp, int digestMax = 10)
    {
        var options = DeliveryHarness.TestOptions();
        options.DigestMaxStories = digestMax;
        options.Smtp = new SmtpOptions
        {
            Host = "127.0.0.1", Port = smtp.Port, Security = "starttls", Username = SmtpTestServer.User, Password = SmtpTestServer.Password,
            From = "desk@news.example", CertificateSha256 = smtp.CertificateSha256,
        };
        return options;
    }

    private static MimeMessage Parse(SmtpMessage message) =>
        MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(message.Data)));

    [Fact]
    public async Task A_breaking_story_is_emailed_at_once_over_starttls_with_auth_in_html_and_text_with_citation_links()
    {
        await using var smtp = new SmtpTestServer();
        await using var harness = await DeliveryHarness.CreateAsync(Options(smtp));
        var follow = await harness.EmailFollowAsync("Breaking", "ed@example.org");
        var story = await harness.PublishAsync();
        await harness.Worker.RunOnceAsync(default);

        var received = Assert.Single(smtp.Messages);
        Assert.True(received.Tls, "the message was sent before STARTTLS");
        Assert.Equal((SmtpTestServer.User, "desk@news.example"), (received.User, received.From));
        Assert.Equal(["ed@example.org"], received.To);
        var mail = Parse(received);
        Assert.Equal("Breaking: " + story.Content.Headline, mail.Subject);
        Assert.Equal("<" + $"https://news.example/follow/breaking/unsubscribe?token={follow.UnsubscribeToken}" + ">", mail.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        Assert.Equal((await harness.OnlyEntryAsync()).DeliveryId + "@newsdesk", mail.MessageId);
        Assert.Equal("multipart/alternative", mail.Body?.ContentType.MimeType);
        var source = story.Content.Sources[0];
        Assert.Contains($"<sup><a href=\"{System.Net.WebUtility.HtmlEncode(source.Url)}\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(story.Content.Lede), mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(story.Content.Lede + " [1]", mail.TextBody, StringComparison.Ordinal);
        foreach (var part in new[] { mail.HtmlBody, mail.TextBody })
        {
            Assert.Contains("written by software", part, StringComparison.Ordinal);
            Assert.Contains("unsubscribe?token=" + follow.UnsubscribeToken, part, StringComparison.Ordinal);
        }

        Assert.Equal("sent", (await harness.OnlyEntryAsync()).State);
    }

    [Fact]
    public async Task A_daily_digest_waits_for_its_hour_and_holds_the_highest_ranked_stories_only()
    {
        await using var smtp = new SmtpTestServer();
        await using var harness = await DeliveryHarness.CreateAsync(Options(smtp, digestMax: 2));
        await harness.EmailFollowAsync("Morning", "ed@example.org", DigestSchedule.Daily);
        await harness.PublishAsync("Minor story", significance: 1);
        await harness.PublishAsync("Top story", significance: 9);
        await harness.PublishAsync("Second story", significance: 5);

        Assert.Equal(0, await harness.Worker.RunOnceAsync(default));          // 12:00: the digest goes at 07:00 tomorrow
        harness.Clock.Advance(TimeSpan.FromHours(19) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await harness.Worker.RunOnceAsync(default));
        Assert.Empty(smtp.Messages);
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(3, await harness.Worker.RunOnceAsync(default));

        var mail = Parse(Assert.Single(smtp.Messages));
        Assert.Equal("Your daily digest for \u201cMorning\u201d: 2 stories", mail.Subject);
        var text = mail.TextBody ?? "";
        Assert.True(text.IndexOf("Top story", StringComparison.Ordinal) < text.IndexOf("Second story", StringComparison.Ordinal));
        Assert.DoesNotContain("Minor story", mail.TextBody, StringComparison.Ordinal);
        var entries = await harness.Outbox.ListAsync(null, 10, default);
        Assert.Equal(2, entries.Count(e => e.State == "sent"));
        var dropped = Assert.Single(entries, e => e.State == "dropped");
        Assert.Contains("left out of the digest", dropped.LastError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SmtpBehaviour.RefuseAtGreeting)]
    [InlineData(SmtpBehaviour.DropAfterEhlo)]
    public async Task An_smtp_server_that_refuses_or_drops_leaves_an_error_on_the_follow_and_stops_nothing_else(SmtpBehaviour behaviour)
    {
        await using var smtp = new SmtpTestServer(behaviour);
        await using var receiver = new Receiver();
        receiver.On("/hook", (ctx, _) => Receiver.Status(ctx, 200));
        await using var harness = await DeliveryHarness.CreateAsync(Options(smtp));
        var mail = await harness.EmailFollowAsync("Mail", "ed@example.org");
        await harness.FollowAsync("Hook", Channel.Webhook, receiver.Url("/hook"));
        await harness.PublishAsync();
        await harness.Worker.RunOnceAsync(default);

        Assert.Single(receiver.Requests);
        Assert.Empty(smtp.Messages);
        Assert.True(smtp.Sessions >= 1);
        var error = (await harness.Follows.GetByIdAsync(mail.Id, default))!.LastError;
        Assert.NotNull(error);
        Assert.StartsWith("SMTP 127.0.0.1", error, StringComparison.Ordinal);
        var entry = Assert.Single(await harness.Outbox.ListAsync(null, 10, default), e => e.FollowId == mail.Id);
        Assert.Equal(1, entry.Attempts);
        Assert.NotEqual("sent", entry.State);
    }

    [Fact]
    public async Task A_certificate_that_is_neither_trusted_nor_pinned_is_refused()
    {
        await using var smtp = new SmtpTestServer();
        var options = Options(smtp);
        options.Smtp.CertificateSha256 = null;
        await using var harness = await DeliveryHarness.CreateAsync(options);
        var mail = await harness.EmailFollowAsync("Mail", "ed@example.org");
        await harness.PublishAsync();
        await harness.Worker.RunOnceAsync(default);

        Assert.Empty(smtp.Messages);
        Assert.StartsWith("SMTP 127.0.0.1", (await harness.Follows.GetByIdAsync(mail.Id, default))!.LastError, StringComparison.Ordinal);
    }
}
