using System.ComponentModel.DataAnnotations;
using Newsdesk.Notify;

namespace Newsdesk.Notify;

/// <summary>
/// Notifications (section <c>Newsdesk:Notify</c>; docs/notifications.md): how often a story may
/// notify, how deliveries are retried, and the bounds on every destination's answer.
/// </summary>
public sealed class NotifyOptions
{
    public const string Section = "Newsdesk:Notify";

    /// <summary>Whether this process runs the delivery worker (roles all and worker).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// A follow "on revision" hears about one story at most this often: a story revised five times
    /// in an hour makes one notice per gap (carrying the latest revision), not five.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan MinGap { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long the worker waits when nothing is due.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Deliveries leased at once by one worker (each sent in turn).</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 16;

    /// <summary>Tries before a delivery is parked as failed (RetryPolicy).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = RetryPolicy.Default.MaxAttempts;

    /// <summary>The first retry's wait; each later one doubles, up to <see cref="MaxBackoff"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan BaseBackoff { get; set; } = RetryPolicy.Default.BaseDelay;

    [Range(typeof(TimeSpan), "00:00:00.001", "7.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = RetryPolicy.Default.MaxDelay;

    /// <summary>Longest Retry-After honoured; a longer one waits this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = RetryPolicy.Default.MaxRetryAfter;

    /// <summary>Longest a destination may take to answer one delivery (HTTP request or whole SMTP session).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Most bytes of a destination's answer read (kept for the error message); the rest is never read.</summary>
    [Range(0, 16 * 1024 * 1024)]
    public int MaxResponseBytes { get; set; } = 64 * 1024;

    /// <summary>Per destination (host and port, or the SMTP server): at least this long between two deliveries, counted across every worker on the database.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan PerDestinationGap { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Most stories in one digest: the highest ranked (significance, then newest); the rest are left out.</summary>
    [Range(1, 200)]
    public int DigestMaxStories { get; set; } = 10;

    /// <summary>The site's public address for links in notices; else Site:PublicUrl, else http://127.0.0.1:5080.</summary>
    public string? PublicUrl { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    public RetryPolicy Retry => new(MaxAttempts, BaseBackoff, MaxBackoff, MaxRetryAfter);
}

/// <summary>The SMTP server email deliveries go through (section <c>Newsdesk:Notify:Smtp</c>).</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary><c>starttls</c> (default: upgrade or refuse), <c>tls</c> (implicit TLS, port 465), <c>none</c> (loopback relays only).</summary>
    public string Security { get; set; } = "starttls";

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>The From address of every notice.</summary>
    public string From { get; set; } = "newsdesk@localhost";

    /// <summary>
    /// A server certificate to trust by its SHA-256 fingerprint (hex) when it does not chain to a
    /// trusted root: a self-signed relay. Otherwise the certificate must validate.
    /// </summary>
    public string? CertificateSha256 { get; set; }
}
