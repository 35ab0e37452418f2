using Newsdesk.Notify;

namespace Newsdesk.Core.Tests.Notify;

public sealed class FollowRulesTests
{
    public sealed record Case(string Name, FollowSpec Spec, string? ProblemContains);

    public static TheoryData<Case> Cases => new()
    {
        new("a topic follow with a webhook", new("Business", FollowKind.Topic, "Business", Channel: Channel.Webhook, Target: "https://hooks.example/x"), null),
        new("breaking with ntfy", new("Breaking", FollowKind.Breaking, "", Channel: Channel.Ntfy, Target: "http://127.0.0.1:8080/news"), null),
        new("a query, feed only", new("Quay", FollowKind.Query, "eastern quay"), null),
        new("an email digest", new("Daily", FollowKind.Topic, "Politics", Channel: Channel.Email, Target: "ed@example.org", Digest: DigestSchedule.Daily), null),
        new("an empty query", new("Q", FollowKind.Query, ""), "has no word"),
        new("a query of punctuation only", new("Q", FollowKind.Query, "\"* -- ()"), "has no word"),
        new("a query of one-letter words", new("Q", FollowKind.Query, "a b c"), "has no word"),
        new("a query longer than the site accepts", new("Q", FollowKind.Query, new string('x', 201)), "longer than 200"),
        new("a topic without letters", new("T", FollowKind.Topic, "!!!"), "needs a name"),
        new("no name", new("  ", FollowKind.Breaking, ""), "needs a name"),
        new("a file URL", new("B", FollowKind.Breaking, "", Channel: Channel.Webhook, Target: "file:///etc/passwd"), "not an http(s) URL"),
        new("a gopher URL", new("B", FollowKind.Breaking, "", Channel: Channel.Apprise, Target: "gopher://example.org/"), "not an http(s) URL"),
        new("a relative URL", new("B", FollowKind.Breaking, "", Channel: Channel.Ntfy, Target: "/news"), "not an absolute URL"),
        new("a webhook without URL", new("B", FollowKind.Breaking, "", Channel: Channel.Webhook), "URL of at most"),
        new("two addresses", new("B", FollowKind.Breaking, "", Channel: Channel.Email, Target: "a@example.org, b@example.org"), "not one plain email address"),
        new("a digest by webhook", new("B", FollowKind.Breaking, "", Channel: Channel.Webhook, Target: "https://h.example/", Digest: DigestSchedule.Weekly), "by email only"),
        new("hour 24", new("B", FollowKind.Breaking, "", Channel: Channel.Email, Target: "a@example.org", Digest: DigestSchedule.Daily, DigestHour: 24), "0 to 23"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Checks_a_follow_before_it_is_stored(Case row)
    {
        var problem = FollowRules.Problem(row.Spec);
        if (row.ProblemContains is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.NotNull(problem);
            Assert.Contains(row.ProblemContains, problem, StringComparison.Ordinal);
        }
    }
}
