using Newsdesk.Notify;

namespace Newsdesk.Tests.Notify;

/// <summary>
/// Per-destination rate limit (Notify:PerDestinationGap): one destination (host and port) gets at
/// most one delivery per gap, however many follows point at it; another destination is not held
/// back by it; a delivery that must wait is postponed without counting a try. The gap is measured
/// on the worker's clock, moved here by hand.
/// </summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private static readonly TimeSpan Gap = TimeSpan.FromMinutes(1);

    private readonly Receiver busy = new();
    private readonly Receiver other = new();
    private DeliveryHarness harness = null!;

    public async Task InitializeAsync()
    {
        var options = DeliveryHarness.TestOptions();
        options.PerDestinationGap = Gap;
        harness = await DeliveryHarness.CreateAsync(options);
    }

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        await busy.DisposeAsync();
        await other.DisposeAsync();
    }

    [Fact]
    public async Task One_destination_gets_one_delivery_per_gap_and_another_is_not_held_back()
    {
        busy.On("/a", (ctx, _) => Receiver.Status(ctx, 204));
        busy.On("/b", (ctx, _) => Receiver.Status(ctx, 204));
        other.On("/c", (ctx, _) => Receiver.Status(ctx, 204));
        await harness.FollowAsync("Hook A", Channel.Webhook, busy.Url("/a"));
        await harness.FollowAsync("Hook B", Channel.Webhook, busy.Url("/b"));    // same host and port as A: one destination
        await harness.FollowAsync("Hook C", Channel.Webhook, other.Url("/c"));   // another port: another destination
        await harness.PublishAsync("Harbour board votes to extend the eastern quay");
        await harness.PublishAsync("Ferry timetable cut for the winter");

        // (requests the busy destination has had, requests the other has had) after each round;
        // the clock moves by one gap between rounds, and a second round at the same moment sends nothing.
        var expected = new[] { (1, 1), (2, 2), (3, 2), (4, 2) };
        foreach (var (round, (busyCount, otherCount)) in expected.Select((e, i) => (i, e)))
        {
            await harness.Worker.RunOnceAsync(default);
            Assert.Equal((busyCount, otherCount), (busy.Requests.Count, other.Requests.Count));
            await harness.Worker.RunOnceAsync(default);
            Assert.True((busyCount, otherCount) == (busy.Requests.Count, other.Requests.Count), $"round {round}: a second delivery within the gap");
            harness.Clock.Advance(Gap);
        }

        // Everything was delivered once; waiting for the gap never counted as a try.
        var entries = await harness.Outbox.ListAsync(null, 10, default);
        Assert.Equal(6, entries.Count);
        Assert.All(entries, e => Assert.Equal(("sent", 1), (e.State, e.Attempts)));
    }

    [SkippableTheory]
    [MemberData(nameof(DeliveryBackends.All), MemberType = typeof(DeliveryBackends))]
    public async Task Two_workers_on_one_database_share_the_gap(string backend)
    {
        var options = DeliveryHarness.TestOptions();
        options.PerDestinationGap = Gap;
        options.BatchSize = 1;   // each worker leases one row a round, so both hold a row for the busy destination
        await using var shared = await DeliveryHarness.CreateAsync(options, backend);
        var second = shared.NewWorker("second-worker", shared.Clock, new Newsdesk.Hosting.LeaseOptions());
        foreach (var path in new[] { "/a", "/b", "/c" })
        {
            busy.On(path, (ctx, _) => Receiver.Status(ctx, 204));
            await shared.FollowAsync("Hook " + path, Channel.Webhook, busy.Url(path));
        }

        await shared.PublishAsync();

        // Each round both workers run at the same moment; together they send one delivery per gap.
        for (var round = 1; round <= 3; round++)
        {
            await shared.Worker.RunOnceAsync(default);
            await second.RunOnceAsync(default);
            Assert.True(busy.Requests.Count == round, $"round {round}: {busy.Requests.Count} deliveries to one destination within {round} gap(s)");
            shared.Clock.Advance(Gap);
        }

        var entries = await shared.Outbox.ListAsync(null, 10, default);
        Assert.All(entries, e => Assert.Equal(("sent", 1), (e.State, e.Attempts)));
    }

    [Fact]
    public async Task A_retry_after_closes_the_destination_for_every_follow_on_it()
    {
        var tries = 0;
        busy.On("/a", (ctx, _) => ++tries == 1 ? Receiver.Status(ctx, 429, "300") : Receiver.Status(ctx, 204));
        busy.On("/b", (ctx, _) => Receiver.Status(ctx, 204));
        await harness.FollowAsync("Hook A", Channel.Webhook, busy.Url("/a"));
        await harness.PublishAsync();
        await harness.Worker.RunOnceAsync(default);
        Assert.Single(busy.Requests);                        // /a answered 429, Retry-After: 300 s

        await harness.FollowAsync("Hook B", Channel.Webhook, busy.Url("/b"));
        await harness.PublishAsync("Ferry timetable cut for the winter");
        harness.Clock.Advance(Gap);                          // the gap is over, the Retry-After is not
        await harness.Worker.RunOnceAsync(default);
        Assert.Single(busy.Requests);                        // neither /b nor /a's second story went out

        // Once the Retry-After is over the destination opens again, one delivery per gap (three are due).
        harness.Clock.Advance(TimeSpan.FromSeconds(300) - Gap);
        for (var round = 0; round < 3; round++)
        {
            await harness.Worker.RunOnceAsync(default);
            harness.Clock.Advance(Gap);
        }

        Assert.Equal(4, busy.Requests.Count);
        Assert.Contains(busy.Requests, r => r.Path == "/b");
    }

    [Fact]
    public async Task A_gap_of_zero_sends_everything_due_in_one_round()
    {
        var options = DeliveryHarness.TestOptions();
        options.PerDestinationGap = TimeSpan.Zero;
        await using var unlimited = await DeliveryHarness.CreateAsync(options);
        busy.On("/a", (ctx, _) => Receiver.Status(ctx, 204));
        busy.On("/b", (ctx, _) => Receiver.Status(ctx, 204));
        await unlimited.FollowAsync("Hook A", Channel.Webhook, busy.Url("/a"));
        await unlimited.FollowAsync("Hook B", Channel.Webhook, busy.Url("/b"));
        await unlimited.PublishAsync();

        await unlimited.Worker.RunOnceAsync(default);
        Assert.Equal(2, busy.Requests.Count);
    }
}
