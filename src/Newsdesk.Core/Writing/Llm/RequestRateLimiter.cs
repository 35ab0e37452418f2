namespace Newsdesk.Writing.Llm;

/// <summary>
/// At most <c>perMinute</c> requests in any sliding minute: a caller over the cap waits
/// (cancellably) until the oldest request of the window is a minute old.
/// </summary>
public sealed class RequestRateLimiter(int perMinute, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Queue<DateTimeOffset> sent = new();
    private readonly Lock gate = new();

    public async Task WaitAsync(CancellationToken ct)
    {
        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                var now = time.GetUtcNow();
                while (sent.Count > 0 && now - sent.Peek() >= Window)
                {
                    sent.Dequeue();
                }

                if (sent.Count < perMinute)
                {
                    sent.Enqueue(now);
                    return;
                }

                wait = sent.Peek() + Window - now;
            }

            await Task.Delay(wait, time, ct);
        }
    }
}
