using System.Security.Cryptography;
using System.Text;

namespace Newsdesk.Notify;

/// <summary>
/// The webhook's signature: <c>X-Newsdesk-Signature: sha256=HEX</c>, HMAC-SHA256 over the exact
/// body bytes with the follow's secret. A receiver recomputes it and compares in constant time.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-Newsdesk-Signature";

    /// <summary>The delivery's id: the same for every retry, so a receiver can deduplicate on it.</summary>
    public const string DeliveryHeader = "X-Newsdesk-Delivery";

    /// <summary>The event: <c>story.new</c> or <c>story.revised</c>.</summary>
    public const string EventHeader = "X-Newsdesk-Event";

    private const string Prefix = "sha256=";

    /// <summary>Bytes of a fresh per-hook secret (256 bits).</summary>
    public const int SecretBytes = 32;

    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Sign(secret, body)), Encoding.ASCII.GetBytes(header));

    public static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SecretBytes));
}
