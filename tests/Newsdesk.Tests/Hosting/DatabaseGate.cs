using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Newsdesk.Tests.Hosting;

/// <summary>
/// A TCP gate on 127.0.0.1 in front of a PostgreSQL server, as the network between a worker and
/// its database. Open, it pipes each connection through. Closed, it cuts every connection it
/// pipes (mid-query or idle in a pool) and closes each new one as soon as it is accepted, as a
/// server gone away or a dropped network would; it counts those (<see cref="Refused"/>), so a test
/// can wait until a process has tried and failed a given number of times, whatever its speed.
/// </summary>
internal sealed class DatabaseGate : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint target;
    private readonly Lock gate = new();
    private readonly HashSet<Socket> piped = [];
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private bool open;
    private int refused;

    public DatabaseGate(string connectionString, bool open)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        target = new IPEndPoint(IPAddress.Parse(builder.Host!), builder.Port);
        this.open = open;
        listener.Start();
        loop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Connections closed at once because the gate was closed.</summary>
    public int Refused => Volatile.Read(ref refused);

    /// <summary><paramref name="connectionString"/> going through the gate.</summary>
    public string Through(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Host = "127.0.0.1", Port = Port }.ToString();

    public void Open()
    {
        lock (gate)
        {
            open = true;
        }
    }

    /// <summary>Cuts every connection going through now, and closes each new one until <see cref="Open"/>.</summary>
    public void Close()
    {
        List<Socket> cut;
        lock (gate)
        {
            open = false;
            cut = [.. piped];
            piped.Clear();
        }

        foreach (var socket in cut)
        {
            Abort(socket);
        }
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            bool through;
            lock (gate)
            {
                through = open;
                if (through)
                {
                    piped.Add(client);
                    piped.Add(server);
                }
            }

            if (!through)
            {
                Interlocked.Increment(ref refused);
                Abort(client);
                server.Dispose();
                continue;
            }

            _ = PipeAsync(client, server);
        }
    }

    private async Task PipeAsync(Socket client, Socket server)
    {
        try
        {
            await server.ConnectAsync(target, stop.Token);
            await using var a = new NetworkStream(client, ownsSocket: false);
            await using var b = new NetworkStream(server, ownsSocket: false);
            await Task.WhenAny(a.CopyToAsync(b, stop.Token), b.CopyToAsync(a, stop.Token));
        }
        catch (Exception)
        {
            // Cut by Close, by either end, or by disposal: the other end is closed below.
        }
        finally
        {
            lock (gate)
            {
                piped.Remove(client);
                piped.Remove(server);
            }

            Abort(client);
            Abort(server);
        }
    }

    /// <summary>Closes a socket with a reset, as a dropped connection looks to the other end.</summary>
    private static void Abort(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
        }
        catch (Exception)
        {
            // Already closed.
        }

        socket.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        Close();
        await loop;
        stop.Dispose();
    }
}
