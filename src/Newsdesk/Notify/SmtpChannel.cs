using System.Net.Sockets;
using System.Security.Cryptography;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Newsdesk.Notify;

namespace Newsdesk.Notify;

/// <summary>
/// Sends email notices over SMTP with MailKit: STARTTLS (or implicit TLS, or none for a loopback
/// relay), AUTH when a user name is set, a multipart/alternative message with a plain-text and an
/// HTML part, the delivery id as Message-ID (so a retry is recognisably the same message), and
/// List-Unsubscribe headers (RFC 2369, one-click RFC 8058). The whole session is bounded by
/// <see cref="NotifyOptions.Timeout"/>. A 5xx reply is permanent; 4xx, a refused or dropped
/// connection and a timeout are retried.
/// </summary>
internal sealed class SmtpChannel(NotifyOptions options, TimeProvider time)
{
    public async Task<DeliveryResult> SendAsync(Notice notice, EmailMessage email, CancellationToken ct)
    {
        var smtp = options.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            return new DeliveryResult.Retry("no SMTP server is configured (Newsdesk:Notify:Smtp:Host)");
        }

        var message = Build(notice, email, smtp.From);
        using var deadline = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        using var client = new SmtpClient { Timeout = (int)Math.Min(int.MaxValue, options.Timeout.TotalMilliseconds) };
        client.ServerCertificateValidationCallback = (_, certificate, _, errors) =>
            errors == System.Net.Security.SslPolicyErrors.None
            || (certificate is not null && smtp.CertificateSha256 is { Length: > 0 } pinned
                && string.Equals(Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData())), pinned.Replace(":", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, Security(smtp.Security), linked.Token);
            if (!string.IsNullOrEmpty(smtp.Username))
            {
                await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", linked.Token);
            }

            var reply = await client.SendAsync(message, linked.Token);
            await client.DisconnectAsync(quit: true, linked.Token);
            return new DeliveryResult.Delivered($"SMTP {smtp.Host}: {reply}");
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return new DeliveryResult.Retry($"SMTP {smtp.Host}:{smtp.Port} did not finish within {options.Timeout.TotalSeconds:0.###} s (Notify:Timeout)");
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500)
        {
            return new DeliveryResult.Failed($"SMTP {smtp.Host} refused ({(int)e.StatusCode}): {e.Message}");
        }
        catch (SmtpCommandException e)
        {
            return new DeliveryResult.Retry($"SMTP {smtp.Host} deferred ({(int)e.StatusCode}): {e.Message}");
        }
        catch (AuthenticationException e)
        {
            return new DeliveryResult.Retry($"SMTP {smtp.Host}: authentication failed: {e.Message}");
        }
        catch (Exception e) when (e is SmtpProtocolException or ServiceNotConnectedException or SocketException or IOException
                                   or SslHandshakeException or NotSupportedException)
        {
            return new DeliveryResult.Retry($"SMTP {smtp.Host}:{smtp.Port}: {e.Message}");
        }
    }

    internal static MimeMessage Build(Notice notice, EmailMessage email, string from)
    {
        var message = new MimeMessage
        {
            Subject = email.Subject,
            MessageId = $"{notice.DeliveryId}@newsdesk",
            Body = new BodyBuilder { TextBody = email.Text, HtmlBody = email.Html }.ToMessageBody(),
        };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(notice.Follow.Spec.Target!));
        message.Headers.Add("List-Unsubscribe", $"<{notice.Unsubscribe.AbsoluteUri}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Newsdesk-Delivery", notice.DeliveryId);
        return message;
    }

    private static SecureSocketOptions Security(string security) => security.ToLowerInvariant() switch
    {
        "tls" => SecureSocketOptions.SslOnConnect,
        "none" => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };
}
