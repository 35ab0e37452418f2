namespace Newsdesk.Workers;

/// <summary>
/// Asks the pipeline's polling loop to look for due sources now instead of at the end of its sleep
/// (a replay of recorded feeds makes an outlet due the moment its next capture becomes current).
/// </summary>
public sealed class PollNudge
{
    private readonly WakeSignal _signal = new();

    /// <summary>Polls due sources at once (the next round, if one is running).</summary>
    public void PollNow() => _signal.Wake();

    internal Task Woken => _signal.Woken;
}
