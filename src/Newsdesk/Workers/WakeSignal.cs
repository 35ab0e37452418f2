namespace Newsdesk.Workers;

/// <summary>
/// Ends a loop's sleep early: a loop takes <see cref="Woken"/> before its work and then sleeps
/// with <see cref="SleepAsync"/>; a <see cref="Wake"/> during the work or the sleep ends that
/// sleep at once (a wake is never lost between the work and the sleep). Thread-safe.
/// </summary>
internal sealed class WakeSignal
{
    private TaskCompletionSource _woken = New();

    /// <summary>Completes at the next <see cref="Wake"/>; take it before the work it may cut short the sleep after.</summary>
    public Task Woken => Volatile.Read(ref _woken).Task;

    /// <summary>Wakes every loop that took <see cref="Woken"/> before now.</summary>
    public void Wake() => Interlocked.Exchange(ref _woken, New()).TrySetResult();

    /// <summary>Sleeps <paramref name="sleep"/> on <paramref name="time"/>, or until <paramref name="woken"/> completes.</summary>
    public static async Task SleepAsync(Task woken, TimeSpan sleep, TimeProvider time, CancellationToken ct)
    {
        using var cut = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(sleep, time, cut.Token);
        await Task.WhenAny(woken, delay);
        await cut.CancelAsync();
        ct.ThrowIfCancellationRequested();
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
