using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsdesk.Notify;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Workers;

namespace Newsdesk.Notify;

/// <summary>What the terminal (and tests) hear about each finished try.</summary>
internal sealed record DeliveryReport(string DeliveryId, string FollowSlug, Channel Channel, string Target, DeliveryOutcome Outcome, int Attempt);

/// <summary>
/// One round of deliveries: leases the due outbox rows (several workers never get the same row),
/// sends each (a digest's rows together, as one email of the highest-ranked stories), and stores
/// the outcome in the transaction that frees the lease: sent, due again after backoff (or the
/// destination's Retry-After), or parked as failed after the retry bound. A destination is sent
/// to no more often than <see cref="NotifyOptions.PerDestinationGap"/> by all workers together (the
/// slot is taken in the database), and a Retry-After closes it for every follow that points at it.
/// One failing destination
/// never stops the others. While a send is under way its worker renews the rows' leases
/// (<see cref="RowLeaseHeartbeat"/>, every third of the lease), so no other worker takes over a
/// live worker's slow send; a worker that finds a lease lost (it was paused or cut off from the
/// database for longer than the lease) gives the send up and stores nothing for that row. A worker
/// killed mid-delivery leaves its rows leased; when the lease runs out any worker sends them again,
/// with the same delivery id, so a receiver that deduplicates on it sees each (follow, story
/// revision) once, and only a delivery interrupted by the kill can reach it twice.
/// </summary>
internal sealed class DeliveryWorker(
    NotificationOutbox outbox,
    FollowStore follows,
    WorkerLeases leases,
    WebChannels web,
    SmtpChannel smtp,
    IOptions<NotifyOptions> options,
    PublicLinks links,
    TimeProvider time,
    ILogger<DeliveryWorker> logger)
{
    /// <summary>Raised after every finished try (the demo prints it).</summary>
    public event Action<DeliveryReport>? Finished;

    /// <summary>Raised after every renewal of the leases of a send in progress (tests wait on it; a failed one is logged).</summary>
    public event Action<LeaseRenewal>? LeasesRenewed;

    private NotifyOptions Options => options.Value;

    /// <summary>Runs one round; returns how many deliveries it handled.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var due = await outbox.LeaseDueAsync(leases.Row(), Options.BatchSize, ct);
        var followCache = new Dictionary<long, Follow?>();
        foreach (var group in due.GroupBy(e => e.DigestAt is null ? $"one:{e.Id}" : $"digest:{e.FollowId}"))
        {
            var entries = group.ToList();
            if (!followCache.TryGetValue(entries[0].FollowId, out var follow))
            {
                follow = followCache[entries[0].FollowId] = await follows.GetByIdAsync(entries[0].FollowId, ct);
            }

            if (follow is null)
            {
                continue;   // removed meanwhile: its rows went with it
            }

            try
            {
                await DeliverAsync(follow, entries, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException && e is not DatabaseRefusedException)
            {
                // One delivery that throws never stops the round; its rows stay leased and come back when the lease runs out.
                NotifyLog.RoundFailed(logger, e);
            }
        }

        return due.Count;
    }

    private async Task DeliverAsync(Follow follow, List<OutboxEntry> entries, CancellationToken ct)
    {
        if (!follow.Active)
        {
            foreach (var entry in entries)
            {
                await DropAsync(follow, entry, "the follow was unsubscribed", ct);
            }

            return;
        }

        var destination = Destination(follow);
        var now = time.GetUtcNow();
        if (Options.PerDestinationGap > TimeSpan.Zero
            && await outbox.TakeSendSlotAsync(destination, now, Options.PerDestinationGap, ct) is { } opens)
        {
            foreach (var entry in entries)
            {
                await outbox.PostponeAsync(entry, leases.Row(), opens, null, ct);
            }

            return;
        }

        var stories = new List<(OutboxEntry Entry, NoticeStory Story)>();
        foreach (var entry in entries)
        {
            var revision = await outbox.RevisionAsync(entry.StoryId, entry.Revision, ct);
            var story = revision is null ? null : JsonSerializer.Deserialize<PublishedStory>(revision.Json, WritingStage.Json);
            if (story is null)
            {
                await FinishAsync(follow, entry, new DeliveryOutcome.Parked($"story {entry.StoryId} revision {entry.Revision} is not stored"), ct);
                continue;
            }

            stories.Add((entry, new NoticeStory(story, links.Story(story.Slug))));
        }

        if (stories.Count == 0)
        {
            return;
        }

        var isDigest = entries[0].DigestAt is not null;
        var ranked = isDigest
            ? stories.OrderByDescending(s => s.Story.Story.Significance).ThenByDescending(s => s.Story.Story.Updated).ToList()
            : stories;
        var chosen = ranked.Take(isDigest ? Options.DigestMaxStories : 1).ToList();
        foreach (var (entry, _) in ranked.Skip(chosen.Count))
        {
            await DropAsync(follow, entry, $"left out of the digest, which holds the {Options.DigestMaxStories} highest-ranked stories (Notify:DigestMaxStories)", ct);
        }

        // While it sends, the worker keeps the leases of what it sends (renewed at once and every
        // third of the lease), so a slow send is never taken over while this worker lives. A row
        // lost before the send (its lease ran out while it waited in this round) is not sent.
        var chosenEntries = chosen.Select(c => c.Entry).ToList();
        await using var heartbeat = await RowLeaseHeartbeat.StartAsync(
            outbox.RenewAsync, leases, time, chosenEntries.Select(e => e.Id).ToList(), Renewed, ct);
        if (heartbeat.LostAny)
        {
            await heartbeat.DisposeAsync();
            await AbandonAsync(follow, chosenEntries, heartbeat.Held, ct);
            return;
        }

        var first = chosen[0].Entry;
        var notice = new Notice(
            follow, chosen.Select(c => c.Story).ToList(),
            isDigest ? $"nd-digest-{follow.Id}-{first.DigestAt!.Value.ToUnixTimeSeconds()}" : first.DeliveryId,
            isDigest ? "digest" : first.Event,
            links.Unsubscribe(follow));
        DeliveryResult? result;
        using (var send = CancellationTokenSource.CreateLinkedTokenSource(ct, heartbeat.Lost))
        {
            try
            {
                result = await SendAsync(notice, isDigest, send.Token);
            }
            catch (OperationCanceledException) when (heartbeat.LostAny && !ct.IsCancellationRequested)
            {
                result = null;   // a lease was lost mid-send: another worker may be sending it now
            }
        }

        // The send is over: stop renewing, then store the outcome for the rows still held (only
        // while held: FinishAsync checks the lease in the transaction that stores it).
        await heartbeat.DisposeAsync();
        if (result is null)
        {
            await AbandonAsync(follow, chosenEntries, heartbeat.Held, ct);
            return;
        }

        if (result is DeliveryResult.Retry { After: { } retryAfter })
        {
            await outbox.HoldDestinationAsync(destination, time.GetUtcNow() + retryAfter, ct);
        }

        var held = heartbeat.Held;
        foreach (var entry in chosenEntries)
        {
            if (!held.Contains(entry.Id))
            {
                NotifyLog.LeaseLost(logger, entry.DeliveryId);
                continue;
            }

            await FinishAsync(follow, entry, Options.Retry.Next(entry.Attempts + 1, result, time.GetUtcNow()), ct);
        }
    }

    private void Renewed(LeaseRenewal renewal)
    {
        if (renewal.Error is not null)
        {
            NotifyLog.RenewalFailed(logger, renewal.Error);
        }

        LeasesRenewed?.Invoke(renewal);
    }

    /// <summary>
    /// A send that did not happen, or was given up, because a lease was lost: the rows still held
    /// are put back at once without counting a try; the lost ones are another worker's now, and
    /// nothing is stored for them.
    /// </summary>
    private async Task AbandonAsync(Follow follow, List<OutboxEntry> entries, IReadOnlySet<long> held, CancellationToken ct)
    {
        foreach (var entry in entries)
        {
            if (!held.Contains(entry.Id) || !await outbox.PostponeAsync(entry, leases.Row(), entry.DueAt, null, ct))
            {
                NotifyLog.LeaseLost(logger, entry.DeliveryId);
            }
            else
            {
                NotifyLog.PutBack(logger, entry.DeliveryId, follow.Slug);
            }
        }
    }

    private Task<DeliveryResult> SendAsync(Notice notice, bool isDigest, CancellationToken ct) => notice.Follow.Spec.Channel switch
    {
        Channel.Webhook => web.WebhookAsync(notice, ct),
        Channel.Ntfy => web.NtfyAsync(notice, ct),
        Channel.Apprise => web.AppriseAsync(notice, ct),
        Channel.Email => smtp.SendAsync(notice, isDigest
            ? EmailNotice.Digest(notice.Follow.Spec.Name, notice.Follow.Spec.Digest, notice.Stories, notice.Unsubscribe)
            : EmailNotice.Immediate(notice.Follow.Spec.Name, notice.First, notice.Unsubscribe), ct),
        _ => Task.FromResult<DeliveryResult>(new DeliveryResult.Failed("this follow has no destination")),
    };

    private async Task FinishAsync(Follow follow, OutboxEntry entry, DeliveryOutcome outcome, CancellationToken ct)
    {
        if (!await outbox.FinishAsync(entry, leases.Row(), outcome, ct))
        {
            NotifyLog.LeaseLost(logger, entry.DeliveryId);
            return;
        }

        var attempt = entry.Attempts + 1;
        switch (outcome)
        {
            case DeliveryOutcome.Sent sent:
                NotifyLog.Delivered(logger, entry.DeliveryId, entry.Event, follow.Slug, Word(follow), follow.Spec.Target ?? "", sent.Detail);
                break;
            case DeliveryOutcome.Later later:
                NotifyLog.WillRetry(logger, entry.DeliveryId, follow.Slug, attempt, later.DueAt, later.Error);
                break;
            case DeliveryOutcome.Parked parked:
                NotifyLog.Parked(logger, entry.DeliveryId, follow.Slug, attempt, parked.Error);
                break;
        }

        Finished?.Invoke(new DeliveryReport(entry.DeliveryId, follow.Slug, follow.Spec.Channel, follow.Spec.Target ?? "", outcome, attempt));
    }

    private async Task DropAsync(Follow follow, OutboxEntry entry, string reason, CancellationToken ct)
    {
        if (await outbox.PostponeAsync(entry, leases.Row(), entry.DueAt, reason, ct))
        {
            NotifyLog.Dropped(logger, entry.DeliveryId, follow.Slug, reason);
        }
    }

    /// <summary>The destination a rate limit counts against: the URL's host and port, or the SMTP server.</summary>
    private string Destination(Follow follow) =>
        follow.Spec.Channel == Channel.Email
            ? "smtp:" + Options.Smtp.Host?.ToLowerInvariant()
            : Uri.TryCreate(follow.Spec.Target, UriKind.Absolute, out var uri) ? uri.Authority.ToLowerInvariant() : follow.Spec.Target ?? "";

    private static string Word(Follow follow) => follow.Spec.Channel.ToString().ToLowerInvariant();
}

/// <summary>Absolute links in notices: story pages and unsubscribe links on the site's public address.</summary>
internal sealed class PublicLinks(Uri baseUrl)
{
    public Uri Base { get; } = baseUrl;

    public Uri Story(string slug) => new(Base, "/story/" + Uri.EscapeDataString(slug));

    public Uri Unsubscribe(Follow follow) =>
        new(Base, $"/follow/{Uri.EscapeDataString(follow.Slug)}/unsubscribe?token={Uri.EscapeDataString(follow.UnsubscribeToken)}");
}
