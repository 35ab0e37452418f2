using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Newsdesk.Tests.Notify;

/// <summary>One message an SMTP session accepted.</summary>
internal sealed record SmtpMessage(string From, IReadOnlyList<string> To, string Data, bool Tls, string? User);

/// <summary>How the test SMTP server behaves.</summary>
public enum SmtpBehaviour
{
    /// <summary>STARTTLS, AUTH PLAIN, accepts mail.</summary>
    Accept,

    /// <summary>Answers the connection with 554 and closes it.</summary>
    RefuseAtGreeting,

    /// <summary>Closes the connection as soon as the client says EHLO.</summary>
    DropAfterEhlo,
}

/// <summary>
/// A small SMTP server on 127.0.0.1 for the email tests (RFC 5321 subset): EHLO, STARTTLS with a
/// self-signed certificate made at start, AUTH PLAIN (required before MAIL), MAIL, RCPT, DATA,
/// RSET, NOOP, QUIT. Lines, messages and sessions are bounded; it stops with the test.
/// </summary>
internal sealed class SmtpTestServer : IAsyncDisposable
{
    public const string User = "newsdesk";
    public const string Password = "s3cret-pass";

    private const int MaxLine = 4096;
    private const int MaxMessageBytes = 4 * 1024 * 1024;

    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly X509Certificate2 certificate;
    private readonly Task loop;

    public SmtpTestServer(SmtpBehaviour behaviour = SmtpBehaviour.Accept)
    {
        Behaviour = behaviour;
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        certificate = X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx), null);
        CertificateSha256 = Convert.ToHexString(SHA256.HashData(certificate.RawData));
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        loop = Task.Run(AcceptAsync);
    }

    public SmtpBehaviour Behaviour { get; }

    public int Port { get; }

    /// <summary>The server certificate's SHA-256 fingerprint, for Notify:Smtp:CertificateSha256.</summary>
    public string CertificateSha256 { get; }

    public ConcurrentQueue<SmtpMessage> Messages { get; } = new();

    public int Sessions => sessions;

    private int sessions;

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref sessions);
            _ = Task.Run(async () =>
            {
                using (client)
                {
                    try
                    {
                        await SessionAsync(client.GetStream());
                    }
                    catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException or System.Security.Authentication.AuthenticationException)
                    {
                        // The client went away or the test ended.
                    }
                }
            });
        }
    }

    private async Task SessionAsync(Stream network)
    {
        Stream stream = network;
        var (reader, writer) = Open(stream);
        if (Behaviour == SmtpBehaviour.RefuseAtGreeting)
        {
            await writer.WriteAsync("554 5.7.1 no service for you\r\n");
            return;
        }

        await writer.WriteAsync("220 localhost ESMTP newsdesk-test\r\n");
        bool tls = false, authed = false;
        string? from = null;
        var to = new List<string>();
        while (await ReadLineAsync(reader) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO":
                    if (Behaviour == SmtpBehaviour.DropAfterEhlo)
                    {
                        return;
                    }

                    await writer.WriteAsync(tls ? "250-localhost\r\n250-AUTH PLAIN\r\n250 8BITMIME\r\n" : "250-localhost\r\n250-STARTTLS\r\n250 8BITMIME\r\n");
                    break;
                case "STARTTLS":
                    await writer.WriteAsync("220 2.0.0 ready\r\n");
                    var ssl = new SslStream(network);
                    await ssl.AuthenticateAsServerAsync(certificate, false, System.Security.Authentication.SslProtocols.None, false);
                    stream = ssl;
                    (reader, writer) = Open(stream);
                    tls = true;
                    break;
                case "AUTH":
                    var parts = line.Split(' ');
                    var response = parts.Length >= 3 ? parts[2] : null;
                    if (response is null)
                    {
                        await writer.WriteAsync("334 \r\n");
                        response = await ReadLineAsync(reader);
                    }

                    var fields = Encoding.UTF8.GetString(Convert.FromBase64String(response ?? "")).Split('\0');
                    authed = tls && fields.Length == 3 && fields[1] == User && fields[2] == Password;
                    await writer.WriteAsync(authed ? "235 2.7.0 accepted\r\n" : "535 5.7.8 bad credentials\r\n");
                    break;
                case "MAIL":
                    if (!authed)
                    {
                        await writer.WriteAsync("530 5.7.0 authentication required\r\n");
                        break;
                    }

                    from = Address(line);
                    to.Clear();
                    await writer.WriteAsync("250 2.1.0 ok\r\n");
                    break;
                case "RCPT":
                    to.Add(Address(line));
                    await writer.WriteAsync("250 2.1.5 ok\r\n");
                    break;
                case "DATA":
                    await writer.WriteAsync("354 go ahead\r\n");
                    var data = new StringBuilder();
                    while (await ReadLineAsync(reader) is { } body && body != ".")
                    {
                        if (data.Length < MaxMessageBytes)
                        {
                            data.Append(body.StartsWith("..", StringComparison.Ordinal) ? body[1..] : body).Append("\r\n");
                        }
                    }

                    Messages.Enqueue(new SmtpMessage(from ?? "", to.ToList(), data.ToString(), tls, authed ? User : null));
                    await writer.WriteAsync("250 2.0.0 queued\r\n");
                    break;
                case "RSET" or "NOOP":
                    await writer.WriteAsync("250 2.0.0 ok\r\n");
                    break;
                case "QUIT":
                    await writer.WriteAsync("221 2.0.0 bye\r\n");
                    return;
                default:
                    await writer.WriteAsync("502 5.5.1 not implemented\r\n");
                    break;
            }
        }
    }

    private static (StreamReader Reader, StreamWriter Writer) Open(Stream stream) =>
        (new StreamReader(stream, Encoding.UTF8, false, 1024, leaveOpen: true), new StreamWriter(stream, new UTF8Encoding(false), 1024, leaveOpen: true) { AutoFlush = true });

    private async Task<string?> ReadLineAsync(StreamReader reader)
    {
        var line = await reader.ReadLineAsync(stop.Token);
        return line is { Length: > MaxLine } ? line[..MaxLine] : line;
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : "";
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }

        certificate.Dispose();
        stop.Dispose();
    }
}
