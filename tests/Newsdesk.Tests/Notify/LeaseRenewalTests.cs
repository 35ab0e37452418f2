using Renewals = System.Threading.Channels.Channel<Newsdesk.Workers.LeaseRenewal>;
using Dapper;
using Microsoft.Extensions.Time.Testing;
using Newsdesk.Hosting;
using Newsdesk.Notify;
using Newsdesk.Storage;
using Newsdesk.Testing;
using Newsdesk.Workers;

namespace Newsdesk.Tests.Notify;

/// <summary>
/// A live worker keeps the leases of the deliveries it is sending, so no other worker sends them
/// again while it lives; a dead or paused one's are taken over once the lease runs out, and a
/// worker that finds its lease lost stores nothing. Two workers ("a" and "b", as two processes
/// would be) share one database and one FakeTimeProvider that only the test moves: a renewal
/// happens when the test moves the clock past a tick, and the test waits for it to be reported.
/// The receiver holds the first request unanswered until the test releases it, so "a" is
/// mid-send by construction. No test waits on the clock. SQLite and PostgreSQL.
/// </summary>
public sealed class LeaseRenewalTests
{
    /// <summary>The row lease of both workers.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    /// <summary>How often a live worker renews: a third of the lease.</summary>
    private static readonly TimeSpan Tick = Lease / RowLeaseHeartbeat.RenewalsPerLease;

    private static readonly TimeSpan Millisecond = TimeSpan.FromMilliseconds(1);

    [SkippableTheory]
    [MemberData(nameof(DeliveryBackends.All), MemberType = typeof(DeliveryBackends))]
    public async Task A_send_that_outlasts_the_lease_is_not_taken_over_while_its_worker_lives(string backend)
    {
        await using var scene = await Scene.CreateAsync(backend, stories: 1);
        var sending = scene.A.RunOnceAsync(default);
        var id = await scene.HeldIdAsync();
        var row = await scene.Harness.OnlyEntryAsync();

        // Three leases' worth of time, a tick at a time: "a" renews at every tick, and "b", on the
        // same clock, never finds the row free (without renewal it would take it at the first lease's end).
        for (var n = 1; n <= 3 * RowLeaseHeartbeat.RenewalsPerLease; n++)
        {
            scene.Clock.Advance(Tick);
            var renewal = await scene.NextRenewalAsync(scene.RenewedByA);
            Assert.Equal([row.Id], renewal.Held);
            Assert.Empty(renewal.Lost);
            Assert.Equal(0, await scene.B.RunOnceAsync(default));
            Assert.Equal(("a", scene.Clock.GetUtcNow() + Lease), await scene.LeaseAsync(row.Id));
        }

        scene.Release();
        Assert.Equal(1, await sending.WaitAsync(Patience.Hang));
        var sent = await scene.Harness.OnlyEntryAsync();
        Assert.Equal(("sent", 1), (sent.State, sent.Attempts));
        Assert.Equal([id], scene.ReceivedIds);
        Assert.Equal(["a"], scene.FinishedBy);

        // The renewals stopped when the send ended: moving on two leases renews nothing, and the row stays sent once.
        scene.Clock.Advance(Lease * 2);
        Assert.Equal(0, await scene.B.RunOnceAsync(default));
        Assert.False(scene.RenewedByA.Reader.TryRead(out _));
        Assert.Equal([id], scene.ReceivedIds);
    }

    [SkippableTheory]
    [MemberData(nameof(DeliveryBackends.All), MemberType = typeof(DeliveryBackends))]
    public async Task A_worker_that_dies_mid_send_is_taken_over_once_its_last_renewal_runs_out(string backend)
    {
        await using var scene = await Scene.CreateAsync(backend, stories: 1);
        using var death = new CancellationTokenSource();
        var sending = scene.A.RunOnceAsync(death.Token);
        var id = await scene.HeldIdAsync();
        var row = await scene.Harness.OnlyEntryAsync();
        scene.Clock.Advance(Tick);
        Assert.Equal([row.Id], (await scene.NextRenewalAsync(scene.RenewedByA)).Held);
        var lastRenewal = scene.Clock.GetUtcNow();

        // "a" dies mid-send: it renews no more and stores nothing (its round ends as the process would).
        await death.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending.WaitAsync(Patience.Hang));
        Assert.Equal(("a", lastRenewal + Lease), await scene.LeaseAsync(row.Id));

