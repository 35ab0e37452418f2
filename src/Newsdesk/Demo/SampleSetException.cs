namespace Newsdesk.Demo;

/// <summary>The bundled samples are missing or malformed; the message says which file and why.</summary>
public sealed class SampleSetException : Exception
{
    public SampleSetException(string message)
        : base(message)
    {
    }

    public SampleSetException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public SampleSetException()
    {
    }
}
