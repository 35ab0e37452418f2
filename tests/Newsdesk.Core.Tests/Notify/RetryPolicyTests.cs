using Newsdesk.Notify;

namespace Newsdesk.Core.Tests.Notify;

public sealed class RetryPolicyTests
{
    private static readonly RetryPolicy Policy = new(5, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Now = NoticeStories.Now;

    public sealed record Case(string Name, int Attempt, DeliveryResult Result, DeliveryOutcome Expected);

    public static TheoryData<Case> Cases => new()
    {
        new("delivered", 1, new DeliveryResult.Delivered("HTTP 200"), new DeliveryOutcome.Sent("HTTP 200")),
        new("first failure waits the base delay", 1, new DeliveryResult.Retry("HTTP 500"), new DeliveryOutcome.Later(Now.AddSeconds(30), "HTTP 500")),
        new("second failure doubles", 2, new DeliveryResult.Retry("HTTP 500"), new DeliveryOutcome.Later(Now.AddSeconds(60), "HTTP 500")),
        new("fourth failure capped at the maximum", 4, new DeliveryResult.Retry("HTTP 500"), new DeliveryOutcome.Later(Now.AddMinutes(4), "HTTP 500")),
        new("the cap holds", 4, new DeliveryResult.Retry("x"), new DeliveryOutcome.Later(Now.AddMinutes(4), "x")),
        new("Retry-After longer than backoff is honoured", 1, new DeliveryResult.Retry("HTTP 429", TimeSpan.FromMinutes(10)), new DeliveryOutcome.Later(Now.AddMinutes(10), "HTTP 429")),
        new("Retry-After shorter than backoff: backoff", 3, new DeliveryResult.Retry("HTTP 429", TimeSpan.FromSeconds(5)), new DeliveryOutcome.Later(Now.AddMinutes(2), "HTTP 429")),
        new("Retry-After beyond the bound is cut", 1, new DeliveryResult.Retry("HTTP 429", TimeSpan.FromDays(3)), new DeliveryOutcome.Later(Now.AddHours(1), "HTTP 429")),
        new("the last try parks it", 5, new DeliveryResult.Retry("HTTP 500"), new DeliveryOutcome.Parked("gave up after 5 tries: HTTP 500")),
        new("a permanent failure parks at once", 1, new DeliveryResult.Failed("HTTP 404"), new DeliveryOutcome.Parked("HTTP 404")),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decides_what_happens_after_a_try(Case row) =>
        Assert.Equal(row.Expected, Policy.Next(row.Attempt, row.Result, Now));

    [Theory]
    [InlineData("120", 120)]
    [InlineData(" 0 ", 0)]
    [InlineData("Tue, 10 Mar 2026 12:05:00 GMT", 300)]
    [InlineData("Tue, 10 Mar 2026 11:00:00 GMT", 0)]
    public void Reads_Retry_After(string value, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfter.Parse(value, Now));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    public void Ignores_a_Retry_After_it_cannot_read(string? value) => Assert.Null(RetryAfter.Parse(value, Now));
}
