using System.Text;
using Newsdesk.Notify;

namespace Newsdesk.Core.Tests.Notify;

public sealed class SignatureAndDigestTests
{
    [Fact]
    public void The_signature_is_HMAC_SHA256_of_the_body_and_any_change_breaks_it()
    {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        var body = Encoding.UTF8.GetBytes("what do ya want for nothing?");
        Assert.Equal("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", WebhookSignature.Sign("Jefe", body));
        Assert.True(WebhookSignature.Verify("Jefe", body, WebhookSignature.Sign("Jefe", body)));
        Assert.False(WebhookSignature.Verify("Jeff", body, WebhookSignature.Sign("Jefe", body)));
        Assert.False(WebhookSignature.Verify("Jefe", Encoding.UTF8.GetBytes("what do ya want for nothing!"), WebhookSignature.Sign("Jefe", body)));
        Assert.False(WebhookSignature.Verify("Jefe", body, null));
        Assert.NotEqual(WebhookSignature.NewSecret(), WebhookSignature.NewSecret());
        Assert.Equal(64, WebhookSignature.NewSecret().Length);
    }

    public sealed record DigestCase(string Name, DigestSchedule Schedule, int Hour, DateTimeOffset Now, DateTimeOffset Next);

    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, TimeSpan.Zero);

    public static TheoryData<DigestCase> DigestCases => new()
    {
        new("immediate is now", DigestSchedule.Immediate, 7, At(10, 12), At(10, 12)),
        new("daily, later today", DigestSchedule.Daily, 18, At(10, 12), At(10, 18)),
        new("daily, passed today: tomorrow", DigestSchedule.Daily, 7, At(10, 12), At(11, 7)),
        new("daily, exactly the hour: the next one", DigestSchedule.Daily, 12, At(10, 12), At(11, 12)),
        new("weekly from a Tuesday: next Monday", DigestSchedule.Weekly, 7, At(10, 12), At(16, 7)),
        new("weekly on Monday before the hour: today", DigestSchedule.Weekly, 7, At(9, 6, 59), At(9, 7)),
        new("weekly on Monday after the hour: a week on", DigestSchedule.Weekly, 7, At(9, 8), At(16, 7)),
    };

    [Theory]
    [MemberData(nameof(DigestCases))]
    public void Digests_go_out_at_their_hour(DigestCase row) =>
        Assert.Equal(row.Next, DigestClock.Next(row.Schedule, row.Hour, row.Now));
}