        // Until its last renewal runs out the row is still "a"'s; then "b" sends it, under the same id.
        scene.Clock.Advance(Lease - Millisecond);
        Assert.Equal(0, await scene.B.RunOnceAsync(default));
        scene.Clock.Advance(Millisecond);
        Assert.Equal(lastRenewal + Lease, scene.Clock.GetUtcNow());
        Assert.Equal(1, await scene.B.RunOnceAsync(default));

        var sent = await scene.Harness.OnlyEntryAsync();
        Assert.Equal(("sent", 1), (sent.State, sent.Attempts));
        Assert.Equal([id, id], scene.ReceivedIds);
        Assert.Equal(scene.Bodies[0], scene.Bodies[1]);
        Assert.Equal(["b"], scene.FinishedBy);
        Assert.False(scene.RenewedByA.Reader.TryRead(out _));
    }

    [SkippableTheory]
    [MemberData(nameof(DeliveryBackends.All), MemberType = typeof(DeliveryBackends))]
    public async Task A_worker_paused_past_its_lease_finds_the_lease_lost_gives_the_send_up_and_stores_nothing(string backend)
    {
        await using var scene = await Scene.CreateAsync(backend, stories: 1);
        var sending = scene.A.RunOnceAsync(default);
        var id = await scene.HeldIdAsync();
        var row = await scene.Harness.OnlyEntryAsync();

        // "a" was paused (a stopped VM, a long GC) past its lease: its next renewal comes too late.
        scene.Clock.Advance(Lease + Tick);
        var renewal = await scene.NextRenewalAsync(scene.RenewedByA);
        Assert.Empty(renewal.Held);
        Assert.Equal([row.Id], renewal.Lost);

        // It gives the send up (the held request is abandoned) and stores no outcome, not even a try.
        Assert.Equal(1, await sending.WaitAsync(Patience.Hang));
        var untouched = await scene.Harness.OnlyEntryAsync();
        Assert.Equal(("pending", 0, (string?)null), (untouched.State, untouched.Attempts, untouched.LastError));
        Assert.Empty(scene.FinishedBy);

        // "b" takes it and sends it again, under the same id.
        Assert.Equal(1, await scene.B.RunOnceAsync(default));
        var sent = await scene.Harness.OnlyEntryAsync();
        Assert.Equal(("sent", 1), (sent.State, sent.Attempts));
        Assert.Equal([id, id], scene.ReceivedIds);
        Assert.Equal(["b"], scene.FinishedBy);
    }

    [SkippableTheory]
    [MemberData(nameof(DeliveryBackends.All), MemberType = typeof(DeliveryBackends))]
    public async Task A_delivery_waiting_behind_a_slow_send_is_not_kept_and_is_sent_once_by_whoever_takes_it(string backend)
    {
        await using var scene = await Scene.CreateAsync(backend, stories: 2);
        var sending = scene.A.RunOnceAsync(default);
        var first = await scene.HeldIdAsync();
        var rows = await scene.Harness.Outbox.ListAsync(null, 10, default);
        var (slow, waiting) = (rows.Single(r => r.DeliveryId == first), rows.Single(r => r.DeliveryId != first));

        // "a" leased both and keeps only the one it sends: past the first lease "b" takes the other.
        for (var n = 1; n <= RowLeaseHeartbeat.RenewalsPerLease; n++)
        {
            scene.Clock.Advance(Tick);
            Assert.Equal([slow.Id], (await scene.NextRenewalAsync(scene.RenewedByA)).Held);
        }

        Assert.Equal(1, await scene.B.RunOnceAsync(default));
        scene.Release();

        // "a" finishes its send, then finds the other's lease lost and does not send it.
        Assert.Equal(2, await sending.WaitAsync(Patience.Hang));
        var lost = await scene.NextRenewalAsync(scene.RenewedByA);
        Assert.Empty(lost.Held);
        Assert.Equal([waiting.Id], lost.Lost);
        Assert.All(await scene.Harness.Outbox.ListAsync(null, 10, default), r => Assert.Equal(("sent", 1), (r.State, r.Attempts)));
        Assert.Equal([first, waiting.DeliveryId], scene.ReceivedIds);
        Assert.Equal(["b", "a"], scene.FinishedBy);
    }

    /// <summary>Two workers, one receiver that holds the first request until released, and a clock only the test moves.</summary>
    private sealed class Scene : IAsyncDisposable
    {
        private readonly Receiver receiver = new();
        private readonly TaskCompletionSource<string> held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<string> finishedBy = [];
        private int requests;

        private Scene(DeliveryHarness harness)
        {
            Harness = harness;
            Clock = new FakeTimeProvider(DeliveryHarness.Start);
            var leases = new LeaseOptions { Duration = Lease };
            A = harness.NewWorker("a", Clock, leases);
            B = harness.NewWorker("b", Clock, leases);
            A.LeasesRenewed += r => RenewedByA.Writer.TryWrite(r);
            A.Finished += _ => Note("a");
            B.Finished += _ => Note("b");
        }

        public DeliveryHarness Harness { get; }

        public FakeTimeProvider Clock { get; }

        public DeliveryWorker A { get; }

        public DeliveryWorker B { get; }

        public Renewals RenewedByA { get; } = System.Threading.Channels.Channel.CreateUnbounded<LeaseRenewal>();

        /// <summary>The delivery ids the receiver got, in order (every copy).</summary>
        public List<string> ReceivedIds => receiver.Requests.Select(r => r.Headers[WebhookSignature.DeliveryHeader] ?? "").ToList();

        public List<string> Bodies => receiver.Requests.Select(r => r.Text).ToList();

        /// <summary>Which worker stored each outcome, in order.</summary>
        public List<string> FinishedBy
        {
            get
            {
                lock (finishedBy)
                {
                    return [.. finishedBy];
                }
            }
        }

        public static async Task<Scene> CreateAsync(string backend, int stories)
        {
            var harness = await DeliveryHarness.CreateAsync(backend: backend);
            var scene = new Scene(harness);
            scene.receiver.On("/hook", async (ctx, request) =>
            {
                if (Interlocked.Increment(ref scene.requests) == 1)
                {
                    scene.held.SetResult(request.Headers[WebhookSignature.DeliveryHeader] ?? "");
                    await scene.release.Task;
                }

                await Receiver.Status(ctx, 200);
            });
            await harness.FollowAsync("Breaking", Channel.Webhook, scene.receiver.Url("/hook"));
            for (var n = 0; n < stories; n++)
            {
                await harness.PublishAsync($"Breaking story number {n}");
            }

            return scene;
        }

        /// <summary>
        /// Waits until the receiver holds the first request, and reads "a"'s renewal at the start of
        /// that send (which says it holds the row); returns the request's delivery id.
        /// </summary>
        public async Task<string> HeldIdAsync()
        {
            var id = await held.Task.WaitAsync(Patience.Hang);
            var claim = await NextRenewalAsync(RenewedByA);
            Assert.Single(claim.Held);
            Assert.Empty(claim.Lost);
            return id;
        }

        public void Release() => release.TrySetResult();

        public async Task<LeaseRenewal> NextRenewalAsync(Renewals renewals) =>
            await renewals.Reader.ReadAsync().AsTask().WaitAsync(Patience.Hang);

        /// <summary>The row's lease owner and expiry as stored.</summary>
        public Task<(string?, DateTimeOffset)> LeaseAsync(long id) => Harness.Database.ReadAsync(async c =>
        {
            var (owner, until) = await c.QuerySingleAsync<(string?, long)>(
                "SELECT lease_owner, lease_expires_at FROM outbox WHERE id = @id", new { id });
            return (owner, DateTimeOffset.FromUnixTimeMilliseconds(until));
        }, default);

        private void Note(string worker)
        {
            lock (finishedBy)
            {
                finishedBy.Add(worker);
            }
        }

        public async ValueTask DisposeAsync()
        {
            release.TrySetResult();
            await receiver.DisposeAsync();
            await Harness.DisposeAsync();
        }
    }
}
