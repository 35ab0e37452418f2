using System.Net;
using System.Net.Sockets;

namespace Newsdesk.Tests;

/// <summary>Free TCP ports on 127.0.0.1 for the loopback servers tests start.</summary>
internal static class LoopbackPort
{
    /// <summary>A port nothing listens on now (the system's pick; free again once the probe closes).</summary>
    public static int Free()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>The address an in-process site binds: any free port, chosen by the system at the bind itself.</summary>
    public const string AnyPort = "http://127.0.0.1:0";

    /// <summary>The port a started site bound (Kestrel writes the bound address back into its URLs).</summary>
    public static int Of(IEnumerable<string> urls) => new Uri(urls.Single()).Port;

    /// <summary>Most ports tried by <see cref="Listen"/> before it gives up.</summary>
    private const int ListenAttempts = 20;

    /// <summary>
    /// An HttpListener started on a free port of 127.0.0.1. The port <see cref="Free"/> gives is free
    /// when it is probed, and another process (or an outgoing connection's local port) can take it
    /// before the listener binds it ("Address already in use", CI run 31 of session 9): then a new
    /// listener tries another port, up to <see cref="ListenAttempts"/> times.
    /// </summary>
    public static (HttpListener Listener, int Port) Listen()
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = Free();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < ListenAttempts)
            {
                listener.Close();
            }
        }
    }
}
