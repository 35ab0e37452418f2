namespace Newsdesk.Notify;

/// <summary>How one try at a delivery went. Expected failures are values, never exceptions.</summary>
public abstract record DeliveryResult
{
    /// <summary>The destination accepted it (2xx, or SMTP 250).</summary>
    public sealed record Delivered(string Detail) : DeliveryResult;

    /// <summary>Worth trying again later: a timeout, a dropped connection, 5xx, 408, 429 (with its Retry-After, when given).</summary>
    public sealed record Retry(string Error, TimeSpan? After = null) : DeliveryResult;

    /// <summary>Trying again cannot help (a refused URL, a redirect, 4xx): parked as failed at once.</summary>
    public sealed record Failed(string Error) : DeliveryResult;
}
