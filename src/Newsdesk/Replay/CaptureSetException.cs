namespace Newsdesk.Replay;

/// <summary>A capture folder that cannot be replayed at all (no folder, no captures); a single bad capture is not one.</summary>
public sealed class CaptureSetException : Exception
{
    public CaptureSetException(string message)
        : base(message)
    {
    }

    public CaptureSetException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
